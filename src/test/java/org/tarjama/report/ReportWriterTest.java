package org.tarjama.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarjama.model.Diagnostic;
import org.tarjama.model.Severity;
import org.tarjama.model.SourceLocation;
import org.tarjama.model.Span;

class ReportWriterTest {
    private static Finding finding() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("term", "Ashkelon");
        fields.put("found", "أشكلون");
        return new Finding(3, "tu-3", "GLOSSARY_FORBIDDEN_VARIANT", Severity.ERROR, "forbidden <variant> & more",
                fields, "hit Ashkelon.", new Span(4, 12), "أصاب أشكلون.", new Span(5, 11));
    }

    private static String render(ReportFormat f, Finding... fs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter w = ReportWriter.create(f, out, "Review <1>");
        ReportSummary s = new ReportSummary();
        for (Finding x : fs) {
            s.count(x);
            w.add(x);
        }
        s.countUnits(7);
        w.finish(s);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesFindingsAndSummaryAsJson() throws Exception {
        JsonNode root = new ObjectMapper().readTree(render(ReportFormat.JSON, finding()));
        JsonNode f = root.get("findings").get(0);
        assertThat(f.get("unit").asInt()).isEqualTo(3);
        assertThat(f.get("tuid").asText()).isEqualTo("tu-3");
        assertThat(f.get("severity").asText()).isEqualTo("error");
        assertThat(f.get("found").asText()).isEqualTo("أشكلون");
        assertThat(f.get("span").get(0).asInt()).isEqualTo(5);
        assertThat(f.get("source_span").get(1).asInt()).isEqualTo(12);
        assertThat(root.get("summary").get("units").asInt()).isEqualTo(7);
        assertThat(root.get("summary").get("by_code").get("GLOSSARY_FORBIDDEN_VARIANT").asInt()).isEqualTo(1);
    }

    @Test
    void writesAnEmptyFindingsArrayWhenClean() throws Exception {
        JsonNode root = new ObjectMapper().readTree(render(ReportFormat.JSON));
        assertThat(root.get("findings")).isEmpty();
        assertThat(root.get("summary").get("findings").asInt()).isZero();
    }

    @Test
    void marksSpansInText() {
        String line = render(ReportFormat.TEXT, finding()).strip();
        assertThat(line).isEqualTo("unit 3 (tuid tu-3): error GLOSSARY_FORBIDDEN_VARIANT: forbidden <variant> & more"
                + " | en: hit [[Ashkelon]]. | ar: أصاب [[أشكلون]].");
    }

    @Test
    void escapesHtmlAndMarksArabicRightToLeft() {
        String page = render(ReportFormat.HTML, finding());
        assertThat(page).contains("<td class=\"ar\" dir=\"rtl\" lang=\"ar\">أصاب <mark>أشكلون</mark>.</td>")
                .contains("forbidden &lt;variant&gt; &amp; more").contains("<title>Review &lt;1&gt;</title>")
                .doesNotContain("<variant>");
    }

    @Test
    void buildsAFindingFromADiagnostic() {
        Diagnostic d = new Diagnostic("X", Severity.WARNING, SourceLocation.ofUnit("f.tmx", 2, "a"), new Span(0, 1), "m");
        Finding f = Finding.of(d, "en", "ar");
        assertThat(f.unit()).isEqualTo(2);
        assertThat(f.tuid()).isEqualTo("a");
        assertThat(f.span()).isEqualTo(new Span(0, 1));
    }
}
