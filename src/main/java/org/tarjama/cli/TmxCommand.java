package org.tarjama.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tarjama tmx}: validate, inspect, convert, merge and filter TMX files. */
@Command(name = "tmx", mixinStandardHelpOptions = true,
        description = "Validate, inspect, convert, merge and filter TMX files.",
        subcommands = {TmxValidateCommand.class, TmxStatsCommand.class, TmxConvertCommand.class,
            TmxMergeCommand.class, TmxFilterCommand.class})
public final class TmxCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: validate, stats, convert, merge or filter");
    }
}
