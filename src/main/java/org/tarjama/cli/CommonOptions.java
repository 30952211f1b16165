package org.tarjama.cli;

import picocli.CommandLine.Option;

/** Options every command takes ({@code @Mixin}). */
public final class CommonOptions {
    @Option(names = "--verbose", description = "Print details, and stack traces on errors.")
    public boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "No progress or summary on stderr.")
    public boolean quiet;

    /** The most worker threads a command starts: more only costs memory (a thread stack each). */
    public static final int MAX_THREADS = 256;

    /** {@code --threads N} checked (1 to {@value #MAX_THREADS}); null means one per processor. */
    static int threads(Integer n) {
        if (n == null) {
            return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
        }
        if (n < 1 || n > MAX_THREADS) {
            throw new UsageException("--threads must be between 1 and " + MAX_THREADS + ", not " + n);
        }
        return n;
    }
}
