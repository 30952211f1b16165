package org.tarjama.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The filters an external store (OpenSearch) retrieves candidates with must keep every unit the
 * scorer puts at or above the threshold: random English and Arabic pairs over small vocabularies
 * (repeated words, proclitics, numbers), scored from scratch, against the length range and the
 * distinct-key count of {@link MatchKeys}.
 */
class MatchKeysTest {
    private static final String[] EN = "the the of a bridge minister said Cairo open spring new 12 2,000 The".split(" ");
    private static final String[] AR = "في من الجسر والجسر بالجسر القاهرة الوزير قال سيفتح الربيع 12 ٣٠ المدينة للمدينة".split(" ");

    static String sentence(Random r, String[] words, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append(i > 0 ? " " : "").append(words[r.nextInt(r.nextBoolean() ? 4 : words.length)]);
        }
        return sb.toString();
    }

    /** A unit near the query: up to three word edits. */
    static String near(Random r, String q, String[] words) {
        StringBuilder sb = new StringBuilder();
        for (String w : q.split(" ")) {
            int op = r.nextInt(8);
            if (op == 0) {
                continue;
            }
            sb.append(sb.length() > 0 ? " " : "").append(op == 1 ? words[r.nextInt(words.length)] : w);
            if (op == 2) {
                sb.append(' ').append(words[r.nextInt(words.length)]);
            }
        }
        return sb.toString();
    }

    @Test
    void everyUnitAtOrAboveTheThresholdPassesTheLengthAndKeyCountFilters() {
        Random r = new Random(4242);
        int kept = 0;
        int filteredOut = 0;
        for (int i = 0; i < 40_000; i++) {
            boolean arabic = i % 2 == 1;
            String[] words = arabic ? AR : EN;
            String q = sentence(r, words, 1 + r.nextInt(14));
            String u = r.nextInt(3) == 0 ? sentence(r, words, 1 + r.nextInt(16)) : near(r, q, words);
            if (u.isBlank()) {
                continue;
            }
            String[] qk = arabic ? MatchKeys.arabic(q) : MatchKeys.english(q);
            String[] uk = arabic ? MatchKeys.arabic(u) : MatchKeys.english(u);
            Set<String> held = new HashSet<>(Arrays.asList(uk));
            int distinctHeld = (int) Arrays.stream(qk).distinct().filter(held::contains).count();
            for (int min : new int[] {30, 50, 70, 85, 95}) {
                int score = MatchKeys.score(q, u, arabic);
                int[] range = MatchKeys.lengthRange(qk.length, min);
                boolean passes = uk.length >= range[0] && uk.length <= range[1] && distinctHeld >= MatchKeys.distinctKeysNeeded(qk, min);
                if (score >= min) {
                    assertThat(passes).as("'%s' scores %d for '%s' at %d%% but is filtered out", u, score, q, min).isTrue();
                    kept++;
                } else if (!passes) {
                    filteredOut++;
                }
            }
        }
        // the property is not vacuous: many pairs reach the threshold and the filters drop many others
        assertThat(kept).isGreaterThan(20_000);
        assertThat(filteredOut).isGreaterThan(20_000);
    }

    @Test
    void theKeyCountSpendsTheDistanceBudgetOnTheLeastRepeatedKeys() {
        // four distinct keys, D(4) at 70% = 1: one may be missing
        assertThat(MatchKeys.distinctKeysNeeded(new String[] {"a", "b", "c", "d"}, 70)).isEqualTo(3);
        // D(4) at 50% = 2: "cat" (once) may be missing, then "the" (three times) may not
        assertThat(MatchKeys.distinctKeysNeeded(new String[] {"the", "the", "the", "cat"}, 50)).isEqualTo(1);
        // D(2) at 50% = 1: either key may be missing, not both
        assertThat(MatchKeys.distinctKeysNeeded(new String[] {"a", "b"}, 50)).isEqualTo(1);
        assertThat(MatchKeys.distinctKeysNeeded(new String[] {"a", "b"}, 1)).isEqualTo(1); // D(2) at 1% is still 1
        assertThat(MatchKeys.distinctKeysNeeded(new String[] {"a", "b"}, 0)).isZero();
        assertThat(MatchKeys.distinctKeysNeeded(new String[0], 70)).isZero();
    }
}
