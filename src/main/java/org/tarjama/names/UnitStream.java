package org.tarjama.names;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.tarjama.model.TranslationUnit;
import org.tarjama.tmx.UnitFiles;

/** The units of several files in turn, one file open at a time ({@link UnitFiles#open}). */
public final class UnitStream implements Iterator<TranslationUnit>, AutoCloseable {
    private final List<Path> files;
    private int next;
    private UnitFiles.UnitIterator current;

    private UnitStream(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /** A stream over {@code files}, opened lazily in order. */
    public static UnitStream open(List<Path> files) {
        return new UnitStream(files);
    }

    @Override
    public boolean hasNext() {
        while (current == null || !current.hasNext()) {
            if (current != null) {
                current.close();
                current = null;
            }
            if (next >= files.size()) {
                return false;
            }
            current = UnitFiles.open(files.get(next++));
        }
        return true;
    }

    @Override
    public TranslationUnit next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
