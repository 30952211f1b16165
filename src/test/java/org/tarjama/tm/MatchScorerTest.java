package org.tarjama.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MatchScorerTest {
    private static final String TEN = "The minister said the new bridge will open next spring in Cairo.";

    @Test
    void identicalTextScoresOneHundred() {
        assertThat(MatchScorer.score(TEN, TEN)).isEqualTo(100);
    }

    @Test
    void caseOnlyDifferenceCostsOnePoint() {
        assertThat(MatchScorer.score(TEN, TEN.toLowerCase(Locale.ROOT))).isEqualTo(99);
    }

    @Test
    void punctuationOnlyDifferenceCostsOnePoint() {
        assertThat(MatchScorer.score(TEN, TEN.replace(".", "!"))).isEqualTo(99);
        assertThat(MatchScorer.score(TEN, TEN.replace("said", "said,"))).isEqualTo(99);
    }

    @Test
    void whitespaceOnlyDifferenceIsNotAHundred() {
        assertThat(MatchScorer.score(TEN, TEN.replace(" new", "  new"))).isEqualTo(99);
    }

    @Test
    void inlineTagDifferenceCostsOnePoint() {
        assertThat(MatchScorer.score(TEN, TEN.replace("new", "<b>new</b>"))).isEqualTo(99);
    }

    @Test
    void caseAndPunctuationTogetherCostTwoPoints() {
        assertThat(MatchScorer.score(TEN, TEN.toLowerCase(Locale.ROOT).replace(".", "!"))).isEqualTo(98);
    }

    @Test
    void differingNumberCostsOnePoint() {
        assertThat(MatchScorer.score("Prices rose by 5 percent in 2019.", "Prices rose by 7 percent in 2019.")).isEqualTo(99);
    }

    @Test
    void oneWordChangedInTenScoresNinety() {
        // 12 tokens with one substitution: floor(100 * 11 / 12) = 91
        assertThat(MatchScorer.score(TEN, TEN.replace("bridge", "tunnel"))).isEqualTo(91);
        assertThat(MatchScorer.score("one two three four five six seven eight nine ten",
                "one two three four five six seven eight nine eleven")).isEqualTo(90);
    }

    @Test
    void oneWordMissingInTenScoresNinety() {
        assertThat(MatchScorer.score("one two three four five six seven eight nine ten",
                "one two three four five six seven eight nine")).isEqualTo(90);
    }

    @Test
    void unrelatedSentenceScoresLow() {
        assertThat(MatchScorer.score(TEN, "Heavy rain flooded the streets of Alexandria overnight.")).isLessThan(30);
    }

    @Test
    void substitutesNumberInArabicIndicDigits() {
        MatchTokens q = MatchTokens.of("Prices rose by 7 percent in 2019.");
        MatchTokens m = MatchTokens.of("Prices rose by 5 percent in 2019.");
        assertThat(MatchScorer.substituteNumbers(q, m, "ارتفعت الأسعار بنسبة ٥ في المئة في عام ٢٠١٩."))
                .isEqualTo("ارتفعت الأسعار بنسبة ٧ في المئة في عام ٢٠١٩.");
    }

    @Test
    void substitutesNumberInWesternDigits() {
        MatchTokens q = MatchTokens.of("Prices rose by 7.5 percent in 2019.");
        MatchTokens m = MatchTokens.of("Prices rose by 5 percent in 2019.");
        assertThat(MatchScorer.substituteNumbers(q, m, "ارتفعت الأسعار بنسبة 5 في المئة في عام 2019."))
                .isEqualTo("ارتفعت الأسعار بنسبة 7.5 في المئة في عام 2019.");
    }

    @Test
    void arabicIndicDecimalUsesArabicSeparator() {
        assertThat(MatchScorer.inScriptOf("7.5", "٥")).isEqualTo("٧٫٥");
    }

    @Test
    void bandedDistanceAgreesWithFullDistanceWithinTheBand() {
        java.util.Random r = new java.util.Random(7);
        for (int trial = 0; trial < 2000; trial++) {
            int n = r.nextInt(12);
            int m = r.nextInt(12);
            int[] a = new int[n];
            int[] b = new int[m];
            String[] sa = new String[n];
            String[] sb = new String[m];
            for (int i = 0; i < n; i++) {
                a[i] = r.nextInt(4);
                sa[i] = "w" + a[i];
            }
            for (int i = 0; i < m; i++) {
                b[i] = r.nextInt(4);
                sb[i] = "w" + b[i];
            }
            int full = MatchScorer.distance(sa, sb);
            int max = r.nextInt(8);
            int banded = MatchScorer.bandedDistance(a, n, b, 0, m, max, new int[2 * (m + 1)]);
            assertThat(banded).as("max %d", max).isEqualTo(full <= max ? full : max + 1);
        }
    }

    @Test
    void segmentsWithoutWordsMatchOnlyWithTheSamePunctuation() {
        assertThat(MatchScorer.score("...", "...")).isEqualTo(100);
        assertThat(MatchScorer.score("...", "... ")).isEqualTo(99);
        assertThat(MatchScorer.score("?", "...")).isZero();
        assertThat(MatchScorer.score("\u2014", "***")).isZero();
    }
}
