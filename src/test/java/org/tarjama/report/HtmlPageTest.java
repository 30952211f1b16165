package org.tarjama.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarjama.model.Severity;
import org.tarjama.model.Span;

class HtmlPageTest {
    @Test
    void arabicQuotedInAnEnglishMessageIsIsolatedSoAMessageStartingWithArabicKeepsItsOrder() {
        assertThat(HtmlPage.message("«جون رام» is in the Arabic (Jon Rahm)"))
                .isEqualTo("«<bdi dir=\"rtl\" lang=\"ar\">جون رام</bdi>» is in the Arabic (Jon Rahm)");
        assertThat(HtmlPage.message("جون رام is <b>")).isEqualTo("<bdi dir=\"rtl\" lang=\"ar\">جون رام</bdi> is &lt;b&gt;");
        assertThat(HtmlPage.message("no Arabic")).isEqualTo("no Arabic");
    }

    @Test
    void everyPieceOfUserTextHasItsDirection() {
        String page = render(1, "«أشكلون» is forbidden");
        assertThat(page).contains("<td dir=\"ltr\" lang=\"en\">hit <mark>Ashkelon</mark>.</td>",
                "<td class=\"ar\" dir=\"rtl\" lang=\"ar\">أصاب <mark>أشكلون</mark>.</td>", "<td><bdi>Ashkelon</bdi></td>",
                "<td dir=\"ltr\">«<bdi dir=\"rtl\" lang=\"ar\">أشكلون</bdi>» is forbidden</td>");
    }

    @Test
    void thePageFiltersSortsAndPagesWithAnInlineScript() {
        String page = render(1, "m");
        assertThat(page).contains("<input type=\"search\" id=\"q\" dir=\"auto\"", "<select data-col=\"1\">",
                "<select data-col=\"2\">", "<th data-num>Unit</th>", "<script>", "aria-sort").doesNotContain("<script src");
    }

    @Test
    void aLargeReportIsWrittenInHiddenPagesSoTheBrowserLaysOutOnePage() {
        int n = HtmlPage.PAGE * 3 + 7;
        String page = render(n, "m");
        assertThat(page.split("<tbody hidden>", -1)).hasSize(4);
        String first = page.substring(page.indexOf("<tbody>"), page.indexOf("<tbody hidden>"));
        assertThat(first.split("<tr class=", -1)).hasSize(HtmlPage.PAGE + 1);
        assertThat(page.split("<tr class=", -1)).hasSize(n + 1);
    }

    private static String render(int rows, String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter w = ReportWriter.create(ReportFormat.HTML, out, "Review");
        ReportSummary s = new ReportSummary();
        for (int i = 1; i <= rows; i++) {
            Finding f = new Finding(i, "", "GLOSSARY_FORBIDDEN_VARIANT", Severity.ERROR, message, Map.of("term", "Ashkelon"),
                    "hit Ashkelon.", new Span(4, 12), "أصاب أشكلون.", new Span(5, 11));
            w.add(f);
            s.count(f);
        }
        w.finish(s);
        return out.toString(StandardCharsets.UTF_8);
    }
}
