package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tarjama.tmx.TmxConverter;
import org.tarjama.tmx.TmxFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarjama tmx convert --to tsv|csv|tmx|xliff [-o OUT] FILE}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert TMX to TSV, CSV (header row of language codes) or XLIFF 1.2, and TSV/CSV/TMX to TMX.",
            "Input format by extension: .tmx, .csv, else TSV (en<TAB>ar per line). Writes to stdout without -o."})
public final class TmxConvertCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    TmxOutputOptions tmx;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "FORMAT",
            description = "tsv, csv, tmx or xliff (default: from -o's extension: .tsv, .csv, .tmx, .xlf/.xliff).")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (written atomically); stdout when absent.")
    Path output;

    @Parameters(arity = "1", paramLabel = "FILE", description = "Input: .tmx, .tsv/.txt or .csv.")
    Path input;

    @Override
    public Integer call() {
        to = OutputFormat.resolve("--to", to, output, null,
                OutputFormat.of("tsv=tsv", "csv=csv", "tmx=tmx", "xlf=xliff", "xliff=xliff"));
        TmxConverter.Format f;
        try {
            f = TmxConverter.Format.parse(to);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--to must be tsv, csv, tmx or xliff");
        }
        if (!(f == TmxConverter.Format.TMX && input.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tmx"))) {
            // TMX to TMX in place is a lossless rewrite; any other conversion would replace the input with less
            Output.refuseToReplace(output, input, "input file");
        }
        PrintWriter err = spec.commandLine().getErr();
        TmxConverter.Result r;
        try (Output out = Output.to(output, spec.commandLine().getOut())) {
            r = TmxConverter.convert(input, f, out.stream(), tmx.writerOptions(), tmx.lenient,
                    d -> {
                        if (!common.quiet) {
                            err.println((d.severity() == org.tarjama.model.Severity.INFO ? "note: " : "warning: ")
                                    + TmxFormatException.format(d.location(), d.message()));
                        }
                    });
            out.commit();
        }
        if (!common.quiet) {
            err.println(input + ": " + r.units() + " units converted to " + to
                    + (r.variantsNotWritten() > 0 ? ", " + r.variantsNotWritten() + " variants not written (see above)" : "")
                    + (r.warnings() > 0 ? ", " + r.warnings() + " warnings" : ""));
        }
        return ExitCodes.OK;
    }
}
