package org.tarjama.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.tarjama.model.Span;

/**
 * Streams findings to text, JSON or HTML, so that a check of a million units never holds its findings
 * in memory: {@link #add} each finding, then {@link #finish} with the summary. The stream is flushed,
 * not closed.
 */
public abstract class ReportWriter {
    /** Marks around an offending span in text output. */
    public static final String MARK_OPEN = "[[";
    public static final String MARK_CLOSE = "]]";

    /** A writer of {@code format} on {@code out}; {@code title} heads the HTML page. */
    public static ReportWriter create(ReportFormat format, OutputStream out, String title) {
        return switch (format) {
            case TEXT -> new Text(out);
            case JSON -> new Json(out);
            case HTML -> new Html(out, title);
        };
    }

    public abstract void add(Finding f);

    public abstract void finish(ReportSummary summary);

    /** {@code text} with {@code span} wrapped in {@code open}/{@code close}; the text unchanged when span is null. */
    public static String mark(String text, Span span, String open, String close) {
        if (span == null || span.end() > text.length()) {
            return text;
        }
        return text.substring(0, span.start()) + open + text.substring(span.start(), span.end()) + close
                + text.substring(span.end());
    }

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

    private static final class Text extends ReportWriter {
        private final PrintWriter w;

        Text(OutputStream out) {
            w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        }

        @Override
        public void add(Finding f) {
            StringBuilder sb = new StringBuilder();
            String where = where(f);
            if (!where.isEmpty()) {
                sb.append(where).append(": ");
            }
            sb.append(f.severity().label()).append(' ').append(f.code()).append(": ").append(f.message());
            if (!f.source().isEmpty()) {
                sb.append(" | en: ").append(oneLine(mark(f.source(), f.sourceSpan(), MARK_OPEN, MARK_CLOSE)));
            }
            if (!f.target().isEmpty() || f.unit() > 0) {
                sb.append(" | ar: ").append(oneLine(mark(f.target(), f.span(), MARK_OPEN, MARK_CLOSE)));
            }
            w.println(sb);
        }

        private static String oneLine(String s) {
            return s.replaceAll("[\\r\\n]+", " ");
        }

        @Override
        public void finish(ReportSummary summary) {
            w.flush();
        }
    }

    // ------------------------------------------------------------------ JSON

    private static final class Json extends ReportWriter {
        private final JsonGenerator g;

        Json(OutputStream out) {
            try {
                JsonFactory jf = new ObjectMapper().getFactory();
                g = jf.createGenerator(out, JsonEncoding.UTF8);
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.setPrettyPrinter(new DefaultPrettyPrinter());
                g.writeStartObject();
                g.writeArrayFieldStart("findings");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void add(Finding f) {
            try {
                g.writeStartObject();
                g.writeNumberField("unit", f.unit());
                g.writeStringField("tuid", f.tuid());
                g.writeStringField("code", f.code());
                g.writeStringField("severity", f.severity().label());
                for (Map.Entry<String, Object> e : f.fields().entrySet()) {
                    g.writeFieldName(e.getKey());
                    g.writeObject(e.getValue());
                }
                span("span", f.span());
                span("source_span", f.sourceSpan());
                g.writeStringField("message", f.message());
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void span(String name, Span s) throws IOException {
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
        public void finish(ReportSummary summary) {
            try {
                g.writeEndArray();
                g.writeFieldName("summary");
                g.writeObject(summary.toMap());
                g.writeEndObject();
                g.writeRaw('\n');
                g.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

    }

    // ------------------------------------------------------------------ HTML

    private static final class Html extends ReportWriter {
        private final PrintWriter w;
        private int rows;

        Html(OutputStream out, String title) {
            w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
            w.println("<!DOCTYPE html>");
            w.println("<html lang=\"en\" dir=\"ltr\">");
            w.println("<head>");
            w.println("<meta charset=\"utf-8\">");
            w.println("<title>" + esc(title) + "</title>");
            w.println("<style>");
            w.println("body{font-family:system-ui,sans-serif;margin:1.5em}");
            w.println("table{border-collapse:collapse;width:100%}");
            w.println("th,td{border:1px solid #ccc;padding:.35em .5em;vertical-align:top}");
            w.println("th{background:#f3f3f3;text-align:start}");
            w.println("td.ar{font-family:'Noto Naskh Arabic','Amiri','Traditional Arabic',serif;font-size:1.15em;"
                    + "text-align:right;unicode-bidi:plaintext}");
            w.println("mark{background:#ffd54f;padding:0 .1em}");
            w.println("tr.error td.sev{color:#b71c1c;font-weight:bold}");
            w.println("tr.warning td.sev{color:#e65100;font-weight:bold}");
            w.println("tr.info td.sev{color:#1565c0}");
            w.println("</style>");
            w.println("</head>");
            w.println("<body>");
            w.println("<h1>" + esc(title) + "</h1>");
            w.println("<table>");
            w.println("<thead><tr><th>Unit</th><th>Severity</th><th>Code</th><th>Term</th><th>English</th>"
                    + "<th>Arabic</th><th>Message</th></tr></thead>");
            w.println("<tbody>");
        }

        static String esc(String s) {
            return StringEscapeUtils.escapeHtml4(s);
        }

        /** The text escaped, with the span (if any) in {@code <mark>}. */
        static String marked(String text, Span span) {
            if (span == null || span.end() > text.length()) {
                return esc(text);
            }
            return esc(text.substring(0, span.start())) + "<mark>" + esc(text.substring(span.start(), span.end()))
                    + "</mark>" + esc(text.substring(span.end()));
        }

        @Override
        public void add(Finding f) {
            rows++;
            Object term = f.fields().get("term");
            w.println("<tr class=\"" + f.severity().label() + "\">"
                    + "<td>" + esc(where(f)) + "</td>"
                    + "<td class=\"sev\">" + f.severity().label() + "</td>"
                    + "<td><code>" + esc(f.code()) + "</code></td>"
                    + "<td>" + (term == null ? "" : "<bdi>" + esc(term.toString()) + "</bdi>") + "</td>"
                    + "<td dir=\"ltr\" lang=\"en\">" + marked(f.source(), f.sourceSpan()) + "</td>"
                    + "<td class=\"ar\" dir=\"rtl\" lang=\"ar\">" + marked(f.target(), f.span()) + "</td>"
                    // messages quote Arabic inside English: isolate them so the order of words stays right
                    + "<td dir=\"ltr\"><bdi>" + esc(f.message()) + "</bdi></td></tr>");
        }

        @Override
        public void finish(ReportSummary summary) {
            w.println("</tbody>");
            w.println("</table>");
            if (rows == 0) {
                w.println("<p>No findings.</p>");
            }
            w.println("<h2>Summary</h2>");
            w.println("<p>" + esc(summary.line()) + "</p>");
            w.println("<ul>");
            for (Map.Entry<String, Object> e : summary.toMap().entrySet()) {
                w.println("<li><code>" + esc(e.getKey()) + "</code>: <bdi>" + esc(String.valueOf(e.getValue()))
                        + "</bdi></li>");
            }
            w.println("</ul>");
            w.println("</body>");
            w.println("</html>");
            w.flush();
        }
    }
}
