package org.tarjama.report;

import java.util.Locale;

/** How a report is rendered. */
public enum ReportFormat {
    /** One line per finding, the offending spans marked with {@code [[ ]]}. */
    TEXT,
    /** {@code {"findings": [...], "summary": {...}}}. */
    JSON,
    /** A self-contained review page, right-to-left aware. */
    HTML;

    /** Parses "text", "json", "html". */
    public static ReportFormat parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
