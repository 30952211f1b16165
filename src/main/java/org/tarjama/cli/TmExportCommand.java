package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.tm.TranslationMemory;
import org.tarjama.tmx.TmxWriter;
import org.tarjama.tmx.TmxWriterOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tarjama tm export}: the whole memory as TMX. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the whole memory as TMX 1.4b.")
public final class TmExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    TmOptions tm;

    @Option(names = "--to", paramLabel = "FORMAT", description = "Output format: tmx (the default; -o must end in .tmx or be unknown).")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() {
        to = OutputFormat.resolve("--to", to, output, "tmx",
                OutputFormat.of("tmx=tmx", "tsv=tsv", "csv=csv", "xlf=xliff", "xliff=xliff", "json=json"));
        if (!to.equals("tmx")) {
            throw new UsageException("--to must be tmx, not '" + to + "'" + (output != null ? " (from -o " + output + ")" : "")
                    + "; for " + to + ", export TMX and convert it: tarjama tmx convert --to " + to);
        }
        long n;
        PrintWriter err = spec.commandLine().getErr();
        try (TranslationMemory m = tm.open();
             Output out = Output.to(output, spec.commandLine().getOut())) {
            // characters XML 1.0 forbids (a control character imported from TSV) are left out, each said
            TmxWriter w = TmxWriter.create(out.stream(), TmxWriterOptions.defaults(),
                    d -> err.println("tarjama: warning: unit " + d.location().tuid() + ": " + d.message()));
            m.forEach(w::write);
            w.close();
            n = w.count();
            out.commit();
        }
        if (!common.quiet) {
            err.printf(Locale.ROOT, "%d units exported%n", n);
        }
        err.flush();
        return ExitCodes.OK;
    }
}
