package org.tarjama.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The findings about one subject, for a report that groups them: a name of {@code names} and the
 * units where it is rendered each way, a document pair of {@code align --report} and the beads left
 * out of its output. The findings are {@link Finding}s like those of {@code check}; the group adds
 * what is said of the subject as a whole. Rendered by {@link ReportWriter} with a {@link ReportLayout}.
 *
 * @param subject  what the findings are about (the English name; the document pair)
 * @param status   its classification, lower case (names: inconsistent, spelling, unrendered,
 *                 consistent); the HTML rows take it as their class; "" when none
 * @param fields   further named values of the subject, in output order; values are strings, numbers,
 *                 booleans, lists or null
 * @param findings its findings, in report order
 */
public record FindingGroup(String subject, String status, Map<String, Object> fields, List<Finding> findings) {
    public FindingGroup {
        Objects.requireNonNull(subject, "subject");
        status = status == null ? "" : status;
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        findings = List.copyOf(findings);
    }
}
