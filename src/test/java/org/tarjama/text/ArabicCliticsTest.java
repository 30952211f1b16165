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
    void keepsAMinimumStem() {
        assertThat(ArabicClitics.splits("ول")).hasSize(1);
    }
}
