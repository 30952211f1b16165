package org.tarjama.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --tm DIR} option of the translation-memory commands ({@code @Mixin}). */
public final class TmOptions {
    @Option(names = "--tm", paramLabel = "DIR",
            description = "Translation-memory directory (default: ~/.tarjama/tm; created by the first import).")
    Path tm;

    Path dir() {
        return tm != null ? tm : Path.of(System.getProperty("user.home"), ".tarjama", "tm");
    }
}
