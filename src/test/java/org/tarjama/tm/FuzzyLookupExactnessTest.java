package org.tarjama.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index must return exactly what scoring every unit would: all matches at or above the
 * threshold, in the same order (score, then insertion order). Random memories over a small
 * vocabulary (so that near matches abound), random and perturbed queries, several thresholds.
 */
class FuzzyLookupExactnessTest {
    private static final String[] WORDS = {"the", "minister", "said", "bridge", "new", "Cairo", "will", "open",
        "in", "spring", "of", "talks", "a", "on", "government", "rain", "The", "said,", "city", "and"};

    @TempDir
    Path tmp;

    static String sentence(Random r, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            if (r.nextInt(12) == 0) {
                sb.append(r.nextInt(4) == 0 ? "2,000" : String.valueOf(r.nextInt(30)));
            } else {
                sb.append(WORDS[r.nextInt(r.nextBoolean() ? 6 : WORDS.length)]);
            }
        }
        if (r.nextBoolean()) {
            sb.append(r.nextBoolean() ? "." : "?");
        }
        return sb.toString();
    }

    static String perturb(Random r, String s) {
        List<String> w = new ArrayList<>(List.of(s.split(" ")));
        int edits = r.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int op = r.nextInt(4);
            int at = w.isEmpty() ? 0 : r.nextInt(w.size());
            if (op == 0 || w.isEmpty()) {
                w.add(at, WORDS[r.nextInt(WORDS.length)]);
            } else if (op == 1) {
                w.remove(at);
            } else if (op == 2) {
                w.set(at, WORDS[r.nextInt(WORDS.length)]);
            } else {
                w.set(at, w.get(at).toUpperCase(Locale.ROOT));
            }
        }
        return String.join(" ", w);
    }

    record Scored(int global, int score) {
    }

    @Test
    void topMatchesEqualABruteForceScanOverRandomMemories() {
        Random r = new Random(20240611);
        for (int memory = 0; memory < 30; memory++) {
            Path dir = tmp.resolve("m" + memory);
            List<String> sources = new ArrayList<>();
            try (TmImporter imp = TmImporter.open(dir)) {
                int units = 50 + r.nextInt(400);
                for (int u = 0; u < units; u++) {
                    String s = sentence(r, r.nextInt(16));
                    if (s.isBlank()) {
                        s = "x";
                    }
                    imp.add("t" + u, s, "ترجمة " + u);
                    sources.add(s);
                }
                imp.commit();
            }
            try (EmbeddedMemory tm = EmbeddedMemory.open(dir)) {
                assertThat(tm.size()).isEqualTo(sources.size());
                for (int qn = 0; qn < 60; qn++) {
                    String query = r.nextInt(3) == 0 ? sentence(r, r.nextInt(16))
                            : perturb(r, sources.get(r.nextInt(sources.size())));
                    int min = new int[] {1, 30, 50, 70, 75, 90, 99, 100}[r.nextInt(8)];
                    List<Scored> brute = new ArrayList<>();
                    for (int g = 0; g < tm.size(); g++) {
                        int sc = MatchScorer.score(query, tm.source(g));
                        if (sc >= min) {
                            brute.add(new Scored(g, sc));
                        }
                    }
                    brute.sort(Comparator.comparingInt((Scored x) -> -x.score()).thenComparingInt(Scored::global));
                    for (int top : new int[] {1, 5, 100_000}) {
                        List<TmMatch> got = tm.lookup(query, min, top);
                        List<Integer> want = brute.subList(0, Math.min(top, brute.size())).stream().map(Scored::score).toList();
                        assertThat(got.stream().map(TmMatch::score).toList())
                                .as("memory %d query '%s' min %d top %d", memory, query, min, top).isEqualTo(want);
                        List<String> wantSources = brute.subList(0, Math.min(top, brute.size())).stream()
                                .map(x -> tm.source(x.global())).toList();
                        assertThat(got.stream().map(TmMatch::source).toList()).isEqualTo(wantSources);
                    }
                }
            }
        }
    }

    /**
     * Searches running at once share the index's work arrays through a pool (one set per search
     * running, not per thread): 16 threads looking up together answer exactly the brute-force scan.
     */
    @Test
    void concurrentLookupsEqualTheBruteForceScanToo() throws Exception {
        Random r = new Random(20261202);
        Path dir = tmp.resolve("concurrent");
        List<String> sources = new ArrayList<>();
        try (TmImporter imp = TmImporter.open(dir)) {
            for (int u = 0; u < 600; u++) {
                String s = sentence(r, 1 + r.nextInt(15));
                imp.add("t" + u, s, "ترجمة " + u);
                sources.add(s);
            }
            imp.commit();
        }
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            queries.add(perturb(r, sources.get(r.nextInt(sources.size()))));
        }
        try (EmbeddedMemory tm = EmbeddedMemory.open(dir)) {
            List<List<String>> want = new ArrayList<>();
            for (String q : queries) {
                List<Scored> brute = new ArrayList<>();
                for (int g = 0; g < tm.size(); g++) {
                    int sc = MatchScorer.score(q, tm.source(g));
                    if (sc >= 50) {
                        brute.add(new Scored(g, sc));
                    }
                }
                brute.sort(Comparator.comparingInt((Scored x) -> -x.score()).thenComparingInt(Scored::global));
                want.add(brute.subList(0, Math.min(5, brute.size())).stream().map(x -> x.score() + " " + tm.source(x.global())).toList());
            }
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
            try {
                List<java.util.concurrent.Future<List<String>>> got = new ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    for (String q : queries) {
                        got.add(pool.submit(() -> tm.lookup(q, 50, 5).stream().map(m -> m.score() + " " + m.source()).toList()));
                    }
                }
                for (int i = 0; i < got.size(); i++) {
                    assertThat(got.get(i).get()).as("query '%s'", queries.get(i % queries.size())).isEqualTo(want.get(i % queries.size()));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * A query of more keys than the index's per-candidate hit counters hold (65,535) is checked
     * against every unit of its length range instead: the long unit with one key changed is found at
     * 99; one with a key in 50 changed (97) and the short units are not. (On the index directly: a
     * lookup that long would spend its time on the diff shown with a match.)
     */
    @Test
    void aQueryOfMoreThan65535KeysIsStillMatched() {
        int len = 66_000;
        int[] lengths = {3, len, len, 2};
        int[] tokStarts = new int[lengths.length + 1];
        for (int u = 0; u < lengths.length; u++) {
            tokStarts[u + 1] = tokStarts[u] + lengths[u];
        }
        int[] toks = new int[tokStarts[lengths.length]];
        for (int p = 0; p < 3; p++) {
            toks[p] = p;
        }
        for (int i = 0; i < len; i++) {
            toks[tokStarts[1] + i] = i;
            toks[tokStarts[2] + i] = i % 50 == 0 ? len : i;
        }
        toks[tokStarts[3]] = 1;
        toks[tokStarts[3] + 1] = 2;
        FuzzyIndex index = new FuzzyIndex(lengths.length, tokStarts, toks, len + 1, -1);
        int[] q = java.util.Arrays.copyOfRange(toks, tokStarts[1], tokStarts[2]);
        q[777] = -1; // a key the memory does not hold
        int[] got = index.search(q, 99, 5, (g, d) -> MatchScorer.base(len, lengths[g], d));
        assertThat(got).containsExactly(1, MatchScorer.base(len, len, 1));
        assertThat(got[1]).isEqualTo(99);
    }

    /**
     * A query longer than every unit: the prefix filter's cut of units longer than the query (which
     * may lack fewer keys) has nothing to cut, and must not look past the longest length. The unit
     * of 4 of the query's 5 keys is found at 80; the unit of 3 is below 70.
     */
    @Test
    void aQueryLongerThanEveryUnitIsMatched() {
        int[] lengths = {3, 4};
        int[] tokStarts = {0, 3, 7};
        int[] toks = {0, 1, 2, 0, 1, 2, 3};
        FuzzyIndex index = new FuzzyIndex(lengths.length, tokStarts, toks, 5, -1);
        int[] q = {0, 1, 2, 3, 4};
        int[] got = index.search(q, 70, 5, (g, d) -> MatchScorer.base(q.length, lengths[g], d));
        assertThat(got).containsExactly(1, 80);
    }
}
