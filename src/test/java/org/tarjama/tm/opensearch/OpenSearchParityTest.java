package org.tarjama.tm.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.model.TranslationUnit;
import org.tarjama.tm.ImportResult;
import org.tarjama.tm.MemoryImport;
import org.tarjama.tm.MemoryStore;
import org.tarjama.tm.MemoryStores;
import org.tarjama.tm.TmMatch;
import org.tarjama.tm.TranslationMemory;

/**
 * The same memory in the embedded store and in OpenSearch answers every lookup with the same matches
 * and percentages, and every concordance with the same hits. Needs a node: the URL comes from the
 * system property or environment variable {@code TARJAMA_OPENSEARCH_URL} (scripts/opensearch.sh start
 * prints one; .ci/run exports it); without it the test is skipped, except under CI with
 * {@code TARJAMA_OPENSEARCH_REQUIRED=true}, where it fails. The number of queries per threshold and
 * direction is {@code -Dtarjama.opensearch.parity.queries} (default 100).
 */
class OpenSearchParityTest {
    private static final String[] EN = ("the of and to in a is that for on said minister government bridge Cairo "
            + "will open spring talks new city rain water school hospital road project budget year report council "
            + "police court election week president bank oil price market health children women village border "
            + "river north south east west station airport ministry plan share The A In").split(" ");
    private static final String[] AR = ("في من على إلى أن قال الوزير الحكومة الجسر القاهرة سيفتح الربيع محادثات "
            + "جديدة المدينة المطر الماء المدرسة والمدرسة بالمدرسة للمدرسة مستشفى الطريق والطريق المشروع الميزانية "
            + "العام تقرير المجلس الشرطة المحكمة الانتخابات الأسبوع الرئيس البنك النفط السعر السوق الصحة الأطفال "
            + "النساء القرية الحدود النهر بالنهر الشمال الجنوب المحطة المطار وزارة خطة").split(" ");

    private static String url;
    private static Path embeddedDir;
    private static TranslationMemory embedded;
    private static TranslationMemory remote;
    private static MemoryStore store;
    private static final List<String[]> UNITS = new ArrayList<>();

    @TempDir
    static Path tmp;

    static String setting(String name) {
        String v = System.getProperty(name);
        return v != null && !v.isBlank() ? v : System.getenv(name);
    }

    static String word(Random r, String[] words) {
        double u = r.nextDouble();
        return words[(int) (words.length * u * u * u)]; // roughly Zipfian: common words are common
    }

    static String sentence(Random r, String[] words, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(r.nextInt(10) == 0 ? String.valueOf(r.nextInt(r.nextBoolean() ? 30 : 5000)) : word(r, words));
        }
        return sb.append(r.nextInt(3) == 0 ? "" : ".").toString();
    }

    /** One word substituted, inserted or deleted. */
    static String oneEdit(Random r, String s, String[] words) {
        List<String> w = new ArrayList<>(List.of(s.split(" ")));
        int at = r.nextInt(w.size());
        switch (r.nextInt(3)) {
            case 0 -> w.set(at, word(r, words));
            case 1 -> w.add(at, word(r, words));
            default -> {
                if (w.size() > 1) {
                    w.remove(at);
                }
            }
        }
        return String.join(" ", w);
    }

    /** Every number changed (or one appended when there is none). */
    static String numberChange(Random r, String s) {
        List<String> w = new ArrayList<>(List.of(s.split(" ")));
        boolean changed = false;
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).matches("\\d+\\.?")) {
                w.set(i, (r.nextInt(9000) + 1) + (w.get(i).endsWith(".") ? "." : ""));
                changed = true;
            }
        }
        if (!changed) {
            w.add(String.valueOf(r.nextInt(100)));
        }
        return String.join(" ", w);
    }

    @BeforeAll
    static void load() {
        url = setting("TARJAMA_OPENSEARCH_URL");
        boolean required = "true".equals(System.getenv("CI")) && "true".equals(setting("TARJAMA_OPENSEARCH_REQUIRED"));
        if (url == null && required) {
            throw new AssertionError("TARJAMA_OPENSEARCH_URL is not set: start a node with scripts/opensearch.sh start");
        }
        Assumptions.assumeTrue(url != null, "no OpenSearch node (set TARJAMA_OPENSEARCH_URL)");
        String hostPort = url.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
        String name = "tarjama-parity-" + Long.toString(System.nanoTime(), 36);
        store = MemoryStores.of("opensearch://" + hostPort + "/" + name);
        embeddedDir = tmp.resolve("embedded");
        MemoryStore local = MemoryStores.of(embeddedDir.toString());
        Random r = new Random(17);
        for (int u = 0; u < 3000; u++) {
            String en = sentence(r, EN, 1 + r.nextInt(r.nextInt(4) == 0 ? 30 : 12));
            String ar = sentence(r, AR, 1 + r.nextInt(r.nextInt(4) == 0 ? 30 : 12));
            UNITS.add(new String[] {"u" + u, en, ar});
            if (r.nextInt(20) == 0) {
                UNITS.add(new String[] {"dup" + u, en, ar}); // a duplicate both stores must drop
            }
        }
        ImportResult a = importAll(local);
        ImportResult b = importAll(store);
        assertThat(b).isEqualTo(a);
        embedded = local.open();
        remote = store.open();
    }

    static ImportResult importAll(MemoryStore s) {
        try (MemoryImport imp = s.openImport()) {
            for (String[] u : UNITS) {
                imp.add(TranslationUnit.of(u[0], "en", u[1], "ar", u[2]));
            }
            imp.add(TranslationUnit.of("half", "en", "English only", "ar", " "));
            return imp.commit();
        }
    }

    @AfterAll
    static void drop() {
        if (store != null) {
            OpenSearchStore os = (OpenSearchStore) store;
            String index = os.currentIndex();
            if (index != null) {
                os.client().json("DELETE", "/" + index, null);
            }
        }
    }

    static List<String> queries(Random r, boolean arabic, int count) {
        List<String> out = new ArrayList<>();
        String[] words = arabic ? AR : EN;
        for (int i = 0; i < count; i++) {
            String[] u = UNITS.get(r.nextInt(UNITS.size()));
            String s = arabic ? u[2] : u[1];
            out.add(switch (i % 4) {
                case 0, 1 -> oneEdit(r, s, words);
                case 2 -> numberChange(r, s);
                default -> sentence(r, words, 1 + r.nextInt(14)); // unrelated
            });
        }
        return out;
    }

    @Test
    void lookupsGiveTheSameMatchesAndPercentagesAsTheEmbeddedStore() {
        int count = Integer.parseInt(System.getProperty("tarjama.opensearch.parity.queries", "100"));
        Random r = new Random(1717);
        int compared = 0;
        int withMatches = 0;
        List<String> differ = new ArrayList<>();
        long start = System.nanoTime();
        for (boolean arabic : new boolean[] {false, true}) {
            for (String q : queries(r, arabic, count)) {
                for (int min : new int[] {50, 70}) {
                    List<TmMatch> want = embedded.lookup(q, arabic ? "ar" : "en", min, 5);
                    List<TmMatch> got = remote.lookup(q, arabic ? "ar" : "en", min, 5);
                    if (!got.equals(want)) {
                        // every difference is collected, so one long run shows them all
                        differ.add(String.format(Locale.ROOT, "%s query '%s' at %d%%:%n  embedded   %s%n  opensearch %s",
                                arabic ? "Arabic" : "English", q, min, want, got));
                    }
                    compared++;
                    withMatches += want.isEmpty() ? 0 : 1;
                }
            }
        }
        System.out.printf(Locale.ROOT, "parity: %d lookups compared (%d queries per direction and threshold), %d with matches, "
                + "%d differ, %.1f s%n", compared, count, withMatches, differ.size(), (System.nanoTime() - start) / 1e9);
        assertThat(differ).as("lookups that differ out of %d", compared).isEmpty();
        assertThat(withMatches).as("lookups with matches out of %d", compared).isGreaterThan(compared / 3);
    }

    @Test
    void concordanceGivesTheSameHits() {
        Random r = new Random(99);
        for (int i = 0; i < 150; i++) {
            boolean arabic = i % 2 == 1;
            String[] u = UNITS.get(r.nextInt(UNITS.size()));
            String[] w = (arabic ? u[2] : u[1]).split(" ");
            int from = r.nextInt(w.length);
            int to = Math.min(w.length, from + 1 + r.nextInt(3));
            String phrase = String.join(" ", List.of(w).subList(from, to));
            if (arabic && r.nextBoolean()) {
                phrase = phrase.replaceFirst("^[وبل]ال", "ال"); // a proclitic the concordance must see through
            }
            assertThat(remote.concordance(phrase, arabic, 20)).as("'%s'", phrase).isEqualTo(embedded.concordance(phrase, arabic, 20));
        }
    }

    @Test
    void exportIsTheEmbeddedExportAndReimportingAddsNothing() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        embedded.forEach(tu -> a.add(tu.toString()));
        remote.forEach(tu -> b.add(tu.toString()));
        assertThat(b).isEqualTo(a);
        assertThat(remote.size()).isEqualTo(embedded.size());
        ImportResult again = importAll(store);
        assertThat(again.added()).isZero();
        assertThat(again.total()).isEqualTo(embedded.size());
        try (TranslationMemory reopened = store.open()) {
            assertThat(reopened.stats().generation()).isEqualTo(2);
            assertThat(reopened.lookup("the minister said", 50, 3)).isEqualTo(embedded.lookup("the minister said", 50, 3));
            assertThat(reopened.stats().units()).isEqualTo(embedded.size());
            assertThat(reopened.stats().englishTerms()).isEqualTo(embedded.stats().englishTerms());
        }
    }

    @Test
    void anAbandonedImportIsNeverVisible() {
        long before = remote.size();
        try (MemoryImport imp = store.openImport()) {
            imp.add(TranslationUnit.of("x", "en", "A unit nobody commits " + Locale.ROOT, "ar", "وحدة لا تُعتمد"));
        }
        try (TranslationMemory tm = store.open()) {
            assertThat(tm.size()).isEqualTo(before);
            assertThat(tm.concordance("nobody commits", false, 5)).isEmpty();
        }
    }
}
