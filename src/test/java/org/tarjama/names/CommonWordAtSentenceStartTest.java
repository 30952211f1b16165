package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name that is also a common word of the memory (the site Medium, and "medium concentrations"), at the start of a
 * sentence with nothing in the Arabic that renders it as the name, is the common word there: no unrendered
 * occurrence (held-out precision of issue 12's unrendered names). The units are from NTREX-128 (newstest2019
 * English and its Arabic reference, CC BY-SA 4.0, Federmann et al. 2022), ntrex_dev units outside the dev memory,
 * the second shortened.
 */
class CommonWordAtSentenceStartTest {
    private static final String MEDIUM_EN = "In a post on Medium published on Saturday, Berners-Lee wrote that Inrupt's"
            + " \"mission is to provide commercial energy and an ecosystem to help protect the integrity and quality of"
            + " the new web built on Solid.\"";
    private static final String MEDIUM_AR = "في منشور على موقع \"ميديام\" نُشر يوم السبت، كتب بيرنرز لي أن \"مهمةInruptهي"
            + " توفير القوة التجارية ونظام شبكي للمساعدة في حماية مصداقيةشبكة الويب الجديدة المبنية علىSolid وجودتها.";

    @Test
    void aCommonWordOpeningASentenceWithoutTheNamesRenderingIsNoUnrenderedName() {
        NameReport r = NameReports.checkTwoPasses(MEDIUM_EN, MEDIUM_AR,
                "Medium concentrations in or offshore of Pinellas County have been reported in the past week, low to"
                        + " high concentrations offshore of Hillsborough County and medium concentrations in Lee County.",
                "تم الإبلاغ عن تركيزات متوسطة في أو خارج مقاطعة بينيلاس في الأسبوع الماضي، من تركيزات منخفضة إلى عالية في"
                        + " الخارج من مقاطعة هيلزبورو، والتركيزات المتوسطة في مقاطعة لي.");
        NameReport.Name n = NameReports.name(r, "Medium");
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar).containsExactly("ميديام");
        assertThat(n.unrenderedCount()).isZero();
    }

    @Test
    void aNameThatIsNoCommonWordOfTheMemoryIsStillUnrenderedAtASentenceStart() {
        NameReport r = NameReports.checkTwoPasses(MEDIUM_EN, MEDIUM_AR,
                "Medium reported on the plan in the past week.", "أفادت تقارير عن الخطة في الأسبوع الماضي.");
        assertThat(NameReports.name(r, "Medium").unrenderedUnits()).containsExactly(2L);
    }
}
