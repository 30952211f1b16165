package org.tarjama.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict F1 on small real samples must not regress (whole sets: {@code tarjama eval align}). */
class AlignmentRegressionTest {
    private static final SentenceAligner ALIGNER =
            new SentenceAligner(AlignerConfig.defaults().withNames(new TransliterationNames()));

    private static AlignmentScore score(String... docs) {
        AlignmentScore total = new AlignmentScore();
        for (String doc : docs) {
            List<Bead> pred = ALIGNER.align(TestData.lines(doc + ".en"), TestData.lines(doc + ".ar")).beads();
            total.add(TestData.score(pred, doc));
        }
        return total;
    }

    @Test
    void newsSamplesAlignWithStrictF1AtLeast095() {
        assertThat(score("ntrex-000", "ntrex-016").f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void bibleChapterAlignsWithStrictF1AtLeast092() {
        assertThat(score("john-01").f1()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void seedArticleAlignsWithStrictF1AtLeast090() {
        List<Bead> pred = ALIGNER.align(TestData.lines("/org/tarjama/seed/seed.en"),
                TestData.lines("/org/tarjama/seed/seed.ar")).beads();
        AlignmentScore s = new AlignmentScore();
        s.add(pred, BeadFormat.parseAll(TestData.lines("/org/tarjama/seed/seed.gold")));
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.90);
        // its 3-1 bead and the two-sentence merges are found
        assertThat(pred).extracting(Bead::toBeadString).contains("[15, 16, 17]:[10]", "[2, 3]:[2]");
    }
}
