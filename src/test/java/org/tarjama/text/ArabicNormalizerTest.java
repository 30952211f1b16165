package org.tarjama.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarjama.model.Span;

class ArabicNormalizerTest {
    private static void check(String input, String expected) {
        assertThat(ArabicNormalizer.MATCHING.normalize(input)).isEqualTo(expected);
    }

    @Test
    void normalizeGivesTheTextOfApply() {
        // letters, harakat, tatweel, hamza seats, presentation forms, invisibles, spaces, Latin capitals,
        // a lone and a paired surrogate: every branch of the normaliser
        String alphabet = "اأإآٱىةؤئكیکـَُِّْحماس \t\u00A0\u200F\u200B\u061C\uFEA3\uFEFB\uFE8EABCzİÀ1,";
        java.util.Random rnd = new java.util.Random(12);
        for (ArabicNormalizer norm : new ArabicNormalizer[] {ArabicNormalizer.MATCHING, ArabicNormalizer.LIGHT}) {
            for (int t = 0; t < 5000; t++) {
                StringBuilder sb = new StringBuilder();
                for (int k = rnd.nextInt(12); k > 0; k--) {
                    int r = rnd.nextInt(alphabet.length() + 3);
                    if (r == alphabet.length()) {
                        sb.append("\uD83D\uDE00");
                    } else if (r == alphabet.length() + 1) {
                        sb.append('\uD83D');
                    } else if (r == alphabet.length() + 2) {
                        sb.append('\uDE00');
                    } else {
                        sb.append(alphabet.charAt(r));
                    }
                }
                String s = sb.toString();
                assertThat(norm.normalize(s)).as("%s", s).isEqualTo(norm.apply(s).text());
            }
        }
    }

    @Test
    void emptyStaysEmpty() {
        check("", "");
    }

    @Test
    void foldsAlefWithHamzaAboveBelowMaddaAndWasla() {
        check("أإآٱ", "اااا");
    }

    @Test
    void foldsAlefMaksuraToYeh() {
        check("مستشفى", "مستشفي");
    }

    @Test
    void foldsTehMarbutaToHeh() {
        check("غزة", "غزه");
    }

    @Test
    void foldsHamzaSeats() {
        check("مؤتمر رئيس", "موتمر رييس");
    }

    @Test
    void removesTatweel() {
        check("حمـــاس", "حماس");
    }

    @Test
    void removesHarakat() {
        check("حَمَاس", "حماس");
    }

    @Test
    void removesBidiMarksAndZeroWidth() {
        check("\u200Fحماس\u200E\u061C\u200B", "حماس");
    }

    @Test
    void mapsPresentationFormsToLetters() {
        // ﺣﻤﺎﺱ: HAH initial, MEEM medial, ALEF final, SEEN isolated
        check("\uFEA3\uFEE4\uFE8E\uFEB1", "حماس");
        check("\uFEFB", "لا");
    }

    @Test
    void mapsPersianLetters() {
        check("کی", "كي");
    }

    @Test
    void turnsNbspIntoSpace() {
        check("تل\u00A0أبيب", "تل ابيب");
    }

    @Test
    void lightKeepsSpellingVariants() {
        assertThat(ArabicNormalizer.LIGHT.normalize("إسرائيلـيّة")).isEqualTo("إسرائيلية");
    }

    @Test
    void mapsNormalisedSpanBackToOriginal() {
        String original = "وحَمـاس قالت";
        NormalizedText n = ArabicNormalizer.MATCHING.apply(original);
        assertThat(n.text()).isEqualTo("وحماس قالت");
        int start = n.text().indexOf("حماس");
        Span span = n.toOriginal(start, start + 4);
        assertThat(span.of(original)).isEqualTo("حَمـاس");
    }
}
