package org.tarjama.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * How the findings of one command are laid out by the renderers of {@link ReportWriter}: the text
 * lines, the JSON document and the HTML table. Each command's layout keeps its output as it has always
 * been ({@code ReportGoldenTest}); the renderers (one each for text, JSON, HTML and the split HTML) are
 * shared. {@link #CHECK} lays out a stream of {@link Finding}s; {@link NamesLayout} and
 * {@link AlignLayout} lay out {@link FindingGroup}s.
 */
public abstract class ReportLayout {
    /** {@code check}: one line, object or row per finding, the summary last. */
    public static final ReportLayout CHECK = new CheckLayout();

    /**
     * {@code names}: a name per group, a finding per rendering ({@link NamesLayout}); the counts of
     * {@code names} by status, the {@code units} read and the {@code glossary} (or "") head the text and
     * the page.
     */
    public static ReportLayout names(List<FindingGroup> names, long units, String glossary) {
        return new NamesLayout(names, units, glossary);
    }

    /**
     * {@code align --report}: a document pair per group, a finding per bead left out of the output
     * ({@link AlignLayout}), below {@code minScore} or unaligned.
     */
    public static ReportLayout align(double minScore) {
        return new AlignLayout(minScore);
    }

    /** Where the rows of an HTML table go: a row's class, its cells and the unit it shows (0: none). */
    public interface Rows {
        void row(String cssClass, List<String> cells, long unit);
    }

    // ------------------------------------------------------------------ text

    /** Lines before the findings. */
    void textHead(PrintWriter w) {
    }

    void text(Finding f, PrintWriter w) {
        throw unsupported("a finding");
    }

    void text(FindingGroup g, PrintWriter w) {
        throw unsupported("a group of findings");
    }

    // ------------------------------------------------------------------ JSON

    /** Fields of the root object before the array of findings. */
    void jsonHead(JsonGenerator g) throws IOException {
    }

    /** The name of the root object's array of findings (or groups). */
    abstract String jsonArray();

    void json(Finding f, JsonGenerator g) throws IOException {
        throw unsupported("a finding");
    }

    void json(FindingGroup f, JsonGenerator g) throws IOException {
        throw unsupported("a group of findings");
    }

    /** Fields of the root object after the array. */
    void jsonTail(JsonGenerator g, ReportSummary summary) throws IOException {
    }

    /** What ends the JSON document. */
    String jsonEnd() {
        return "\n";
    }

    // ------------------------------------------------------------------ HTML

    /** The page title; {@code title} is the one the command gave. */
    String htmlTitle(String title) {
        return title;
    }

    /** The page heading. */
    String htmlHeading(String title) {
        return title;
    }

    abstract List<HtmlPage.Column> columns();

    void rows(Finding f, Rows rows) {
        throw unsupported("a finding");
    }

    void rows(FindingGroup g, Rows rows) {
        throw unsupported("a group of findings");
    }

    /** HTML under the table (or in the index of a split report). */
    String summaryHtml(ReportSummary summary) {
        return "";
    }

    private UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException(getClass().getSimpleName() + " does not lay out " + what);
    }
}
