package org.tarjama.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarjama.project.AlignmentProject;
import org.tarjama.project.ProjectFiles;
import org.tarjama.project.ProjectStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama project stats}: beads by status, type and score band. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Beads of an alignment project by status (auto, confirmed, rejected), type (1-1, 2-1, …) and "
                + "score band (low < 0.5 <= medium < 0.8 <= high), per document and in all.")
public final class ProjectStatsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, not '" + format + "'");
        }
        AlignmentProject p = ProjectFiles.read(file);
        if (!common.quiet) {
            ProjectFiles.sourceWarnings(p, file).forEach(w -> spec.commandLine().getErr().println("tarjama: warning: " + w));
        }
        ProjectStats.Report r = ProjectStats.of(p);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = m.createObjectNode();
            root.put("project", file.toString());
            root.put("documentCount", p.documents().size());
            ObjectNode total = root.putObject("total");
            counts(total, r.total(), m);
            var docs = root.putArray("documents");
            int k = 0;
            for (var e : r.documents().entrySet()) {
                ObjectNode d = docs.addObject();
                d.put("id", p.documents().get(k).id());
                d.put("source", p.documents().get(k).source().name());
                d.put("target", p.documents().get(k).target().name());
                counts(d, e.getValue(), m);
                k++;
            }
            out.println(m.writeValueAsString(root));
        } else {
            for (var e : r.documents().entrySet()) {
                out.println(e.getKey());
                text(out, e.getValue());
            }
            if (r.documents().size() > 1) {
                out.println("all documents");
                text(out, r.total());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void counts(ObjectNode o, ProjectStats.Counts c, ObjectMapper m) {
        o.put("beads", c.beads());
        o.put("englishSentences", c.enSentences());
        o.put("arabicSentences", c.arSentences());
        o.put("progress", Math.round(c.progress() * 10000) / 10000.0);
        o.set("status", m.valueToTree(c.status()));
        o.set("type", m.valueToTree(c.type()));
        o.set("scoreBand", m.valueToTree(c.band()));
    }

    private static void text(PrintWriter out, ProjectStats.Counts c) {
        out.println(String.format(Locale.ROOT, "  beads:      %d (%d English, %d Arabic sentences); %.1f%% confirmed",
                c.beads(), c.enSentences(), c.arSentences(), c.progress() * 100));
        out.println("  status:     " + join(c.status()));
        out.println("  type:       " + join(c.type()));
        out.println("  score band: " + join(c.band()));
    }

    private static String join(Map<String, Long> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }
}
