package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.glossary.GlossaryEntry;

/**
 * Acronyms written by their letters' names, names glued into runs that lost their spaces, and words
 * seen only opening a sentence (issue 12: suggested glossary). News sentences of the dev memory's kind,
 * written for these tests.
 */
class AcronymAndGlueTest {
    @Test
    void anAcronymIsReadByItsLettersNamesEvenWhenOneIsAFunctionWord() {
        // إن is also "indeed": the ranking never starts a rendering with it
        NameReport r = NameReports.checkTwoPasses("He told NBC News that he would run again.", "وقال لشبكة إن بي سي نيوز إنه سيترشح مجددا.");
        assertThat(NameReports.renderings(r, "NBC News")).containsExactly("إن بي سي نيوز");
        r = NameReports.checkTwoPasses("Police told WAFB the suspect had fled.", "وقالت الشرطة لمحطة دبليو إيه أف بي إن المشتبه به فر.");
        assertThat(NameReports.renderings(r, "WAFB")).containsExactly("دبليو إيه أف بي");
    }

    @Test
    void aVerbGluedToANameInARunIsCutOff() {
        NameReport r = NameReports.checkTwoPasses("Kit Harington attacks the idea of toxic masculinity.",
                "كيت هارينغتونيهاجم مفهوم الرجولة المضرة.");
        assertThat(NameReports.renderings(r, "Kit Harington")).containsExactly("كيت هارينغتون");
    }

    @Test
    void lettersBeforeAHamzaAlefAreAnotherWord() {
        // فريقإيبروكس: فريق ("team") + إيبروكس; an alef with hamza starts a word
        NameReport r = NameReports.checkTwoPasses("Ibrox were looking for a first away win.", "كان يتطلع فريقإيبروكس إلى تسجيل فوزه الأول.");
        assertThat(NameReports.renderings(r, "Ibrox")).containsExactly("إيبروكس");
    }

    @Test
    void aWordSeenOnlyOpeningASentenceIsSuggestedOnlyWhenItsArabicTransliteratesIt() {
        NameReport.Rendering rap = new NameReport.Rendering("الراب", 1, List.of(1L), false, false, null);
        NameReport.Rendering biden = new NameReport.Rendering("بايدن", 1, List.of(2L), false, false, null);
        NameReport report = new NameReport(List.of(
                new NameReport.Name("Rapper", NameReport.Status.CONSISTENT, List.of(rap), 0, List.of(), null, List.of(),
                        List.of(), false, false),
                new NameReport.Name("Biden", NameReport.Status.CONSISTENT, List.of(biden), 0, List.of(), null, List.of(),
                        List.of(), false, false),
                new NameReport.Name("Rappers", NameReport.Status.CONSISTENT, List.of(rap), 0, List.of(), null, List.of(),
                        List.of(), false, true)), 2, "");
        assertThat(SuggestedGlossary.of(report).entries()).extracting(GlossaryEntry::en)
                .containsExactly("Biden", "Rappers");
    }

    @Test
    void aSingleWordOpeningASentenceIsNotAttested() {
        NameReport r = NameReports.checkTwoPasses("Figures were not immediately available.", "لم تتوفر الأرقام على الفور.",
                "Palin called it a mistake.", "وصفت بالين ذلك بأنه خطأ.",
                "The team met Palin on Monday.", "التقى الفريق بالين يوم الاثنين.");
        for (NameReport.Name n : r.names()) {
            if (n.en().equals("Palin")) {
                assertThat(n.attested()).isTrue();
            }
            if (n.en().equals("Figures")) {
                assertThat(n.attested()).isFalse();
            }
        }
    }
}
