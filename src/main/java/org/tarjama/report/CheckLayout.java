package org.tarjama.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.tarjama.model.Span;

/**
 * {@code check}'s layout ({@link ReportLayout#CHECK}): a line per finding with the offending spans in
 * {@code [[ ]]}; {@code {"findings": [...], "summary": {...}}}; a row per finding and the summary under
 * the table.
 */
final class CheckLayout extends ReportLayout {
    private static final List<HtmlPage.Column> COLUMNS = List.of(
            new HtmlPage.Column("Unit", HtmlPage.Kind.NUMBER, false),
            new HtmlPage.Column("Severity", HtmlPage.Kind.PLAIN, true),
            new HtmlPage.Column("Code", HtmlPage.Kind.PLAIN, true),
            new HtmlPage.Column("Term", HtmlPage.Kind.AUTO, false),
            new HtmlPage.Column("English", HtmlPage.Kind.ENGLISH, false),
            new HtmlPage.Column("Arabic", HtmlPage.Kind.ARABIC, false),
            new HtmlPage.Column("Message", HtmlPage.Kind.MESSAGE, false));

    static String where(Finding f) {
        StringBuilder sb = new StringBuilder();
        if (f.unit() > 0) {
            sb.append("unit ").append(f.unit());
            if (!f.tuid().isEmpty() && !f.tuid().equals(String.valueOf(f.unit()))) {
                sb.append(" (tuid ").append(f.tuid()).append(')');
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ text

    @Override
    void text(Finding f, PrintWriter w) {
        StringBuilder sb = new StringBuilder();
        String where = where(f);
        if (!where.isEmpty()) {
            sb.append(where).append(": ");
        }
        sb.append(f.severity().label()).append(' ').append(f.code()).append(": ").append(f.message());
        if (!f.source().isEmpty()) {
            sb.append(" | en: ").append(oneLine(ReportWriter.mark(f.source(), f.sourceSpan(), ReportWriter.MARK_OPEN,
                    ReportWriter.MARK_CLOSE)));
        }
        if (!f.target().isEmpty() || f.unit() > 0) {
            sb.append(" | ar: ").append(oneLine(ReportWriter.mark(f.target(), f.span(), ReportWriter.MARK_OPEN,
                    ReportWriter.MARK_CLOSE)));
        }
        w.println(sb);
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }

    // ------------------------------------------------------------------ JSON

    @Override
    String jsonArray() {
        return "findings";
    }

    @Override
    void json(Finding f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("unit", f.unit());
        g.writeStringField("tuid", f.tuid());
        g.writeStringField("code", f.code());
        g.writeStringField("severity", f.severity().label());
        for (Map.Entry<String, Object> e : f.fields().entrySet()) {
            g.writeFieldName(e.getKey());
            g.writeObject(e.getValue());
        }
        span(g, "span", f.span());
        span(g, "source_span", f.sourceSpan());
        g.writeStringField("message", f.message());
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, String name, Span s) throws IOException {
        g.writeFieldName(name);
        if (s == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            g.writeNumber(s.start());
            g.writeNumber(s.end());
            g.writeEndArray();
        }
    }

    @Override
    void jsonTail(JsonGenerator g, ReportSummary summary) throws IOException {
        g.writeFieldName("summary");
        g.writeObject(summary.toMap());
    }

    // ------------------------------------------------------------------ HTML

    @Override
    List<HtmlPage.Column> columns() {
        return COLUMNS;
    }

    private static int[] span(Span s) {
        return s == null ? null : new int[] {s.start(), s.end()};
    }

    @Override
    void rows(Finding f, Rows rows) {
        Object term = f.fields().get("term");
        rows.row(f.severity().label(), List.of(
                "<td data-sort=\"" + f.unit() + "\">" + HtmlPage.escape(where(f)) + "</td>",
                HtmlPage.cell(HtmlPage.Kind.PLAIN, f.severity().label(), null, "sev"),
                "<td><code>" + HtmlPage.escape(f.code()) + "</code></td>",
                HtmlPage.cell(HtmlPage.Kind.AUTO, term == null ? "" : term.toString(), null, null),
                HtmlPage.cell(HtmlPage.Kind.ENGLISH, f.source(), span(f.sourceSpan()), null),
                HtmlPage.cell(HtmlPage.Kind.ARABIC, f.target(), span(f.span()), null),
                HtmlPage.cell(HtmlPage.Kind.MESSAGE, f.message(), null, null)), f.unit());
    }

    @Override
    String summaryHtml(ReportSummary summary) {
        StringBuilder sb = new StringBuilder();
        sb.append("<h2>Summary</h2>\n<p>").append(HtmlPage.escape(summary.line())).append("</p>\n<ul>\n");
        for (Map.Entry<String, Object> e : summary.toMap().entrySet()) {
            sb.append("<li><code>").append(HtmlPage.escape(e.getKey())).append("</code>: <bdi>")
                    .append(HtmlPage.escape(String.valueOf(e.getValue()))).append("</bdi></li>\n");
        }
        sb.append("</ul>");
        return sb.toString();
    }
}
