package org.tarjama.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.tarjama.model.Severity;

/** Counts of a report: units checked, findings by severity and by code. Not thread-safe. */
public final class ReportSummary {
    private long units;
    private final long[] bySeverity = new long[Severity.values().length];
    private final Map<String, Long> byCode = new TreeMap<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();

    public void countUnit() {
        units++;
    }

    public void countUnits(long n) {
        units += n;
    }

    public void count(Finding f) {
        bySeverity[f.severity().ordinal()]++;
        byCode.merge(f.code(), 1L, Long::sum);
    }

    /** Adds a named value to the summary (e.g. the glossary file and its size). */
    public void put(String key, Object value) {
        extra.put(key, value);
    }

    public long units() {
        return units;
    }

    public long findings() {
        long n = 0;
        for (long c : bySeverity) {
            n += c;
        }
        return n;
    }

    public long count(Severity s) {
        return bySeverity[s.ordinal()];
    }

    /** True when a finding at or above {@code level} was counted. */
    public boolean hasAtLeast(Severity level) {
        for (Severity s : Severity.values()) {
            if (s.atLeast(level) && bySeverity[s.ordinal()] > 0) {
                return true;
            }
        }
        return false;
    }

    /** The summary as ordered JSON-ready values. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>(extra);
        m.put("units", units);
        m.put("findings", findings());
        m.put("errors", count(Severity.ERROR));
        m.put("warnings", count(Severity.WARNING));
        m.put("info", count(Severity.INFO));
        m.put("by_code", new LinkedHashMap<>(byCode));
        return m;
    }

    /** One line: "1000 units, 3 findings (2 errors, 1 warning, 0 info)". */
    public String line() {
        return units + " units, " + findings() + " findings (" + count(Severity.ERROR) + " errors, "
                + count(Severity.WARNING) + " warnings, " + count(Severity.INFO) + " info)";
    }
}
