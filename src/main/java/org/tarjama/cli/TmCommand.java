package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tarjama tm}: manage the embedded translation memory. */
@Command(name = "tm", mixinStandardHelpOptions = true,
        description = "Manage the embedded translation memory: import, stats, export.",
        subcommands = {TmImportCommand.class, TmStatsCommand.class, TmExportCommand.class})
public final class TmCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (import, stats, export)");
    }
}
