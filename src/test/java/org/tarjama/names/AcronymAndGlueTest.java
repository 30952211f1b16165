package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.glossary.GlossaryEntry;
import org.tarjama.model.TranslationUnit;
import org.tarjama.text.Transliteration;

/**
 * Acronyms written by their letters' names, names glued into runs that lost their spaces, and words
 * seen only opening a sentence (issue 12: suggested glossary). News sentences of the dev memory's kind,
 * written for these tests.
 */
class AcronymAndGlueTest {
    private static NameReport check(String... enAr) {
        List<TranslationUnit> units = new ArrayList<>();
        for (int i = 0; i < enAr.length; i += 2) {
            units.add(TranslationUnit.of(String.valueOf(i / 2 + 1), "en", enAr[i], "ar", enAr[i + 1]));
        }
        return NameChecker.check(null, Transliteration.DEFAULT_THRESHOLD, units::iterator, 1, n -> { });
    }

    private static List<String> renderings(NameReport r, String en) {
        return r.names().stream().filter(n -> n.en().equals(en)).findFirst()
                .orElseThrow(() -> new AssertionError(en + " not reported: " + r.names()))
                .renderings().stream().map(NameReport.Rendering::ar).toList();
    }

    @Test
    void anAcronymIsReadByItsLettersNamesEvenWhenOneIsAFunctionWord() {
        // إن is also "indeed": the ranking never starts a rendering with it
        NameReport r = check("He told NBC News that he would run again.", "وقال لشبكة إن بي سي نيوز إنه سيترشح مجددا.");
        assertThat(renderings(r, "NBC News")).containsExactly("إن بي سي نيوز");
        r = check("Police told WAFB the suspect had fled.", "وقالت الشرطة لمحطة دبليو إيه أف بي إن المشتبه به فر.");
        assertThat(renderings(r, "WAFB")).containsExactly("دبليو إيه أف بي");
    }

    @Test
    void aVerbGluedToANameInARunIsCutOff() {
        NameReport r = check("Kit Harington attacks the idea of toxic masculinity.",
                "كيت هارينغتونيهاجم مفهوم الرجولة المضرة.");
        assertThat(renderings(r, "Kit Harington")).containsExactly("كيت هارينغتون");
    }

    @Test
    void lettersBeforeAHamzaAlefAreAnotherWord() {
        // فريقإيبروكس: فريق ("team") + إيبروكس; an alef with hamza starts a word
        NameReport r = check("Ibrox were looking for a first away win.", "كان يتطلع فريقإيبروكس إلى تسجيل فوزه الأول.");
        assertThat(renderings(r, "Ibrox")).containsExactly("إيبروكس");
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
        NameReport r = check("Figures were not immediately available.", "لم تتوفر الأرقام على الفور.",
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
