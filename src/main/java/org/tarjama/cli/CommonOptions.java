package org.tarjama.cli;

import picocli.CommandLine.Option;

/** Options every command takes ({@code @Mixin}). */
public final class CommonOptions {
    @Option(names = "--verbose", description = "Print details, and stack traces on errors.")
    public boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "No progress or summary on stderr.")
    public boolean quiet;
}
