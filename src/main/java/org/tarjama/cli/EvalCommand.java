package org.tarjama.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Evaluations against gold data: the tools we tune with. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate segmentation, alignment and name matching against gold data.",
        subcommands = {EvalSegmentCommand.class, EvalAlignCommand.class, EvalNamesCommand.class,
            EvalNamesRealCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to evaluate: segment, align or names");
    }
}
