package org.tarjama.review;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.tarjama.model.Span;
import org.tarjama.project.AlignmentProject;
import org.tarjama.project.ProjectBead;
import org.tarjama.project.ProjectDocument;
import org.tarjama.project.ProjectSentence;
import org.tarjama.report.Finding;

/**
 * The page's view of a project, as JSON: per document its sentences (text {@code t}, paragraph {@code p},
 * glossary term spans {@code h}) and its beads (English and Arabic sentence counts {@code e}/{@code a},
 * score {@code s}, status {@code st}, glossary findings {@code f}); bead starts are the running sums of the
 * counts. An edit is sent as splices of those lists ({@link #changes}), so that an edit near the top of a
 * long document sends only what changed.
 */
final class ReviewJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ReviewJson() {
    }

    static ObjectNode file(ReviewFile f, Annotator ann) {
        AlignmentProject p = f.project();
        ObjectNode o = F.objectNode();
        o.put("id", f.id());
        o.put("name", f.file().getFileName().toString());
        o.put("revision", p.revision());
        o.put("canUndo", f.canUndo());
        o.put("canRedo", f.canRedo());
        o.put("conflict", f.conflict());
        ArrayNode w = o.putArray("warnings");
        f.warnings().forEach(w::add);
        ArrayNode docs = o.putArray("documents");
        for (ProjectDocument d : p.documents()) {
            ObjectNode jd = docs.addObject();
            jd.put("id", d.id());
            jd.put("name", baseName(d.source().name()) + " / " + baseName(d.target().name()));
            jd.put("paragraphs", d.paragraphs());
            jd.set("en", sentences(d.en(), 0, d.en().size(), ReviewOps.Side.EN, ann));
            jd.set("ar", sentences(d.ar(), 0, d.ar().size(), ReviewOps.Side.AR, ann));
            jd.set("beads", beads(d, 0, d.beads().size(), ann));
        }
        return o;
    }

    /** The last part of a path as the aligner was given it ({@code a/b/seed.en} → {@code seed.en}). */
    static String baseName(String name) {
        int k = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return k < 0 ? name : name.substring(k + 1);
    }

    static ArrayNode sentences(List<ProjectSentence> ss, int from, int to, ReviewOps.Side side, Annotator ann) {
        ArrayNode a = F.arrayNode();
        for (int k = from; k < to; k++) {
            ProjectSentence s = ss.get(k);
            ObjectNode o = a.addObject();
            o.put("t", s.text());
            o.put("p", s.paragraph());
            if (ann != null) {
                List<Span> spans = ann.terms(side, s.text());
                if (!spans.isEmpty()) {
                    ArrayNode h = o.putArray("h");
                    for (Span sp : spans) {
                        h.addArray().add(sp.start()).add(sp.end());
                    }
                }
            }
        }
        return a;
    }

    static ArrayNode beads(ProjectDocument d, int from, int to, Annotator ann) {
        ArrayNode a = F.arrayNode();
        for (int k = from; k < to; k++) {
            ProjectBead b = d.beads().get(k);
            ObjectNode o = a.addObject();
            o.put("e", b.enCount());
            o.put("a", b.arCount());
            o.put("s", Math.round(b.score() * 10000) / 10000.0);
            o.put("st", b.status().id());
            if (ann != null) {
                List<Finding> fs = ann.findings(d, k);
                if (!fs.isEmpty()) {
                    ArrayNode f = o.putArray("f");
                    for (Finding x : fs) {
                        f.addObject().put("code", x.code()).put("severity", x.severity().name().toLowerCase(java.util.Locale.ROOT))
                                .put("message", x.message());
                    }
                }
            }
        }
        return a;
    }

    /** The splices that turn each document of {@code before} into that of {@code after}. */
    static ArrayNode changes(AlignmentProject before, AlignmentProject after, Annotator ann) {
        ArrayNode out = F.arrayNode();
        for (int k = 0; k < after.documents().size(); k++) {
            ProjectDocument a = before.documents().get(k);
            ProjectDocument b = after.documents().get(k);
            if (a == b) {
                continue;
            }
            ObjectNode c = F.objectNode();
            c.put("doc", k);
            int[] en = range(a.en(), b.en());
            int[] ar = range(a.ar(), b.ar());
            if (en != null) {
                c.set("en", splice(en, sentences(b.en(), en[0], b.en().size() - en[1], ReviewOps.Side.EN, ann)));
            }
            if (ar != null) {
                c.set("ar", splice(ar, sentences(b.ar(), ar[0], b.ar().size() - ar[1], ReviewOps.Side.AR, ann)));
            }
            int[] bs = beadRange(a, b);
            if (bs != null) {
                c.set("beads", splice(bs, beads(b, bs[0], b.beads().size() - bs[1], ann)));
            }
            if (en != null || ar != null || bs != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** {prefix, suffix, removed}: the common prefix and suffix lengths and how many of the old are replaced. */
    private static <T> int[] range(List<T> a, List<T> b) {
        int n = Math.min(a.size(), b.size());
        int p = 0;
        while (p < n && Objects.equals(a.get(p), b.get(p))) {
            p++;
        }
        if (p == a.size() && p == b.size()) {
            return null;
        }
        int q = 0;
        while (q < n - p && Objects.equals(a.get(a.size() - 1 - q), b.get(b.size() - 1 - q))) {
            q++;
        }
        return new int[] {p, q, a.size() - p - q};
    }

    private static int[] beadRange(ProjectDocument a, ProjectDocument b) {
        List<ProjectBead> x = a.beads();
        List<ProjectBead> y = b.beads();
        int n = Math.min(x.size(), y.size());
        int p = 0;
        while (p < n && same(a, x.get(p), b, y.get(p))) {
            p++;
        }
        if (p == x.size() && p == y.size()) {
            return null;
        }
        int q = 0;
        while (q < n - p && same(a, x.get(x.size() - 1 - q), b, y.get(y.size() - 1 - q))) {
            q++;
        }
        return new int[] {p, q, x.size() - p - q};
    }

    /** Same counts, score and status, and the same sentences (so the same findings). */
    private static boolean same(ProjectDocument da, ProjectBead a, ProjectDocument db, ProjectBead b) {
        if (a.enCount() != b.enCount() || a.arCount() != b.arCount() || a.score() != b.score() || a.status() != b.status()) {
            return false;
        }
        for (int k = 0; k < a.enCount(); k++) {
            if (!da.en().get(a.enStart() + k).text().equals(db.en().get(b.enStart() + k).text())) {
                return false;
            }
        }
        for (int k = 0; k < a.arCount(); k++) {
            if (!da.ar().get(a.arStart() + k).text().equals(db.ar().get(b.arStart() + k).text())) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode splice(int[] r, ArrayNode items) {
        ObjectNode o = F.objectNode();
        o.put("at", r[0]);
        o.put("remove", r[2]);
        o.set("insert", items);
        return o;
    }
}
