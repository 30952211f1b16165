package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tarjama.io.OutputTargets;
import java.util.concurrent.Callable;
import org.tarjama.project.AlignmentProject;
import org.tarjama.project.ProjectBuilder;
import org.tarjama.project.ProjectDocument;
import org.tarjama.project.ProjectFiles;
import org.tarjama.project.Realigner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama project realign}: re-aligns what is not confirmed; confirmed beads never move. */
@Command(name = "realign", mixinStandardHelpOptions = true,
        description = "Re-align only the stretches between confirmed beads (each stretch is aligned as a block of its "
                + "own; the lexicon is still learned over the whole document). Confirmed beads never move. The project "
                + "file is rewritten atomically (or written to -o).")
public final class ProjectRealignCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--dictionary", paramLabel = "FILE.tsv", description = "Bilingual dictionary (default: the one the project was aligned with, if still there).")
    Path dictionary;

    @Option(names = "--glossary", paramLabel = "FILE", description = "Glossary as anchors (default: the one the project was aligned with, if still there).")
    Path glossary;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the realigned project here instead of over FILE.")
    Path output;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    Path file;

    @Override
    public Integer call() {
        java.util.List<Path> in = new ArrayList<>();
        in.add(dictionary);
        in.add(glossary);
        if (output != null && !OutputTargets.sameFile(output, file)) {
            in.add(file); // realigning in place is the default; -o naming FILE is the same
        }
        Output.refuseInputs(output, "-o", in);
        AlignmentProject p = ProjectFiles.read(file);
        PrintWriter err = spec.commandLine().getErr();
        if (!common.quiet) {
            ProjectFiles.sourceWarnings(p, file).forEach(w -> err.println("tarjama: warning: " + w));
        }
        Realigner r = new Realigner(ProjectBuilder.config(p, file, dictionary, glossary));
        List<ProjectDocument> docs = new ArrayList<>();
        int stretches = 0;
        int before = 0;
        int after = 0;
        for (ProjectDocument d : p.documents()) {
            Realigner.Result res = r.realign(d);
            docs.add(res.document());
            stretches += res.stretches();
            before += res.beadsBefore();
            after += res.beadsAfter();
        }
        AlignmentProject out = p.withDocuments(docs).withRevision(p.revision() + 1);
        ProjectFiles.write(output == null ? file : output, out);
        if (!common.quiet) {
            err.println("tarjama: realigned " + stretches + " unconfirmed stretch" + (stretches == 1 ? "" : "es") + ": "
                    + before + " beads before, " + after + " after; confirmed beads kept as they were");
        }
        err.flush();
        return ExitCodes.OK;
    }
}
