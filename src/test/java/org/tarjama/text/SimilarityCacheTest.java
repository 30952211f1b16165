package org.tarjama.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimilarityCacheTest {
    private static final String[] TEXTS = {"نتنياهو", "نتانياهو", "ونتنياهو", "الحكومة", "أبو زهري", "زهري", "عسقلان"};

    @Test
    void givesTheSimilaritiesOfTheNameAndAnswersRepeatsFromMemory() {
        SimilarityCache cache = new SimilarityCache();
        TransliteratedName[] names = {Transliteration.compile("Netanyahu"), Transliteration.compile("Abu Zuhri")};
        for (int pass = 0; pass < 2; pass++) {
            for (TransliteratedName n : names) {
                for (String ar : TEXTS) {
                    assertThat(cache.similarity(n, ar)).as("%s / %s", n.english(), ar).isEqualTo(n.similarity(ar));
                    for (double floor : new double[] {0.6, 0.8, 0.95}) {
                        assertThat(cache.similarity(n, ar, floor)).as("%s / %s / %s", n.english(), ar, floor)
                                .isEqualTo(n.similarity(ar, floor));
                    }
                }
            }
        }
        assertThat(cache.lookups()).isEqualTo(2L * 2 * TEXTS.length * 4);
        assertThat(cache.hits()).as("the second pass").isEqualTo(cache.lookups() / 2);
    }

    @Test
    void aFullCacheStartsOverAndStillGivesTheSameSimilarities() {
        SimilarityCache cache = new SimilarityCache(3);
        TransliteratedName n = Transliteration.compile("Netanyahu");
        for (int pass = 0; pass < 3; pass++) {
            for (String ar : TEXTS) {
                assertThat(cache.similarity(n, ar, 0.6)).as(ar).isEqualTo(n.similarity(ar, 0.6));
            }
        }
        assertThat(cache.hits()).isLessThan(cache.lookups());
    }

    @Test
    void knowsANameByItsCompiledObject() {
        // two compilations of one name are two keys: still the same scores
        SimilarityCache cache = new SimilarityCache();
        TransliteratedName a = Transliteration.compile("Netanyahu");
        TransliteratedName b = Transliteration.compile("Netanyahu");
        assertThat(cache.similarity(a, "نتنياهو")).isEqualTo(cache.similarity(b, "نتنياهو"));
        assertThat(cache.hits()).isZero();
    }
}
