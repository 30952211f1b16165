package org.tarjama.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --tm DIR} option of the translation-memory commands ({@code @Mixin}). */
public final class TmOptions {
    @Option(names = "--tm", paramLabel = "DIR",
            description = "Translation-memory directory (default: ~/.tarjama/tm; created by the first import).")
    Path tm;

    /** The memory, which must exist (bad input otherwise: nothing was imported there yet). */
    org.tarjama.tm.TranslationMemory open() {
        Path d = dir();
        if (!org.tarjama.tm.TranslationMemory.exists(d)) {
            throw new org.tarjama.model.BadInputException(org.tarjama.model.SourceLocation.ofFile(d.toString()),
                    "no translation memory here; create one with 'tarjama tm import --tm " + d + " FILE'");
        }
        return org.tarjama.tm.TranslationMemory.open(d);
    }

    Path dir() {
        return tm != null ? tm : Path.of(System.getProperty("user.home"), ".tarjama", "tm");
    }
}
