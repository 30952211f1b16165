package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tarjama.tmx.TmxFormatException;
import org.tarjama.tmx.TmxMerger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarjama tmx merge -o OUT.tmx FILE…}. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge TMX files into one: identical units kept once; the same source text with different "
                + "translations kept and reported on stderr. Units are renumbered and carry x-merged-from=FILE#tuid."})
public final class TmxMergeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    TmxOutputOptions tmx;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.tmx", description = "The merged TMX (written atomically).")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TMX files to merge, in order of preference.")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Output.refuseInputs(output, "-o", inputs);
        TmxMerger.Result r;
        try (Output out = Output.to(output, spec.commandLine().getOut())) {
            r = TmxMerger.merge(inputs, out.stream(), tmx.writerOptions(), tmx.lenient, d -> {
                if (!common.quiet) {
                    err.println(d.severity().label() + ": " + TmxFormatException.format(d.location(), d.message()));
                }
            });
            out.commit();
        }
        if (!common.quiet) {
            err.println("merged " + r.read() + " units from " + inputs.size() + " files into " + r.written() + " ("
                    + r.identicalDropped() + " identical units dropped, " + r.conflicts() + " conflicting translations kept"
                    + (r.skipped() > 0 ? ", " + r.skipped() + " broken units skipped" : "") + ")");
        }
        return ExitCodes.OK;
    }
}
