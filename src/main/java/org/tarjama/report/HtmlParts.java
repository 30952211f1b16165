package org.tarjama.report;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An HTML report of at most {@code rowsPerFile} rows per file, for any table of {@link HtmlPage}
 * ({@code check}'s findings, {@code names}' renderings): while the rows fit in one file the report is
 * the usual single page; beyond, each part links to its neighbours and to an index (the report's own
 * name, {@link ReportWriter.Parts#href href(0)}) that has the summary and a line per part (its rows and
 * its first and last unit). Streams; not thread-safe.
 */
public final class HtmlParts {
    private final ReportWriter.Parts files;
    private final String title;
    private final String heading;
    private final List<HtmlPage.Column> columns;
    private final int rowsPerFile;
    private HtmlPage page;
    private int part;
    /** Per finished or current part: rows, first unit, last unit. */
    private final List<long[]> ranges = new ArrayList<>();

    /**
     * @param title   the page title (each later part adds " (part k)")
     * @param heading the page heading (likewise)
     */
    public HtmlParts(ReportWriter.Parts files, String title, String heading, List<HtmlPage.Column> columns,
                     int rowsPerFile) {
        if (rowsPerFile < 1) {
            throw new IllegalArgumentException("rowsPerFile must be at least 1, not " + rowsPerFile);
        }
        this.files = files;
        this.title = title;
        this.heading = heading;
        this.columns = List.copyOf(columns);
        this.rowsPerFile = rowsPerFile;
        open();
    }

    private void open() {
        part++;
        PrintWriter w = new PrintWriter(new OutputStreamWriter(files.open(part), StandardCharsets.UTF_8), false);
        String suffix = part == 1 ? "" : " (part " + part + ")";
        page = new HtmlPage(w, title + suffix, heading + suffix, columns);
        ranges.add(new long[] {0, -1, -1});
    }

    /** One row ({@link HtmlPage#row}) about {@code unit} (the index shows each part's first and last). */
    public void row(String cssClass, List<String> cells, long unit) {
        if (page.rows() == rowsPerFile) {
            page.finish(HtmlPage.partsNav(part, part > 1 ? files.href(part - 1) : null, files.href(part + 1),
                    files.href(0)));
            open();
        }
        long[] r = ranges.get(part - 1);
        r[0]++;
        if (r[1] < 0) {
            r[1] = unit;
        }
        r[2] = unit;
        page.row(cssClass, cells);
    }

    /** Ends the report; {@code summaryHtml} goes under the single page, or into the index. */
    public void finish(String summaryHtml) {
        if (part == 1) {
            page.finish(summaryHtml);
            return;
        }
        page.finish(HtmlPage.partsNav(part, files.href(part - 1), null, files.href(0)));
        PrintWriter iw = new PrintWriter(new OutputStreamWriter(files.open(0), StandardCharsets.UTF_8), false);
        HtmlPage index = new HtmlPage(iw, title, heading, List.of(
                new HtmlPage.Column("Part", HtmlPage.Kind.NUMBER, false),
                new HtmlPage.Column("Findings", HtmlPage.Kind.NUMBER, false),
                new HtmlPage.Column("First unit", HtmlPage.Kind.NUMBER, false),
                new HtmlPage.Column("Last unit", HtmlPage.Kind.NUMBER, false)));
        for (int k = 1; k <= ranges.size(); k++) {
            long[] r = ranges.get(k - 1);
            index.row("", List.of(
                    "<td data-sort=\"" + k + "\"><a href=\"" + HtmlPage.escape(files.href(k)) + "\">part " + k + "</a></td>",
                    HtmlPage.cell(HtmlPage.Kind.NUMBER, String.valueOf(r[0]), null, null),
                    HtmlPage.cell(HtmlPage.Kind.NUMBER, String.valueOf(r[1]), null, null),
                    HtmlPage.cell(HtmlPage.Kind.NUMBER, String.valueOf(r[2]), null, null)));
        }
        index.finish("<p>The findings are in " + ranges.size() + " files of at most " + rowsPerFile
                + " rows each; the filter and the sort of a part work inside that part.</p>\n" + summaryHtml);
    }

    /** The files written: 1 for a single page, else the number of parts (plus the index). */
    public int parts() {
        return part;
    }
}
