package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Renderings in text that lost its spaces (a real defect of pasted Arabic): a name glued to a word of
 * its own is cut to the name, and a name glued inside a run is still found, so it is neither a
 * different rendering nor unrendered.
 */
class GluedRenderingTest {
    @Test
    void aTransliteratedEnglishArticleIsPartOfTheRendering() {
        // هل is also a function word ('whether'): after ذا, for "the Hill", it is the name
        NameReport r = NameReports.checkTwoPasses("It was reported by the Hill.", "أفادت صحيفة \"ذا هل\".",
                "The singer the Weeknd sang.", "غنى المغني وذا ويكيند.",
                "Then the Weeknd left.", "ثم غادر ذا ويكيند.");
        assertThat(NameReports.name(r, "Hill").renderings()).extracting(NameReport.Rendering::ar).containsExactly("ذا هل");
        assertThat(NameReports.name(r, "Weeknd").renderings()).extracting(NameReport.Rendering::ar).containsExactly("ذا ويكيند");
        assertThat(NameReports.name(r, "Weeknd").status()).isEqualTo(NameReport.Status.CONSISTENT);
    }

    @Test
    void aFunctionWordGluedToTheNameIsCutOff() {
        NameReport r = NameReports.checkTwoPasses("Omar Navarro spoke.", "تحدث عمر نافارو.",
                "Omar Navarro also left.", "غادر عمر نافاروأيضا.",
                "Omar Navarro came back.", "عاد عمر نافارو.");
        NameReport.Name n = NameReports.name(r, "Omar Navarro");
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar).containsExactly("عمر نافارو");
        assertThat(n.status()).isEqualTo(NameReport.Status.CONSISTENT);
    }

    @Test
    void aWordOfTheMemoryGluedBeforeTheNameIsNotPartOfIt() {
        // فريق ("team") is a word the memory uses on its own: فريقهارتس is فريق + هارتس
        NameReport r = NameReports.checkTwoPasses("Hearts won.", "فاز فريق هارتس.", "The team lost.", "خسر الفريق.",
                "Hearts drew.", "تعادل فريقهارتس.", "A team played.", "لعب فريق.");
        NameReport.Name n = NameReports.name(r, "Hearts");
        assertThat(n.unrenderedCount()).isZero();
        assertThat(n.status()).isEqualTo(NameReport.Status.CONSISTENT);
    }

    @Test
    void lettersThatReadAsAProcliticAndTheArticleMayBelongToTheName() {
        // بالين is Palin (b-a-l-i-n), not ب + الين, although co-occurrence learns the word under the key ين
        NameReport r = NameReports.checkTwoPasses("Sarah Palin spoke.", "تحدثت سارة بالين.", "Track Palin, 26, left.", "غادر تراك بالين.",
                "Palin called it a mistake.", "وصفت بالين ذلك بأنه خطأ.", "Palin said so.", "قالت بالين ذلك.");
        assertThat(NameReports.name(r, "Palin").renderings()).extracting(NameReport.Rendering::ar).containsOnly("بالين");
    }

    @Test
    void aWordOfItsOwnIsNotCutWithoutEvidence() {
        // nothing says that the last letters are another word: the rendering stays as written
        NameReport r = NameReports.checkTwoPasses("Democrats won.", "فاز الديمقراطيين.", "Democrats won again.", "فاز الديمقراطيين مجددا.");
        assertThat(NameReports.name(r, "Democrats").renderings()).extracting(NameReport.Rendering::ar)
                .allSatisfy(a -> assertThat(a).isEqualTo("الديمقراطيين"));
    }
}
