package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarjama.text.Transliteration;

/**
 * The long vowel of a one-syllable English name with a silent final e (Wade, Yale, Dave) is written with ي or اي
 * in Arabic (وايد, ييل, ديف): such a short name must reach the short-name floor, else it is reported as never
 * found beside its rendering. The sentences are from NTREX-128 (newstest2019 English and its Arabic reference,
 * CC BY-SA 4.0, Federmann et al. 2022): the dev memory's u154 and a unit of the ntrex_dev documents outside it,
 * shortened.
 */
class SilentEVowelTest {
    @Test
    void aLongVowelBeforeASilentEScoresAsAShortNamesRendering() {
        for (String[] p : new String[][] {{"Wade", "وايد"}, {"Yale", "ييل"}, {"Dave", "ديف"}, {"Clive", "كلايف"},
                {"Kate", "كيت"}}) {
            assertThat(Transliteration.similarity(p[0], p[1])).as(p[0] + " ~ " + p[1])
                    .isGreaterThanOrEqualTo(NameCandidates.SHORT_NAME_FLOOR);
        }
        // the rows apply only before one consonant and a final e: the a of Sadat and the i of Nice keep their sounds
        assertThat(Transliteration.similarity("Sadat", "السادات")).isGreaterThan(0.9);
        assertThat(Transliteration.similarity("Nice", "نيس")).isGreaterThan(0.85);
    }

    @Test
    void aShortNameWithASilentEIsFoundInRealUnits() {
        NameReport r = NameReports.checkTwoPasses(
                "\"This is what you worry about at all times,\" Wade said.",
                "وقال وايد \"هذا ما يقلقنا في جميع الأوقات\".",
                "Ramirez alleges that the Supreme Court nominee exposed his genitals to her while they attended a party"
                        + " during their time studying at Yale in the 1980s.",
                "تدّعي راميريز أن مّرشَّح المحكمة العليا كشف لها عورته أثناء حضوره حفلة خلال فترة دراستهم في جامعة ييل في"
                        + " الثمانينيات.");
        assertThat(NameReports.renderings(r, "Wade")).containsExactly("وايد");
        assertThat(NameReports.renderings(r, "Yale")).containsExactly("ييل");
        assertThat(NameReports.name(r, "Yale").unrenderedCount()).isZero();
    }
}
