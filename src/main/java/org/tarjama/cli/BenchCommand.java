package org.tarjama.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Benchmarks of speed and memory, reported against the issues' targets. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and memory of each capability on generated or given data.",
        subcommands = {BenchSegmentCommand.class, BenchAlignCommand.class, BenchTmxCommand.class,
            BenchCheckCommand.class, BenchNamesCommand.class, BenchTmCommand.class, BenchServeCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to benchmark");
    }
}
