package org.tarjama.names;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjama.model.Severity;
import org.tarjama.report.Finding;
import org.tarjama.report.FindingGroup;
import org.tarjama.report.NamesLayout;
import org.tarjama.report.ReportFormat;
import org.tarjama.report.ReportLayout;
import org.tarjama.report.ReportSummary;
import org.tarjama.report.ReportWriter;

/**
 * A {@link NameReport} as the reports' findings model: a {@link FindingGroup} per name and a
 * {@link Finding} per way it is rendered ({@link NamesLayout} says which fields), rendered as text, JSON
 * or HTML by {@link ReportWriter}. Holds no rendering of its own.
 */
public final class NameFindings {
    private NameFindings() {
    }

    /** The report's names, in report order, as groups of findings. */
    public static List<FindingGroup> of(NameReport report) {
        List<FindingGroup> groups = new ArrayList<>(report.names().size());
        for (NameReport.Name n : report.names()) {
            groups.add(group(n));
        }
        return groups;
    }

    /** The layout of {@code names} for {@code groups} ({@link #of} of {@code report}). */
    public static ReportLayout layout(NameReport report, List<FindingGroup> groups) {
        return ReportLayout.names(groups, report.units(), report.glossary());
    }

    /** Writes {@code report} in {@code format} on {@code out} (flushed, not closed). */
    public static void write(NameReport report, ReportFormat format, OutputStream out) {
        List<FindingGroup> groups = of(report);
        ReportWriter w = ReportWriter.create(format, layout(report, groups), out, "");
        groups.forEach(w::add);
        w.finish(new ReportSummary());
    }

    /**
     * The HTML page in files of at most {@code rowsPerFile} rows (one page while the rows fit, else parts
     * and an index); returns the number of files written (1, or the parts).
     */
    public static int writeHtml(NameReport report, ReportWriter.Parts files, int rowsPerFile) {
        List<FindingGroup> groups = of(report);
        ReportWriter.SplitHtml w = ReportWriter.htmlParts(layout(report, groups), files, "", rowsPerFile);
        groups.forEach(w::add);
        w.finish(new ReportSummary());
        return w.parts();
    }

    private static FindingGroup group(NameReport.Name n) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(NamesLayout.ID, n.isFinding() ? n.id() : null);
        fields.put(NamesLayout.APPROVED, n.approved());
        Severity severity = switch (n.status()) {
            case INCONSISTENT -> Severity.ERROR; // fails the run (exit 1)
            case SPELLING -> Severity.WARNING;
            case UNRENDERED, CONSISTENT -> Severity.INFO;
        };
        List<Finding> findings = new ArrayList<>();
        for (NameReport.Rendering r : n.renderings()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("ar", r.ar());
            f.put("count", r.count());
            f.put("units", r.units());
            f.put("partial", r.partial());
            f.put("uncertain", r.uncertain());
            f.put("approved", r.approved());
            findings.add(finding(NamesLayout.RENDERING, severity, f, r.example()));
        }
        for (NameReport.Rendering r : n.derived()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("ar", r.ar());
            f.put("count", r.count());
            f.put("units", r.units());
            findings.add(finding(NamesLayout.DERIVED, severity, f, r.example()));
        }
        if (n.unrenderedCount() > 0) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("count", n.unrenderedCount());
            f.put("units", n.unrenderedUnits());
            findings.add(finding(n.neverFound() ? NamesLayout.UNMATCHED
                    : n.unrecognised() ? NamesLayout.UNRECOGNISED : NamesLayout.UNRENDERED, severity, f,
                    n.unrenderedExample()));
        }
        return new FindingGroup(n.en(), n.status().label(), fields, findings);
    }

    private static Finding finding(String code, Severity severity, Map<String, Object> fields, NameReport.Example e) {
        if (e == null) {
            return new Finding(0, "", code, severity, "", fields, "", null, "", null);
        }
        int unit = (int) Math.min(Integer.MAX_VALUE, e.unit());
        return new Finding(unit, "", code, severity, "", fields, e.en(), null, e.ar(), null);
    }
}
