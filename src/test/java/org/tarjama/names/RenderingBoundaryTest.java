package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.glossary.GlossaryEntry;

/**
 * Where a rendering starts and ends (issue 12: the suggested glossary's wrong entries on a real news
 * memory): a hyphen the translator wrote is kept, a translation shorter than the name is a part of it, a
 * rendering does not run over a comma or into the next words of the sentence. The sentences are news
 * sentences of the kind that memory has, written for these tests.
 */
class RenderingBoundaryTest {
    private static List<String> suggested(NameReport r, String en) {
        return SuggestedGlossary.of(r).entries().stream().filter(e -> e.en().equals(en))
                .map(GlossaryEntry::preferred).toList();
    }

    @Test
    void aHyphenWrittenInTheArabicIsKeptAndSpacedOnlyItIsTheSameRendering() {
        NameReport r = NameReports.checkTwoPasses("Figures were not available for C-SPAN.", "لم تتوفر أرقام عن قناة سي-سبان.",
                "The hearing was shown live on C-SPAN.", "بثت قناة سي-سبان الجلسة مباشرة.",
                "C-SPAN also carried it.", "ونقلتها أيضا سي سبان.");
        NameReport.Name n = NameReports.name(r, "C-SPAN");
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar).containsExactly("سي-سبان");
        assertThat(n.status()).isEqualTo(NameReport.Status.CONSISTENT);
        assertThat(suggested(r, "C-SPAN")).containsExactly("سي-سبان");
    }

    @Test
    void aLearntTranslationWithFewerWordsThanTheNameIsPartialAndNotSuggested() {
        // المحكمة also stands for "the court" alone, so co-occurrence learns only العليا for Supreme Court
        NameReport r = NameReports.checkTwoPasses(
                "The Supreme Court ruled on Monday.", "قضت المحكمة العليا يوم الاثنين.",
                "The court adjourned until Friday.", "رفعت المحكمة الجلسة حتى الجمعة.",
                "He was nominated to the Supreme Court.", "رشح لعضوية المحكمة العليا.",
                "A court in Texas heard the case.", "نظرت محكمة في تكساس القضية.",
                "The Supreme Court will hear the appeal.", "ستنظر المحكمة العليا في الاستئناف.",
                "The court said no.", "قالت المحكمة لا.");
        NameReport.Name n = NameReports.name(r, "Supreme Court");
        assertThat(n.renderings()).isNotEmpty().allSatisfy(x -> {
            if (x.ar().equals("العليا")) {
                assertThat(x.partial()).as("العليا renders Supreme only").isTrue();
            }
        });
        assertThat(suggested(r, "Supreme Court")).doesNotContain("العليا");
    }

    @Test
    void aRenderingDoesNotRunOverACommaIntoTheSentence() {
        NameReport r = NameReports.checkTwoPasses("Three men were arrested, Avon and Somerset Police said.",
                "ذكرت شرطة أفون وسومرسيت، أنه ألقي القبض على ثلاثة رجال.");
        for (NameReport.Name n : r.names()) {
            assertThat(n.renderings()).extracting(NameReport.Rendering::ar)
                    .allSatisfy(a -> assertThat(a).doesNotContain("أنه"));
        }
    }

    @Test
    void aLastWordThatSoundsLikeNoWordOfTheNameIsNotPartOfIt() {
        // Bestwood Street is شارع بيست وود; وشارع ("and street") opens the next name
        NameReport r = NameReports.checkTwoPasses("The crash happened at the junction of Bestwood Street and Evelyn Street.",
                "ووقع التصادم بالقرب من تقاطع شارع بيست وود وشارع إيفلين.");
        assertThat(suggested(r, "Bestwood Street")).doesNotContain("بيست وود وشارع");
    }

    @Test
    void aFunctionWordThatSoundsLikeAWordOfTheNameIsKept() {
        // هو is also "he"; here it is the Ho of Ri Yong Ho
        NameReport r = NameReports.checkTwoPasses("Ri Yong Ho told the General Assembly on Saturday.",
                "قال ري يونغ هو الجمعية العامة يوم السبت.");
        assertThat(NameReports.name(r, "Ri Yong Ho").renderings()).extracting(NameReport.Rendering::ar).contains("ري يونغ هو");
    }
}
