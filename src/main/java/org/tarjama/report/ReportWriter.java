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
import java.util.List;
import java.util.Map;
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
        private static final List<HtmlPage.Column> COLUMNS = List.of(
                new HtmlPage.Column("Unit", HtmlPage.Kind.NUMBER, false),
                new HtmlPage.Column("Severity", HtmlPage.Kind.PLAIN, true),
                new HtmlPage.Column("Code", HtmlPage.Kind.PLAIN, true),
                new HtmlPage.Column("Term", HtmlPage.Kind.AUTO, false),
                new HtmlPage.Column("English", HtmlPage.Kind.ENGLISH, false),
                new HtmlPage.Column("Arabic", HtmlPage.Kind.ARABIC, false),
                new HtmlPage.Column("Message", HtmlPage.Kind.MESSAGE, false));
        private final PrintWriter w;
        private final HtmlPage page;

        Html(OutputStream out, String title) {
            w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
            page = new HtmlPage(w, title, title, COLUMNS);
        }

        private static int[] span(Span s) {
            return s == null ? null : new int[] {s.start(), s.end()};
        }

        @Override
        public void add(Finding f) {
            page.row(f.severity().label(), cells(f));
        }

        static List<String> cells(Finding f) {
            Object term = f.fields().get("term");
            return List.of(
                    "<td data-sort=\"" + f.unit() + "\">" + HtmlPage.escape(where(f)) + "</td>",
                    HtmlPage.cell(HtmlPage.Kind.PLAIN, f.severity().label(), null, "sev"),
                    "<td><code>" + HtmlPage.escape(f.code()) + "</code></td>",
                    HtmlPage.cell(HtmlPage.Kind.AUTO, term == null ? "" : term.toString(), null, null),
                    HtmlPage.cell(HtmlPage.Kind.ENGLISH, f.source(), span(f.sourceSpan()), null),
                    HtmlPage.cell(HtmlPage.Kind.ARABIC, f.target(), span(f.span()), null),
                    HtmlPage.cell(HtmlPage.Kind.MESSAGE, f.message(), null, null));
        }

        @Override
        public void finish(ReportSummary summary) {
            page.finish(summaryHtml(summary));
        }

        static String summaryHtml(ReportSummary summary) {
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

    // ------------------------------------------------------------------ HTML in several files

    /**
     * Where the files of a report split into parts go; the caller opens them (atomically) and, once
     * {@link #finish} has run, makes them final: part 1 alone under the report's own name when
     * {@link SplitHtml#parts()} is 1, else every part and the index (0).
     */
    public interface Parts {
        /** Opens part {@code k} (1-based) for writing, or the index for {@code k == 0}. */
        OutputStream open(int k);

        /** The relative file name that links to part {@code k} (0: the index, the report's own name). */
        String href(int k);
    }

    /**
     * An HTML report of at most {@code rowsPerFile} findings per file: a check of 200,000 units with a
     * finding each is ten files that a browser opens one at a time instead of one page whose DOM holds
     * every row. While the findings fit in one file the report is the usual single page. Beyond, each
     * part links to its neighbours and to an index (the report's own name) that has the summary and a
     * line per part (its rows and its first and last unit).
     */
    public static SplitHtml htmlParts(Parts parts, String title, int rowsPerFile) {
        if (rowsPerFile < 1) {
            throw new IllegalArgumentException("rowsPerFile must be at least 1, not " + rowsPerFile);
        }
        return new SplitHtml(parts, title, rowsPerFile);
    }

    /** See {@link #htmlParts}: {@link HtmlParts} with check's columns. */
    public static final class SplitHtml extends ReportWriter {
        private final HtmlParts parts;

        private SplitHtml(Parts files, String title, int rowsPerFile) {
            parts = new HtmlParts(files, title, title, Html.COLUMNS, rowsPerFile);
        }

        @Override
        public void add(Finding f) {
            parts.row(f.severity().label(), Html.cells(f), f.unit());
        }

        @Override
        public void finish(ReportSummary summary) {
            parts.finish(Html.summaryHtml(summary));
        }

        /** The files written: 1 for a single page, else the number of parts (plus the index). */
        public int parts() {
            return parts.parts();
        }
    }
}
