package org.tarjama.names;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tarjama.glossary.Glossary;
import org.tarjama.report.HtmlPage;
import org.tarjama.report.HtmlParts;
import org.tarjama.report.ReportWriter;
import org.tarjama.glossary.GlossaryEntry;

/** Writes a {@link NameReport} as text, JSON or HTML, or turns it into a suggested {@link Glossary}. */
public final class NameReportWriter {
    private NameReportWriter() {
    }

    /**
     * JSON: {@code {"names": [{"en", "status", "renderings": [{"ar", "count", "units", "partial"}]}]}};
     * a name also carries {@code "approved"} when judged against a glossary and {@code "unrendered"}
     * (count and units) when some occurrences had no rendering.
     */
    public static void json(NameReport report, PrintWriter out) {
        List<Object> names = new ArrayList<>();
        for (NameReport.Name n : report.names()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("en", n.en());
            m.put("status", n.status().label());
            if (n.isFinding()) {
                m.put("id", n.id());
            }
            List<Object> rs = new ArrayList<>();
            for (NameReport.Rendering r : n.renderings()) {
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("ar", r.ar());
                rm.put("count", r.count());
                rm.put("units", r.units());
                rm.put("partial", r.partial());
                if (r.uncertain()) {
                    rm.put("uncertain", true);
                }
                rs.add(rm);
            }
            m.put("renderings", rs);
            if (!n.approved().isEmpty()) {
                m.put("approved", n.approved());
            }
            if (!n.derived().isEmpty()) {
                List<Object> ds = new ArrayList<>();
                for (NameReport.Rendering r : n.derived()) {
                    Map<String, Object> rm = new LinkedHashMap<>();
                    rm.put("ar", r.ar());
                    rm.put("count", r.count());
                    rm.put("units", r.units());
                    ds.add(rm);
                }
                m.put("derived", ds);
            }
            if (n.unrenderedCount() > 0) {
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("count", n.unrenderedCount());
                u.put("units", n.unrenderedUnits());
                // a name found nowhere is most likely translated or paraphrased: its units are listed apart
                // from those where a name rendered elsewhere was dropped
                m.put(n.neverFound() ? "unmatched" : "unrendered", u);
            }
            names.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("names", names);
        try {
            ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            out.println(om.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plain text: a summary line, then each name with its renderings and one unit per rendering side by side. */
    public static void text(NameReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "%d names in %d units: %d inconsistent, %d spelling, %d unrendered, %d consistent%s%n",
                report.names().size(), report.units(), report.count(NameReport.Status.INCONSISTENT),
                report.count(NameReport.Status.SPELLING), report.count(NameReport.Status.UNRENDERED),
                report.count(NameReport.Status.CONSISTENT),
                report.glossary().isEmpty() ? "" : " (glossary " + report.glossary() + ")");
        for (NameReport.Name n : report.names()) {
            out.println();
            out.printf(Locale.ROOT, "%-12s %s%s%n", n.status().label().toUpperCase(Locale.ROOT), n.en(),
                    n.approved().isEmpty() ? "" : "   [approved: " + String.join(" | ", n.approved()) + "]");
            boolean detail = n.status() != NameReport.Status.CONSISTENT;
            for (NameReport.Rendering r : n.renderings()) {
                out.printf(Locale.ROOT, "    %s  ×%d%s%s  units %s%n", r.ar(), r.count(), r.partial() ? "  (partial)" : "",
                        !n.approved().isEmpty() && !r.approved() ? "  (not approved)" : "", units(r.units(), r.count()));
                if (detail && r.example() != null) {
                    example(out, r.example());
                }
            }
            for (NameReport.Rendering r : n.derived()) {
                out.printf(Locale.ROOT, "    %s  ×%d  (derived form)  units %s%n", r.ar(), r.count(), units(r.units(), r.count()));
            }
            if (n.unrenderedCount() > 0) {
                out.printf(Locale.ROOT, "    (no rendering)  ×%d  units %s%n", n.unrenderedCount(),
                        units(n.unrenderedUnits(), n.unrenderedCount()));
                if (n.unrenderedExample() != null) {
                    example(out, n.unrenderedExample());
                }
            }
        }
        out.flush();
    }

    private static void example(PrintWriter out, NameReport.Example e) {
        out.printf(Locale.ROOT, "        #%d en: %s%n", e.unit(), e.en());
        out.printf(Locale.ROOT, "        #%d ar: %s%n", e.unit(), e.ar());
    }

    private static String units(List<Long> units, long count) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(units.size(), 20);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append(units.get(i));
        }
        if (count > shown) {
            sb.append(" …");
        }
        return sb.toString();
    }

    /**
     * A standalone HTML page through the reports' one renderer ({@link HtmlPage}): one row per
     * rendering of each name (and one for its unrendered occurrences), inconsistent names first, with
     * the first unit rendered that way side by side; filter by status, search, sort, paged.
     */
    public static void html(NameReport report, PrintWriter out) {
        HtmlPage page = new HtmlPage(out, HTML_TITLE, heading(report), HTML_COLUMNS);
        htmlRows(report, (css, cells, unit) -> page.row(css, cells));
        page.finish("");
    }

    /**
     * The same page in files of at most {@code rowsPerFile} rows ({@link HtmlParts}: one page while the
     * rows fit, else parts and an index); returns the number of files written (1, or the parts).
     */
    public static int html(NameReport report, ReportWriter.Parts files, int rowsPerFile) {
        HtmlParts parts = new HtmlParts(files, HTML_TITLE, heading(report), HTML_COLUMNS, rowsPerFile);
        htmlRows(report, parts::row);
        parts.finish("");
        return parts.parts();
    }

    private static final String HTML_TITLE = "Tarjama names report";
    private static final List<HtmlPage.Column> HTML_COLUMNS = List.of(
            new HtmlPage.Column("Name", HtmlPage.Kind.ENGLISH, false),
            new HtmlPage.Column("Status", HtmlPage.Kind.PLAIN, true),
            new HtmlPage.Column("Approved", HtmlPage.Kind.ARABIC, false),
            new HtmlPage.Column("Rendering", HtmlPage.Kind.ARABIC, false),
            new HtmlPage.Column("Count", HtmlPage.Kind.NUMBER, false),
            new HtmlPage.Column("Units", HtmlPage.Kind.PLAIN, false),
            new HtmlPage.Column("English", HtmlPage.Kind.ENGLISH, false),
            new HtmlPage.Column("Arabic", HtmlPage.Kind.ARABIC, false));

    private static String heading(NameReport report) {
        return String.format(Locale.ROOT, "Names: %d inconsistent, %d spelling, %d unrendered, %d consistent (%d units)",
                report.count(NameReport.Status.INCONSISTENT), report.count(NameReport.Status.SPELLING),
                report.count(NameReport.Status.UNRENDERED), report.count(NameReport.Status.CONSISTENT), report.units());
    }

    /** Where the rows of the page go: a row's class, its cells and the unit it shows. */
    private interface Rows {
        void row(String cssClass, List<String> cells, long unit);
    }

    /** One row per rendering of each name (and one for its unrendered occurrences), in report order. */
    private static void htmlRows(NameReport report, Rows rows) {
        for (NameReport.Name n : report.names()) {
            String approved = HtmlPage.cell(HtmlPage.Kind.ARABIC, String.join(" | ", n.approved()), null, null);
            for (NameReport.Rendering r : n.renderings()) {
                NameReport.Example e = r.example();
                String rendering = "<td class=\"ar\" dir=\"rtl\" lang=\"ar\">" + HtmlPage.escape(r.ar())
                        + (r.partial() ? " <span class=\"partial\" dir=\"ltr\" lang=\"en\">(partial)</span>" : "") + "</td>";
                rows.row(n.status().label(), List.of(
                        HtmlPage.cell(HtmlPage.Kind.ENGLISH, n.en(), null, null),
                        HtmlPage.cell(HtmlPage.Kind.PLAIN, n.status().label(), null, "sev"),
                        approved, rendering,
                        HtmlPage.cell(HtmlPage.Kind.NUMBER, String.valueOf(r.count()), null, null),
                        HtmlPage.cell(HtmlPage.Kind.PLAIN, units(r.units(), r.count()), null, null),
                        HtmlPage.cell(HtmlPage.Kind.ENGLISH, e == null ? "" : e.en(), null, null),
                        HtmlPage.cell(HtmlPage.Kind.ARABIC, e == null ? "" : e.ar(), null, null)), e == null ? 0 : e.unit());
            }
            if (n.unrenderedCount() > 0) {
                NameReport.Example e = n.unrenderedExample();
                rows.row(n.status().label(), List.of(
                        HtmlPage.cell(HtmlPage.Kind.ENGLISH, n.en(), null, null),
                        HtmlPage.cell(HtmlPage.Kind.PLAIN, n.status().label(), null, "sev"),
                        approved, "<td><em>no rendering</em></td>",
                        HtmlPage.cell(HtmlPage.Kind.NUMBER, String.valueOf(n.unrenderedCount()), null, null),
                        HtmlPage.cell(HtmlPage.Kind.PLAIN, units(n.unrenderedUnits(), n.unrenderedCount()), null, null),
                        HtmlPage.cell(HtmlPage.Kind.ENGLISH, e == null ? "" : e.en(), null, null),
                        HtmlPage.cell(HtmlPage.Kind.ARABIC, e == null ? "" : e.ar(), null, null)), e == null ? 0 : e.unit());
            }
        }
    }

    /**
     * A suggested glossary: each rendered name with its majority rendering as the approved form and
     * the other renderings as variants (spelling variants) or forbidden forms (different renderings;
     * partial renderings only in the note), the counts in the note; unrendered names are left out (they
     * have no Arabic to suggest: a translator decides). A name of the {@code --glossary} keeps the
     * glossary's approved forms; its renderings that the glossary accepts are variants, the others forbidden.
     */
    public static Glossary suggestedGlossary(NameReport report) {
        List<GlossaryEntry> entries = new ArrayList<>();
        // glossary terms are case-insensitive: names differing only in case (MacDonald, Macdonald) share an entry
        Map<String, Integer> byKey = new HashMap<>();
        for (NameReport.Name n : report.names()) {
            List<NameReport.Rendering> full = n.renderings().stream().filter(r -> !r.partial()).toList();
            if (full.isEmpty() || n.commonWord() && n.approved().isEmpty()) {
                continue; // nothing to suggest, or a common word of the memory (West, House): a term would misfire
            }
            NameReport.Rendering top = full.get(0);
            String topKey = RenderingKeys.key(top.ar());
            // with a glossary, its approved forms stay approved: a majority of unapproved renderings
            // must not turn into the suggestion
            boolean glossary = !n.approved().isEmpty();
            List<String> approved = glossary ? n.approved() : List.of(top.ar());
            List<String> variants = new ArrayList<>();
            List<String> forbidden = new ArrayList<>();
            StringBuilder note = new StringBuilder(n.status().label()).append(": ");
            for (NameReport.Rendering r : n.renderings()) {
                if (glossary && !r.partial() && !approved.contains(r.ar())) {
                    (r.approved() ? variants : forbidden).add(r.ar());
                } else if (!glossary && r != top && !r.partial()) {
                    // a spelling variant is tolerated; a different rendering is what the glossary should stop
                    (RenderingKeys.key(r.ar()).equals(topKey) ? variants : forbidden).add(r.ar());
                }
                note.append(note.charAt(note.length() - 2) == ':' ? "" : ", ").append(r.ar()).append(" ×")
                        .append(r.count()).append(r.partial() ? " (partial)" : "");
            }
            Integer seen = byKey.putIfAbsent(n.en().toLowerCase(Locale.ROOT), entries.size());
            if (seen != null) {
                GlossaryEntry e = entries.get(seen);
                entries.set(seen, new GlossaryEntry(e.en(), e.caseSensitive(), e.approved(), e.variants(), e.forbidden(),
                        e.derived(), e.note() + "; written " + n.en() + ", " + note, e.line(), e.enVariants()));
                continue;
            }
            entries.add(new GlossaryEntry(n.en(), false, approved, variants, forbidden, List.of(),
                    note.toString(), 0));
        }
        return new Glossary("tarjama names", entries);
    }
}
