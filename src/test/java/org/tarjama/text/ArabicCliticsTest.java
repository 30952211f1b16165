package org.tarjama.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicCliticsTest {
    @Test
    void listsTheBareWordFirst() {
        assertThat(ArabicClitics.splits("وحماس").get(0)).isEqualTo(new ArabicClitics.Split("", false, "وحماس"));
    }

    @Test
    void stripsConjunctionAndPrepositionChains() {
        assertThat(ArabicClitics.splits("وبحماس")).contains(new ArabicClitics.Split("وب", false, "حماس"));
        assertThat(ArabicClitics.splits("فلحماس")).contains(new ArabicClitics.Split("فل", false, "حماس"));
    }

    @Test
    void readsTheArticleBehindProclitics() {
        assertThat(ArabicClitics.splits("بالقدس")).contains(new ArabicClitics.Split("ب", true, "قدس"));
    }

    @Test
    void readsLamLamAsLamPlusArticle() {
        assertThat(ArabicClitics.splits("للقبه")).contains(new ArabicClitics.Split("ل", true, "قبه"));
    }

    @Test
    void readsLamLamBeforeALamInitialStemAsLamPlusArticle() {
        // ل + اللاذقيه (Latakia) is written للاذقيه: the stem keeps its own lam
        assertThat(ArabicClitics.splits("للاذقيه")).contains(new ArabicClitics.Split("ل", true, "لاذقيه"));
    }

    @Test
    void firstArticleStemIsWhereTheFirstArticleReadingsStemStarts() {
        // random words of proclitic letters, alef, lam and a few others: every order of و ب ل ال لل
        String letters = "وفبلكاالحمسق";
        java.util.Random rnd = new java.util.Random(5);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(9); k > 0; k--) {
                sb.append(letters.charAt(rnd.nextInt(letters.length())));
            }
            String w = sb.toString();
            for (int minStem = 0; minStem <= 4; minStem++) {
                int expected = -1;
                for (ArabicClitics.Split s : ArabicClitics.splits(w)) {
                    if (s.hasArticle() && s.stem().length() >= minStem) {
                        expected = w.length() - s.stem().length();
                        break;
                    }
                }
                assertThat(ArabicClitics.firstArticleStem(w, minStem)).as("%s, %d", w, minStem).isEqualTo(expected);
            }
        }
    }

    @Test
    void keepsAMinimumStem() {
        assertThat(ArabicClitics.splits("ول")).hasSize(1);
    }
}
