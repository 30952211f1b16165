package org.tarjama.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link NameLexicon.Sketch} (hash-indexed) keeps exactly the entries and counts of a plain space-saving scan. */
class NameLexiconSketchTest {
    /** The sketch as it was before its slot table: a linear scan for the word and for the least count. */
    private static final class Reference {
        String[] keys = new String[NameLexicon.SKETCH];
        int[] counts = new int[NameLexicon.SKETCH];
        int[] inherited = new int[NameLexicon.SKETCH];
        int size;

        int add(String w) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(w)) {
                    counts[i]++;
                    return 0;
                }
            }
            if (size < NameLexicon.SKETCH) {
                keys[size] = w;
                counts[size] = 1;
                inherited[size++] = 0;
                return 1;
            }
            int min = 0;
            for (int i = 1; i < size; i++) {
                if (counts[i] < counts[min]) {
                    min = i;
                }
            }
            keys[min] = w;
            inherited[min] = counts[min];
            counts[min]++;
            return 0;
        }
    }

    @Test
    void sameEntriesAsALinearScanOnZipfLikeStreams() {
        Random r = new Random(11);
        for (int round = 0; round < 200; round++) {
            NameLexicon.Sketch s = new NameLexicon.Sketch();
            Reference ref = new Reference();
            // vocabularies from smaller than the sketch to far larger; skewed, so some words recur often
            int vocab = 5 + r.nextInt(round < 20 ? 60 : 2000);
            int adds = 1 + r.nextInt(3000);
            for (int a = 0; a < adds; a++) {
                int k = (int) Math.floor(Math.pow(vocab, r.nextDouble()));
                // words with equal hash codes ("Aa" and "BB") collide in the slot table
                String w = r.nextInt(20) == 0 ? (r.nextBoolean() ? "Aa" : "BB") + (k % 3) : "w" + k;
                assertEquals(ref.add(w), s.add(w), "round " + round + ", add " + a);
            }
            assertEquals(ref.size, s.size);
            assertArrayEquals(Arrays.copyOf(ref.keys, ref.size), Arrays.copyOf(s.keys, s.size));
            assertArrayEquals(Arrays.copyOf(ref.counts, ref.size), Arrays.copyOf(s.counts, s.size));
            for (int i = 0; i < s.size; i++) {
                assertEquals(ref.counts[i] - ref.inherited[i], s.together(i));
            }
        }
    }
}
