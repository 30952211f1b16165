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
import org.tarjama.model.Span;

/**
 * The renderers of every report (text, JSON, HTML, and HTML in several files), for {@code check}'s
 * findings, {@code names}' names and {@code align --report}'s left-out beads alike: {@link #add} each
 * {@link Finding} (or {@link FindingGroup}), then {@link #finish} with the summary. What goes where is
 * the command's {@link ReportLayout}. Streams, so that a check of a million units never holds its
 * findings in memory. The stream is flushed, not closed.
 */
public abstract class ReportWriter {
    /** Marks around an offending span in text output. */
    public static final String MARK_OPEN = "[[";
    public static final String MARK_CLOSE = "]]";

    final ReportLayout layout;

    ReportWriter(ReportLayout layout) {
        this.layout = layout;
    }

    /** A writer of {@code check}'s findings in {@code format} on {@code out}; {@code title} heads the HTML page. */
    public static ReportWriter create(ReportFormat format, OutputStream out, String title) {
        return create(format, ReportLayout.CHECK, out, title);
    }

    /** A writer of {@code format} and {@code layout} on {@code out}; {@code title} is the HTML page's. */
    public static ReportWriter create(ReportFormat format, ReportLayout layout, OutputStream out, String title) {
        return switch (format) {
            case TEXT -> new Text(layout, out);
            case JSON -> new Json(layout, out);
            case HTML -> new Html(layout, out, title);
        };
    }

    /** Renders one finding. */
    public abstract void add(Finding f);

    /** Renders one group of findings (for a layout of groups). */
    public abstract void add(FindingGroup g);

    /** Ends the report; {@code summary} is what the layout shows of it (check: the counts). */
    public abstract void finish(ReportSummary summary);

    /** {@code text} with {@code span} wrapped in {@code open}/{@code close}; the text unchanged when span is null. */
    public static String mark(String text, Span span, String open, String close) {
        if (span == null || span.end() > text.length()) {
            return text;
        }
        return text.substring(0, span.start()) + open + text.substring(span.start(), span.end()) + close
                + text.substring(span.end());
    }

    // ------------------------------------------------------------------ text

    private static final class Text extends ReportWriter {
        private final PrintWriter w;

        Text(ReportLayout layout, OutputStream out) {
            super(layout);
            w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
            layout.textHead(w);
        }

        @Override
        public void add(Finding f) {
            layout.text(f, w);
        }

        @Override
        public void add(FindingGroup g) {
            layout.text(g, w);
        }

        @Override
        public void finish(ReportSummary summary) {
            w.flush();
        }
    }

    // ------------------------------------------------------------------ JSON

    private static final class Json extends ReportWriter {
        private final JsonGenerator g;

        Json(ReportLayout layout, OutputStream out) {
            super(layout);
            try {
                JsonFactory jf = new ObjectMapper().getFactory();
                g = jf.createGenerator(out, JsonEncoding.UTF8);
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.setPrettyPrinter(new DefaultPrettyPrinter());
                g.writeStartObject();
                layout.jsonHead(g);
                g.writeArrayFieldStart(layout.jsonArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void add(Finding f) {
            try {
                layout.json(f, g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void add(FindingGroup group) {
            try {
                layout.json(group, g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish(ReportSummary summary) {
            try {
                g.writeEndArray();
                layout.jsonTail(g, summary);
                g.writeEndObject();
                g.writeRaw(layout.jsonEnd());
                g.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ------------------------------------------------------------------ HTML

    private static final class Html extends ReportWriter {
        private final HtmlPage page;

        Html(ReportLayout layout, OutputStream out, String title) {
            super(layout);
            PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
            page = new HtmlPage(w, layout.htmlTitle(title), layout.htmlHeading(title), layout.columns());
        }

        @Override
        public void add(Finding f) {
            layout.rows(f, (css, cells, unit) -> page.row(css, cells));
        }

        @Override
        public void add(FindingGroup g) {
            layout.rows(g, (css, cells, unit) -> page.row(css, cells));
        }

        @Override
        public void finish(ReportSummary summary) {
            page.finish(layout.summaryHtml(summary));
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
     * An HTML report of {@code check}'s findings in files of at most {@code rowsPerFile} rows:
     * {@link #htmlParts(ReportLayout, Parts, String, int)} with {@link ReportLayout#CHECK}.
     */
    public static SplitHtml htmlParts(Parts parts, String title, int rowsPerFile) {
        return htmlParts(ReportLayout.CHECK, parts, title, rowsPerFile);
    }

    /**
     * An HTML report of at most {@code rowsPerFile} rows per file ({@link HtmlParts}): a check of 200,000
     * units with a finding each is ten files that a browser opens one at a time instead of one page whose
     * DOM holds every row. While the rows fit in one file the report is the usual single page. Beyond,
     * each part links to its neighbours and to an index (the report's own name) that has the summary and
     * a line per part (its rows and its first and last unit).
     */
    public static SplitHtml htmlParts(ReportLayout layout, Parts parts, String title, int rowsPerFile) {
        if (rowsPerFile < 1) {
            throw new IllegalArgumentException("rowsPerFile must be at least 1, not " + rowsPerFile);
        }
        return new SplitHtml(layout, parts, title, rowsPerFile);
    }

    /** See {@link #htmlParts(ReportLayout, Parts, String, int)}. */
    public static final class SplitHtml extends ReportWriter {
        private final HtmlParts parts;

        private SplitHtml(ReportLayout layout, Parts files, String title, int rowsPerFile) {
            super(layout);
            parts = new HtmlParts(files, layout.htmlTitle(title), layout.htmlHeading(title), layout.columns(),
                    rowsPerFile);
        }

        @Override
        public void add(Finding f) {
            layout.rows(f, parts::row);
        }

        @Override
        public void add(FindingGroup g) {
            layout.rows(g, parts::row);
        }

        @Override
        public void finish(ReportSummary summary) {
            parts.finish(layout.summaryHtml(summary));
        }

        /** The files written: 1 for a single page, else the number of parts (plus the index). */
        public int parts() {
            return parts.parts();
        }
    }
}
