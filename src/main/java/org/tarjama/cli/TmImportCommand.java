package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.tm.ImportResult;
import org.tarjama.tm.MemoryImport;
import org.tarjama.tmx.UnitFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code tarjama tm import}: add units from TMX or TSV files. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add the units of TMX or TSV (en<TAB>ar) files to the memory.",
            "Units already in the memory (same English and Arabic) are not added again. The import is "
                + "all or nothing: an interrupted run leaves the memory as it was."})
public final class TmImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    TmOptions tm;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TMX (.tmx) or tab-separated (.tsv, en<TAB>ar) files.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        files.forEach(org.tarjama.io.InputFiles::requireRegularFile);
        ImportResult r;
        try (MemoryImport imp = tm.store().openImport();
             Progress progress = new Progress(err, "importing", 0, common.quiet)) {
            long[] last = {0};
            imp.onProgress(n -> {
                progress.step(n - last[0]);
                last[0] = n;
            });
            for (Path f : files) {
                try (UnitFiles.UnitIterator it = UnitFiles.open(f)) {
                    while (it.hasNext()) {
                        imp.add(it.next());
                    }
                }
            }
            r = imp.commit();
        }
        if (!common.quiet) {
            err.printf(Locale.ROOT, "%s: %d units read, %d added, %d already present, %d skipped (no English or no Arabic); %d units in the memory%n",
                    tm.location(), r.read(), r.added(), r.duplicates(), r.skipped(), r.total());
            err.flush();
        }
        return ExitCodes.OK;
    }
}
