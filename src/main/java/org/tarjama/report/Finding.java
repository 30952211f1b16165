package org.tarjama.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.tarjama.model.Diagnostic;
import org.tarjama.model.Severity;
import org.tarjama.model.Span;

/**
 * One finding about a translation unit, ready to render as text, JSON or HTML by {@link ReportWriter}.
 * Any checking command can produce these.
 *
 * @param unit       1-based unit number in the input, 0 when not about a unit
 * @param tuid       the unit's id, "" when none
 * @param code       stable upper-case code (GLOSSARY_TERM_MISSING …)
 * @param severity   severity
 * @param message    human message
 * @param fields     further named values, in output order (e.g. "term", "found"); values are strings,
 *                   numbers, booleans, lists or null
 * @param source     the source-language text of the unit (English), "" when not relevant
 * @param sourceSpan the offending range in {@code source}, or null
 * @param target     the target-language text of the unit (Arabic), "" when not relevant
 * @param span       the offending range in {@code target}, or null
 */
public record Finding(int unit, String tuid, String code, Severity severity, String message,
                      Map<String, Object> fields, String source, Span sourceSpan, String target, Span span) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        tuid = tuid == null ? "" : tuid;
        message = message == null ? "" : message;
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        source = source == null ? "" : source;
        target = target == null ? "" : target;
    }

    /** A finding from a {@link Diagnostic} (its unit, tuid and span; the span is taken to be in the target). */
    public static Finding of(Diagnostic d, String source, String target) {
        return new Finding(d.location().unit(), d.location().tuid(), d.code(), d.severity(), d.message(), Map.of(),
                source, null, target, d.span());
    }
}
