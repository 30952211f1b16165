package org.tarjama.tm;

import java.nio.file.Path;

/** The embedded store in a directory: {@link EmbeddedMemory} to read, {@link TmImporter} to import. */
public record DirectoryStore(Path dir) implements MemoryStore {

    @Override
    public String location() {
        return dir.toString();
    }

    @Override
    public boolean exists() {
        return EmbeddedMemory.exists(dir);
    }

    @Override
    public TranslationMemory open() {
        return EmbeddedMemory.open(dir);
    }

    @Override
    public MemoryImport openImport() {
        return TmImporter.open(dir);
    }
}
