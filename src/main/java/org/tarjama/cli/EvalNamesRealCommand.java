package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tarjama.eval.NamesRealEvaluation;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarjama eval names-real DIR}: names and check scored on a memory with hand-annotated names. */
@Command(name = "names-real", mixinStandardHelpOptions = true,
        description = {"Score `names` (inconsistent names, unrendered occurrences) and `check` (with a glossary made "
                + "from the gold) on a memory whose proper names were annotated by hand: DIR holds memory.tsv, "
                + "occurrences.tsv and names.tsv (see ../shared/corpora/names-real-dev/README.md).",
            "Prints the same three lines as ../shared/tools/score_names_real.py DIR, then the share of the suggested "
                + "glossary that is gold; --verbose lists every miss (false positives and negatives) after them."})
public final class EvalNamesRealCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The annotated memory's folder.")
    Path dir;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(SourceLocation.ofFile(dir.toString()), "no such directory");
        }
        PrintWriter out = spec.commandLine().getOut();
        NamesRealEvaluation.Result r = NamesRealEvaluation.run(dir, Math.max(1, threads));
        r.lines().forEach(out::println);
        if (common.verbose) {
            // what was missed or wrongly reported, one tab-separated line each: inconsistent-fp/fn,
            // unrendered-fp/fn (name TAB unit), check-fp/fn (unit TAB term), glossary-wrong
            r.misses().forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
