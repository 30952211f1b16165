package org.tarjama.model;

import java.util.Locale;

/** Severity of a finding, lowest first, so that {@code compareTo} orders them. */
public enum Severity {
    INFO, WARNING, ERROR;

    /** Lower-case name used in JSON and text output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
