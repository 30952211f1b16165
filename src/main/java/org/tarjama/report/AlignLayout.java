package org.tarjama.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code align --report}'s layout ({@link ReportLayout#align}). A group is a document pair: its subject
 * "English file / Arabic file", its fields {@code source}, {@code target} and {@code warnings} (the
 * aligner's, a list of strings); a finding per bead left out of the TMX/TSV, its code
 * {@value #ARABIC_ONLY}, {@value #ENGLISH_ONLY} or {@value #LOW_SCORE}, its fields {@code type} (1-1, 0-1
 * …), {@code score} (two decimals, a string), {@code kept}, {@code bead} (the bead string) and {@code en}
 * and {@code ar} (the sentences: index, text, line, start, end), its English and Arabic the sentences'
 * text. Text: a head line per document, its warnings, a line per bead and its sentences; JSON:
 * {@code {"minScore": x, "documents": [{"source", "target", "warnings", "beads": [...]}]}}; HTML: a row per
 * bead, the warnings under the table.
 */
public final class AlignLayout extends ReportLayout {
    /** Codes of a bead not written. */
    public static final String ARABIC_ONLY = "ALIGN_ARABIC_ONLY";
    public static final String ENGLISH_ONLY = "ALIGN_ENGLISH_ONLY";
    public static final String LOW_SCORE = "ALIGN_LOW_SCORE";

    private static final List<HtmlPage.Column> COLUMNS = List.of(
            new HtmlPage.Column("Documents", HtmlPage.Kind.AUTO, true),
            new HtmlPage.Column("Why", HtmlPage.Kind.PLAIN, true),
            new HtmlPage.Column("Type", HtmlPage.Kind.PLAIN, true),
            new HtmlPage.Column("Bead", HtmlPage.Kind.PLAIN, false),
            new HtmlPage.Column("Score", HtmlPage.Kind.NUMBER, false),
            new HtmlPage.Column("English", HtmlPage.Kind.ENGLISH, false),
            new HtmlPage.Column("Arabic", HtmlPage.Kind.ARABIC, false));

    private final double minScore;
    private final StringBuilder warningsHtml = new StringBuilder();

    AlignLayout(double minScore) {
        this.minScore = minScore;
    }

    /** arabic-only, english-only, low-score: how the text and the page name a code. */
    static String why(String code) {
        return switch (code) {
            case ARABIC_ONLY -> "arabic-only";
            case ENGLISH_ONLY -> "english-only";
            case LOW_SCORE -> "low-score";
            default -> throw new IllegalArgumentException("not a finding of align: " + code);
        };
    }

    private static List<?> list(Map<String, Object> fields, String key) {
        Object v = fields.get(key);
        return v instanceof List<?> l ? l : List.of();
    }

    // ------------------------------------------------------------------ text

    @Override
    void text(FindingGroup d, PrintWriter out) {
        out.print("# " + d.subject() + ": " + d.findings().size()
                + " beads not written (unaligned or confidence below " + minScore + ")\n");
        for (Object w : list(d.fields(), "warnings")) {
            out.print("# warning: " + w + "\n");
        }
        for (Finding b : d.findings()) {
            out.print(why(b.code()) + "\t" + b.fields().get("type") + "\t" + b.fields().get("bead") + "\tscore "
                    + b.fields().get("score") + "\n");
            if (!list(b.fields(), "en").isEmpty()) {
                out.print("  en: " + b.source() + "\n");
            }
            if (!list(b.fields(), "ar").isEmpty()) {
                out.print("  ar: " + b.target() + "\n");
            }
        }
    }

    // ------------------------------------------------------------------ JSON

    @Override
    void jsonHead(JsonGenerator g) throws IOException {
        g.writeNumberField("minScore", minScore);
    }

    @Override
    String jsonArray() {
        return "documents";
    }

    @Override
    void json(FindingGroup d, JsonGenerator g) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", d.fields().get("source"));
        m.put("target", d.fields().get("target"));
        m.put("warnings", list(d.fields(), "warnings"));
        List<Object> beads = new java.util.ArrayList<>();
        for (Finding b : d.findings()) {
            Map<String, Object> jb = new LinkedHashMap<>();
            jb.put("type", b.fields().get("type"));
            jb.put("score", Double.parseDouble(String.valueOf(b.fields().get("score"))));
            jb.put("kept", b.fields().get("kept"));
            jb.put("bead", b.fields().get("bead"));
            jb.put("en", list(b.fields(), "en"));
            jb.put("ar", list(b.fields(), "ar"));
            beads.add(jb);
        }
        m.put("beads", beads);
        g.writeObject(m);
    }

    // ------------------------------------------------------------------ HTML

    @Override
    String htmlTitle(String title) {
        return title.isEmpty() ? "Tarjama alignment report" : title;
    }

    @Override
    String htmlHeading(String title) {
        return htmlTitle(title) + ": beads not written (unaligned or confidence below " + minScore + ")";
    }

    @Override
    List<HtmlPage.Column> columns() {
        return COLUMNS;
    }

    @Override
    void rows(FindingGroup d, Rows rows) {
        List<?> warnings = list(d.fields(), "warnings");
        if (!warnings.isEmpty()) {
            warningsHtml.append("<h2><bdi>").append(HtmlPage.escape(d.subject())).append("</bdi>: warnings</h2>\n<ul>\n");
            for (Object w : warnings) {
                warningsHtml.append("<li>").append(HtmlPage.message(String.valueOf(w))).append("</li>\n");
            }
            warningsHtml.append("</ul>\n");
        }
        for (Finding b : d.findings()) {
            rows.row(b.severity().label(), List.of(
                    HtmlPage.cell(HtmlPage.Kind.AUTO, d.subject(), null, null),
                    HtmlPage.cell(HtmlPage.Kind.PLAIN, why(b.code()), null, "sev"),
                    HtmlPage.cell(HtmlPage.Kind.PLAIN, String.valueOf(b.fields().get("type")), null, null),
                    "<td><code>" + HtmlPage.escape(String.valueOf(b.fields().get("bead"))) + "</code></td>",
                    HtmlPage.cell(HtmlPage.Kind.NUMBER, String.valueOf(b.fields().get("score")), null, null),
                    HtmlPage.cell(HtmlPage.Kind.ENGLISH, b.source(), null, null),
                    HtmlPage.cell(HtmlPage.Kind.ARABIC, b.target(), null, null)), b.unit());
        }
    }

    @Override
    String summaryHtml(ReportSummary summary) {
        return warningsHtml.toString();
    }
}
