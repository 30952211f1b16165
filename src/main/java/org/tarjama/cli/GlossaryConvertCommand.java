package org.tarjama.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryLoader;
import org.tarjama.glossary.GlossaryWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarjama glossary convert}: rewrite a glossary in another format. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a glossary (.tsv, .csv, .tbx, .json) to TSV, JSON or TBX.",
            "tbx writes TBX-Basic v2 (<martif>), the form OmegaT, Trados MultiTerm and memoQ import; "
                + "tbx3 writes TBX v3 (ISO 30042:2019, <tbx>)."},
        footer = {"", "Example: tarjama glossary convert --to tbx -o glossary/names.tbx glossary/names.tsv"})
public final class GlossaryConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--to", paramLabel = "FORMAT",
            description = "tbx, tbx3, tsv or json (default: from -o's extension: .tbx for TBX-Basic, .tsv, .json).")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output).")
    Path output;

    @Parameters(index = "0", paramLabel = "FILE", description = "The glossary to convert.")
    Path input;

    @Override
    public Integer call() {
        Output.refuseToReplace(output, input, "glossary being converted");
        to = OutputFormat.resolve("--to", to, output, null, OutputFormat.of("tbx=tbx,tbx3", "tsv=tsv", "json=json"));
        GlossaryWriter.Format fmt;
        try {
            fmt = GlossaryWriter.Format.parse(to);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Glossary g = GlossaryLayout.said(GlossaryLoader.load(input), spec.commandLine().getErr());
        if (!common.quiet) {
            g.warnings().forEach(w -> spec.commandLine().getErr().println("tarjama: warning: " + w));
        }
        try (Output out = Output.to(output, spec.commandLine().getOut())) {
            GlossaryWriter.write(g, fmt, out.stream());
            out.commit();
        }
        if (!common.quiet && output != null) {
            spec.commandLine().getErr().println("glossary convert: " + g.entries().size() + " entries written to " + output);
        }
        return ExitCodes.OK;
    }
}
