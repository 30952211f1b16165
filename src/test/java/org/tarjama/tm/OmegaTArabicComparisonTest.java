package org.tarjama.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * Our Arabic percentages on {@link ArabicLookupTest#SCALE}'s 20 hand-made pairs beside OmegaT's for
 * an Arabic project. OmegaT's {@code LuceneArabicTokenizer} is Lucene's {@link ArabicAnalyzer} (stop
 * words, normalisation, light stemming) for its main match percentage
 * ({@code tokenizeWords(MATCHING)}: stems and stop words on, tokens containing a digit dropped) and
 * Lucene's {@code StandardTokenizer} for the unstemmed one ({@code StemmingMode.NONE}); both go
 * through OmegaT's {@code FuzzyMatcher.calcSimilarity}: {@code 100 × (L − d) / L} with {@code d} the
 * token Levenshtein distance and {@code L} the longer token count (0 when both are empty). The real
 * Lucene analyzers are used; OmegaT's formula is re-implemented below from its source
 * (org.omegat.core.matching.FuzzyMatcher, LevenshteinDistance, org.omegat.tokenizer.BaseTokenizer).
 *
 * <p>The table in docs/serve.md between the {@code omegat-arabic} markers must be the one computed
 * here; {@code -Dtarjama.regold=true} rewrites it.
 */
class OmegaTArabicComparisonTest {
    private static final Path DOC = Path.of("docs", "serve.md");
    private static final String START = "<!-- omegat-arabic:start (OmegaTArabicComparisonTest) -->";
    private static final String END = "<!-- omegat-arabic:end -->";

    /** OmegaT's token list: the analyzer's terms, without empty, whitespace-only or digit-holding ones. */
    static List<String> omegatTokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!t.isBlank() && t.codePoints().noneMatch(Character::isDigit)) {
                    out.add(t);
                }
            }
            ts.end();
        }
        return out;
    }

    /** OmegaT's FuzzyMatcher.calcSimilarity over token texts. */
    static int omegatSimilarity(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int cost = a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1;
                cur[j] = Math.min(prev[j - 1] + cost, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int l = Math.max(a.size(), b.size());
        return 100 * (l - prev[b.size()]) / l;
    }

    /** OmegaT's unstemmed tokens: Lucene's StandardTokenizer alone (no lower-casing, no filter). */
    static Analyzer plainTokenizer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new StandardTokenizer());
            }
        };
    }

    static String table() throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("| # | change (memory → query) | Tarjama | OmegaT (ArabicAnalyzer, stemmed) | OmegaT (unstemmed) | OmegaT's stemmed tokens of the query |\n");
        sb.append("|---|---|---|---|---|---|\n");
        int i = 0;
        try (Analyzer stemmed = new ArabicAnalyzer(); Analyzer plain = plainTokenizer()) {
            for (ArabicLookupTest.Case c : ArabicLookupTest.SCALE) {
                i++;
                int ours = MatchScorer.scoreArabic(c.query(), c.memory());
                List<String> qs = omegatTokens(stemmed, c.query());
                int stem = omegatSimilarity(qs, omegatTokens(stemmed, c.memory()));
                int none = omegatSimilarity(omegatTokens(plain, c.query()), omegatTokens(plain, c.memory()));
                sb.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %d | %s |%n", i, c.why().replace("|", "\\|"), ours, stem, none,
                        String.join(" ", qs)));
            }
        }
        return sb.toString();
    }

    @Test
    void docsServeMdHoldsTheComputedTable() throws IOException {
        String table = table();
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int a = doc.indexOf(START);
        int b = doc.indexOf(END);
        assertThat(a).as("%s in %s", START, DOC).isGreaterThanOrEqualTo(0);
        assertThat(b).isGreaterThan(a);
        String want = START + "\n" + table + END;
        if (Boolean.getBoolean("tarjama.regold")) {
            Files.writeString(DOC, doc.substring(0, a) + want + doc.substring(b + END.length()), StandardCharsets.UTF_8);
            return;
        }
        assertThat(doc.substring(a, b + END.length())).as("the table in %s (rewrite it with -Dtarjama.regold=true)", DOC).isEqualTo(want);
    }

    /** OmegaT's formula, checked on its own: 100 only for equal token lists, one change in ten is 90. */
    @Test
    void theOmegatFormulaAsItsSourceHasIt() {
        List<String> ten = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        assertThat(omegatSimilarity(ten, ten)).isEqualTo(100);
        assertThat(omegatSimilarity(ten, List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "x"))).isEqualTo(90);
        assertThat(omegatSimilarity(ten, ten.subList(0, 9))).isEqualTo(90);
        assertThat(omegatSimilarity(List.of(), List.of())).isZero();
        assertThat(omegatSimilarity(List.of("a", "b", "c"), List.of("a", "c", "b"))).isEqualTo(33);
    }
}
