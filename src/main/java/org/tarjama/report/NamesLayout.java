package org.tarjama.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code names}' layout ({@link ReportLayout#names}). A group is a name: its subject the English name,
 * its status inconsistent, spelling, unrendered or consistent, its fields {@value #ID} (the suppression
 * id of a name to review) and {@value #APPROVED} (the glossary's forms, a list); a finding per way it
 * is rendered:
 * <ul>
 *   <li>{@value #RENDERING}: fields {@code ar}, {@code count}, {@code units}, {@code partial},
 *       {@code uncertain}, {@code approved};</li>
 *   <li>{@value #DERIVED}: a derived form instead of the name, fields {@code ar}, {@code count}, {@code units};</li>
 *   <li>{@value #UNRENDERED} (no rendering where the name is rendered elsewhere), {@value #UNRECOGNISED} (no
 *       known rendering where a name that a translator may translate otherwise is rendered elsewhere: another
 *       rendering, most likely) or {@value #UNMATCHED} (a name rendered nowhere): fields {@code count},
 *       {@code units}.</li>
 * </ul>
 * The finding's unit, English and Arabic are the first unit rendered that way (unit 0: none).
 * Text: a summary line, then each name with its renderings and one unit per rendering side by side;
 * JSON: {@code {"names": [{"en", "status", "renderings": [...], ...}]}}; HTML: a row per rendering
 * (and one for the occurrences without one).
 */
public final class NamesLayout extends ReportLayout {
    /** Codes of the findings of a name. */
    public static final String RENDERING = "NAMES_RENDERING";
    public static final String DERIVED = "NAMES_DERIVED_FORM";
    public static final String UNRENDERED = "NAMES_UNRENDERED";
    public static final String UNMATCHED = "NAMES_UNMATCHED";
    /** Units without a found rendering of a name that may be translated otherwise there ({@code unrecognised}). */
    public static final String UNRECOGNISED = "NAMES_UNRECOGNISED";
    /** Fields of a name. */
    public static final String ID = "id";
    public static final String APPROVED = "approved";

    private static final String CONSISTENT = "consistent";
    private static final String TITLE = "Tarjama names report";
    private static final List<HtmlPage.Column> COLUMNS = List.of(
            new HtmlPage.Column("Name", HtmlPage.Kind.ENGLISH, false),
            new HtmlPage.Column("Status", HtmlPage.Kind.PLAIN, true),
            new HtmlPage.Column("Approved", HtmlPage.Kind.ARABIC, false),
            new HtmlPage.Column("Rendering", HtmlPage.Kind.ARABIC, false),
            new HtmlPage.Column("Count", HtmlPage.Kind.NUMBER, false),
            new HtmlPage.Column("Units", HtmlPage.Kind.PLAIN, false),
            new HtmlPage.Column("English", HtmlPage.Kind.ENGLISH, false),
            new HtmlPage.Column("Arabic", HtmlPage.Kind.ARABIC, false));

    private final long names;
    private final long units;
    private final String glossary;
    private final long inconsistent;
    private final long spelling;
    private final long unrendered;
    private final long consistent;

    NamesLayout(List<FindingGroup> all, long units, String glossary) {
        this.names = all.size();
        this.units = units;
        this.glossary = glossary == null ? "" : glossary;
        this.inconsistent = count(all, "inconsistent");
        this.spelling = count(all, "spelling");
        this.unrendered = count(all, "unrendered");
        this.consistent = count(all, CONSISTENT);
    }

    private static long count(List<FindingGroup> all, String status) {
        return all.stream().filter(g -> g.status().equals(status)).count();
    }

    // ------------------------------------------------------------------ text

    @Override
    void textHead(PrintWriter w) {
        w.printf(Locale.ROOT, "%d names in %d units: %d inconsistent, %d spelling, %d unrendered, %d consistent%s%n",
                names, units, inconsistent, spelling, unrendered, consistent,
                glossary.isEmpty() ? "" : " (glossary " + glossary + ")");
    }

    @Override
    void text(FindingGroup n, PrintWriter out) {
        List<String> approved = strings(n.fields().get(APPROVED));
        out.println();
        out.printf(Locale.ROOT, "%-12s %s%s%n", n.status().toUpperCase(Locale.ROOT), n.subject(),
                approved.isEmpty() ? "" : "   [approved: " + String.join(" | ", approved) + "]");
        boolean detail = !n.status().equals(CONSISTENT);
        for (Finding f : n.findings()) {
            long count = number(f, "count");
            String units = units(f, count);
            switch (f.code()) {
                case RENDERING -> {
                    out.printf(Locale.ROOT, "    %s  ×%d%s%s  units %s%n", f.fields().get("ar"), count,
                            flag(f, "partial") ? "  (partial)" : "",
                            !approved.isEmpty() && !flag(f, "approved") ? "  (not approved)" : "", units);
                    if (detail) {
                        example(out, f);
                    }
                }
                case DERIVED -> out.printf(Locale.ROOT, "    %s  ×%d  (derived form)  units %s%n", f.fields().get("ar"),
                        count, units);
                case UNRENDERED, UNMATCHED -> {
                    out.printf(Locale.ROOT, "    (no rendering)  ×%d  units %s%n", count, units);
                    example(out, f);
                }
                case UNRECOGNISED -> {
                    out.printf(Locale.ROOT, "    (no known rendering)  ×%d  units %s%n", count, units);
                    example(out, f);
                }
                default -> throw new IllegalArgumentException("not a finding of names: " + f.code());
            }
        }
        out.flush();
    }

    private static void example(PrintWriter out, Finding f) {
        if (f.unit() > 0) {
            out.printf(Locale.ROOT, "        #%d en: %s%n", f.unit(), f.source());
            out.printf(Locale.ROOT, "        #%d ar: %s%n", f.unit(), f.target());
        }
    }

    /** The first 20 unit numbers, and "…" when there are more occurrences. */
    private static String units(Finding f, long count) {
        List<?> units = (List<?>) f.fields().get("units");
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

    private static long number(Finding f, String field) {
        return ((Number) f.fields().get(field)).longValue();
    }

    private static boolean flag(Finding f, String field) {
        return Boolean.TRUE.equals(f.fields().get(field));
    }

    private static List<String> strings(Object list) {
        List<String> out = new ArrayList<>();
        if (list instanceof List<?> l) {
            l.forEach(o -> out.add(String.valueOf(o)));
        }
        return out;
    }

    // ------------------------------------------------------------------ JSON

    @Override
    String jsonArray() {
        return "names";
    }

    /**
     * A name: {@code en}, {@code status}, {@code id} (names to review), {@code renderings} (each
     * {@code ar}, {@code count}, {@code units}, {@code partial}, and {@code uncertain} when it is),
     * {@code approved} (with a glossary entry), {@code derived} (when found), and {@code unrendered},
     * {@code unrecognised} or {@code unmatched} (count and units) when some occurrences had no rendering.
     */
    @Override
    void json(FindingGroup n, JsonGenerator g) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("en", n.subject());
        m.put("status", n.status());
        if (n.fields().get(ID) != null) {
            m.put("id", n.fields().get(ID));
        }
        List<Object> rs = new ArrayList<>();
        List<Object> ds = new ArrayList<>();
        Map<String, Object> none = null;
        String noneKey = null;
        for (Finding f : n.findings()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            switch (f.code()) {
                case RENDERING -> {
                    rm.put("ar", f.fields().get("ar"));
                    rm.put("count", f.fields().get("count"));
                    rm.put("units", f.fields().get("units"));
                    rm.put("partial", f.fields().get("partial"));
                    if (flag(f, "uncertain")) {
                        rm.put("uncertain", true);
                    }
                    rs.add(rm);
                }
                case DERIVED -> {
                    rm.put("ar", f.fields().get("ar"));
                    rm.put("count", f.fields().get("count"));
                    rm.put("units", f.fields().get("units"));
                    ds.add(rm);
                }
                case UNRENDERED, UNMATCHED, UNRECOGNISED -> {
                    rm.put("count", f.fields().get("count"));
                    rm.put("units", f.fields().get("units"));
                    none = rm;
                    // a name found nowhere is most likely translated or paraphrased: its units are listed
                    // apart from those where a name rendered elsewhere was dropped
                    noneKey = f.code().equals(UNMATCHED) ? "unmatched"
                            : f.code().equals(UNRECOGNISED) ? "unrecognised" : "unrendered";
                }
                default -> throw new IllegalArgumentException("not a finding of names: " + f.code());
            }
        }
        m.put("renderings", rs);
        List<String> approved = strings(n.fields().get(APPROVED));
        if (!approved.isEmpty()) {
            m.put("approved", approved);
        }
        if (!ds.isEmpty()) {
            m.put("derived", ds);
        }
        if (none != null) {
            m.put(noneKey, none);
        }
        g.writeObject(m);
    }

    /** {@code names} always ended its JSON with a line of the platform. */
    @Override
    String jsonEnd() {
        return System.lineSeparator();
    }

    // ------------------------------------------------------------------ HTML

    @Override
    String htmlTitle(String title) {
        return TITLE;
    }

    @Override
    String htmlHeading(String title) {
        return String.format(Locale.ROOT, "Names: %d inconsistent, %d spelling, %d unrendered, %d consistent (%d units)",
                inconsistent, spelling, unrendered, consistent, units);
    }

    @Override
    List<HtmlPage.Column> columns() {
        return COLUMNS;
    }

    /**
     * One row per rendering of the name and one for its occurrences without a rendering, with the first
     * unit rendered that way side by side (derived forms are in the text and JSON only).
     */
    @Override
    void rows(FindingGroup n, Rows rows) {
        String approved = HtmlPage.cell(HtmlPage.Kind.ARABIC, String.join(" | ", strings(n.fields().get(APPROVED))),
                null, null);
        for (Finding f : n.findings()) {
            String rendering;
            switch (f.code()) {
                case RENDERING -> rendering = "<td class=\"ar\" dir=\"rtl\" lang=\"ar\">"
                        + HtmlPage.escape(String.valueOf(f.fields().get("ar")))
                        + (flag(f, "partial") ? " <span class=\"partial\" dir=\"ltr\" lang=\"en\">(partial)</span>" : "")
                        + "</td>";
                case UNRENDERED, UNMATCHED -> rendering = "<td><em>no rendering</em></td>";
                case UNRECOGNISED -> rendering = "<td><em>no known rendering</em></td>";
                default -> {
                    continue;
                }
            }
            long count = number(f, "count");
            rows.row(n.status(), List.of(
                    HtmlPage.cell(HtmlPage.Kind.ENGLISH, n.subject(), null, null),
                    HtmlPage.cell(HtmlPage.Kind.PLAIN, n.status(), null, "sev"),
                    approved, rendering,
                    HtmlPage.cell(HtmlPage.Kind.NUMBER, String.valueOf(count), null, null),
                    HtmlPage.cell(HtmlPage.Kind.PLAIN, units(f, count), null, null),
                    HtmlPage.cell(HtmlPage.Kind.ENGLISH, f.source(), null, null),
                    HtmlPage.cell(HtmlPage.Kind.ARABIC, f.target(), null, null)), f.unit());
        }
    }
}
