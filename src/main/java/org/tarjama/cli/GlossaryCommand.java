package org.tarjama.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tarjama glossary}: glossary utilities (convert between TSV, CSV, TBX and JSON). */
@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = "Glossary utilities: convert between TSV, CSV, TBX (v2 TBX-Basic and v3) and JSON.",
        subcommands = {GlossaryConvertCommand.class})
public final class GlossaryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (convert)");
    }
}
