package org.tarjama.model;

import java.util.Objects;

/**
 * A finding reported as a value: a stable upper-case code (e.g. {@code GLOSSARY_TERM_MISSING}), a
 * severity, where it is, an optional character span in the relevant text, and a human message.
 *
 * @param span may be null when the finding has no span
 */
public record Diagnostic(String code, Severity severity, SourceLocation location, Span span, String message) {
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        String where = location.toString();
        return (where.isEmpty() ? "" : where + ": ") + severity.label() + " " + code + ": " + message;
    }
}
