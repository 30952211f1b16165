package org.tarjama.cli;

import java.nio.file.Path;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import org.tarjama.tm.MemoryStore;
import org.tarjama.tm.MemoryStores;
import org.tarjama.tm.TranslationMemory;
import picocli.CommandLine.Option;

/** The {@code --tm DIR|URL} option of the translation-memory commands ({@code @Mixin}). */
public final class TmOptions {
    @Option(names = "--tm", paramLabel = "DIR|URL",
            description = "Translation memory: a directory (default: ~/.tarjama/tm; created by the first import), "
                    + "or the URL of a memory on a server where a store for it is installed.")
    String tm;

    /** The memory, which must exist (bad input otherwise: nothing was imported there yet). */
    TranslationMemory open() {
        MemoryStore s = store();
        if (!s.exists()) {
            throw new BadInputException(SourceLocation.ofFile(s.location()),
                    "no translation memory here; create one with 'tarjama tm import --tm " + s.location() + " FILE'");
        }
        return s.open();
    }

    /** The store named by {@code --tm}. */
    MemoryStore store() {
        return MemoryStores.of(tm != null ? tm : Path.of(System.getProperty("user.home"), ".tarjama", "tm").toString());
    }

    /** The location for messages. */
    String location() {
        return store().location();
    }
}
