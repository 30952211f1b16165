package org.tarjama.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arabic-source lookup: the percentage scale on hand-made pairs, and the index returning exactly what
 * scoring every unit would.
 */
class ArabicLookupTest {
    @TempDir
    Path tmp;

    /** A memory sentence, a query, and the percentage a translator would expect to see. */
    record Case(String memory, String query, int expected, String why) {
    }

    // Ten-word sentences where possible, so one word is 10 points and one proclitic 5.
    static final List<Case> SCALE = List.of(
        new Case("قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل",
                "قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل", 100, "identical"),
        new Case("قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل",
                "قال الوزير إن الحكومة ستفتح الجسر الجديد في الصيف المقبل", 90, "one word of ten changed"),
        new Case("قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل",
                "وقال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل", 95, "a conjunction added (و)"),
        new Case("قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل",
                "قال وزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل", 95, "the article dropped (ال)"),
        new Case("قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل",
                "قال الوزير ان الحكومة ستفتح الجسر الجديد في الربيع المقبل", 99, "hamza spelling (إن / ان)"),
        new Case("قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل",
                "قال الوزيرُ إنّ الحكومةَ ستفتح الجسر الجديد في الربيع المقبل", 99, "harakat added"),
        new Case("قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل",
                "قال الوزير إن الحكومه ستفتح الجسر الجديد في الربيع المقبل", 99, "ta marbuta written ه"),
        new Case("قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل",
                "قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل.", 99, "a full stop added"),
        new Case("قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل",
                "قال الوزيـــر إن الحكومة ستفتح الجسر الجديد في الربيع المقبل", 99, "tatweel"),
        new Case("قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل",
                "قال الوزير إن الحكومة ستفتح الجسر في الربيع المقبل", 90, "one word of ten left out"),
        new Case("قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل",
                "قال الوزير إن الحكومة ستغلق الجسر القديم في الربيع المقبل", 80, "two words changed"),
        new Case("قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل",
                "قال الوزير إن الحكومة ستفتح الجسر الجديد بالربيع المقبل", 85,
                "في الربيع → بالربيع: one word gone, a proclitic added"),
        new Case("سقط صاروخ على عسقلان صباح اليوم", "سقط صاروخ على عسقلان صباح أمس", 83, "one word of six"),
        new Case("سقط صاروخ على عسقلان صباح اليوم", "وسقط صاروخ على عسقلان صباح اليوم", 91, "و on a six-word sentence"),
        new Case("أطلقت حماس ٢٠ صاروخا على المدينة", "أطلقت حماس ٣٠ صاروخا على المدينة", 99, "a number changed: one point"),
        new Case("أطلقت حماس 20 صاروخا على المدينة", "أطلقت حماس ٢٠ صاروخا على المدينة", 99, "the same number in other digits"),
        new Case("اعترضت القبة الحديدية الصواريخ", "اعترضت القبة الحديدية معظم الصواريخ", 80, "a word added to four"),
        new Case("اعترضت القبة الحديدية الصواريخ", "واعترضت القبة الحديدية الصواريخ", 87, "و on a four-word sentence"),
        new Case("اجتمع الرئيس مع رئيس الوزراء في القاهرة", "اجتمع الرئيس مع رئيس الوزراء في بيروت", 85, "a place changed (7 words)"),
        new Case("اجتمع الرئيس مع رئيس الوزراء في القاهرة", "اجتمع الرئيس برئيس الوزراء في القاهرة", 78,
                "مع رئيس → برئيس: one word gone, one with a proclitic"));

    @Test
    void theArabicScaleMeansWhatTranslatorsExpect() {
        for (Case c : SCALE) {
            assertThat(MatchScorer.scoreArabic(c.query(), c.memory())).as(c.why() + ": " + c.query()).isEqualTo(c.expected());
        }
    }

    @Test
    void aMemoryAnswersArabicQueriesWithItsEnglishAsTheTarget() {
        Path dir = tmp.resolve("tm");
        try (TmImporter imp = TmImporter.open(dir)) {
            imp.add("1", "The minister said the government would open the new bridge next spring.",
                    "قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل");
            imp.add("2", "Hamas fired 20 rockets at the city.", "أطلقت حماس ٢٠ صاروخا على المدينة");
            imp.commit();
        }
        try (TranslationMemory tm = TranslationMemory.open(dir)) {
            List<TmMatch> m = tm.lookup("وقال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل", "ar", 70, 3);
            assertThat(m).hasSize(1);
            assertThat(m.get(0).score()).isEqualTo(95);
            assertThat(m.get(0).source()).isEqualTo("قال الوزير إن الحكومة ستفتح الجسر الجديد في الربيع المقبل");
            assertThat(m.get(0).target()).startsWith("The minister said");
            // numbers are placeables in this direction too: the English gets the query's number
            List<TmMatch> n = tm.lookup("أطلقت حماس ٣٠ صاروخا على المدينة", "ar", 70, 3);
            assertThat(n.get(0).score()).isEqualTo(99);
            assertThat(n.get(0).target()).isEqualTo("Hamas fired 30 rockets at the city.");
            assertThat(tm.lookup("The minister said the government would open the new bridge next spring.", "en", 100, 1))
                    .extracting(TmMatch::tuid).containsExactly("1");
        }
    }

    private static final String[] WORDS = {"قال", "وقال", "الوزير", "وزير", "بالوزير", "الحكومة", "الحكومه", "حكومة",
        "في", "وفي", "القدس", "للقدس", "الجسر", "جسر", "ستفتح", "المدينة", "بالمدينة", "إن", "ان", "على", "وعلى"};

    static String sentence(Random r, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(r.nextInt(12) == 0 ? String.valueOf(r.nextInt(30)) : WORDS[r.nextInt(r.nextBoolean() ? 6 : WORDS.length)]);
        }
        if (r.nextBoolean()) {
            sb.append(r.nextBoolean() ? "." : "؟");
        }
        return sb.toString();
    }

    static String perturb(Random r, String s) {
        List<String> w = new ArrayList<>(List.of(s.split(" ")));
        for (int e = r.nextInt(4); e > 0; e--) {
            int at = w.isEmpty() ? 0 : r.nextInt(w.size());
            switch (w.isEmpty() ? 0 : r.nextInt(3)) {
                case 0 -> w.add(at, WORDS[r.nextInt(WORDS.length)]);
                case 1 -> w.remove(at);
                default -> w.set(at, WORDS[r.nextInt(WORDS.length)]);
            }
        }
        return String.join(" ", w);
    }

    record Scored(int global, int score) {
    }

    @Test
    void arabicTopMatchesEqualABruteForceScan() {
        Random r = new Random(20261201);
        for (int memory = 0; memory < 12; memory++) {
            Path dir = tmp.resolve("m" + memory);
            List<String> arabic = new ArrayList<>();
            try (TmImporter imp = TmImporter.open(dir)) {
                int units = 50 + r.nextInt(300);
                for (int u = 0; u < units; u++) {
                    String s = sentence(r, 1 + r.nextInt(14));
                    imp.add("t" + u, "unit " + u, s);
                    arabic.add(s);
                }
                imp.commit();
            }
            try (EmbeddedMemory tm = EmbeddedMemory.open(dir)) {
                for (int qn = 0; qn < 50; qn++) {
                    String query = r.nextInt(3) == 0 ? sentence(r, r.nextInt(14)) : perturb(r, arabic.get(r.nextInt(arabic.size())));
                    int min = new int[] {1, 30, 50, 70, 75, 90, 99, 100}[r.nextInt(8)];
                    List<Scored> brute = new ArrayList<>();
                    for (int g = 0; g < tm.size(); g++) {
                        int sc = MatchScorer.scoreArabic(query, tm.target(g));
                        if (sc >= min) {
                            brute.add(new Scored(g, sc));
                        }
                    }
                    brute.sort(Comparator.comparingInt((Scored x) -> -x.score()).thenComparingInt(Scored::global));
                    for (int top : new int[] {1, 5, 100_000}) {
                        List<TmMatch> got = tm.lookup(query, "ar", min, top);
                        List<Scored> want = brute.subList(0, Math.min(top, brute.size()));
                        assertThat(got.stream().map(TmMatch::score).toList()).as("memory %d query '%s' min %d top %d", memory, query, min, top)
                                .isEqualTo(want.stream().map(Scored::score).toList());
                        assertThat(got.stream().map(TmMatch::tuid).toList()).isEqualTo(want.stream().map(x -> tm.tuid(x.global())).toList());
                    }
                }
            }
        }
    }
}
