package org.tarjama.tm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.Digits;
import org.tarjama.text.NormalizedText;
import org.tarjama.text.Token;
import org.tarjama.text.Tokenizer;

/**
 * The matching keys, filters and scoring of the embedded store, for stores outside this package (an
 * index on a search cluster): such a store keeps the keys as fields, retrieves the candidates its
 * engine finds with the lossless filters of {@link FuzzyIndex} (length range, one of the query's
 * {@code D(n) + 1} rarest keys), and ranks them here with {@link MatchScorer}, so a match and its
 * percentage are the same whichever store answers.
 */
public final class MatchKeys {
    private MatchKeys() {
    }

    /** A stored unit offered for ranking; {@code seq} is its insertion order (ties go to the lower). */
    public record Unit(long seq, String tuid, String source, String target) {
    }

    /** The English matching keys of a text (one per token, numbers folded). */
    public static String[] english(String text) {
        return MatchTokens.of(text).keys;
    }

    /** The Arabic matching keys of a text (one per token, numbers folded). */
    public static String[] arabic(String text) {
        return MatchTokens.ofArabic(text).keys;
    }

    /** The Arabic concordance forms of a text (every proclitic reading of every word). */
    public static String[] arabicForms(String text) {
        return PreparedUnit.arabicForms(text);
    }

    /** The dedup hash of a pair, as the embedded store computes it. */
    public static long hash(String source, String target) {
        return PreparedUnit.hash(source, target);
    }

    /** The largest key distance a pair whose longer side has {@code l} keys may have at {@code min}%. */
    public static int maxDistance(int l, int min) {
        return MatchScorer.maxDistance(l, min);
    }

    /**
     * The token counts {lo, hi} a unit may have to score {@code min}% against a query of {@code n}
     * keys (the length filter of {@link FuzzyIndex}).
     */
    public static int[] lengthRange(int n, int min) {
        int lo = Math.max(0, n - MatchScorer.maxDistance(n, min));
        int hi = n;
        while (hi + 1 - n <= MatchScorer.maxDistance(hi + 1, min)) {
            hi++;
        }
        return new int[] {lo, hi};
    }

    /**
     * The fewest distinct keys of {@code query} (its keys, {@link #english} or {@link #arabic}) that a
     * unit scoring {@code min}% must hold (the count filter of {@link FuzzyIndex}, on distinct keys): a
     * unit within distance {@code D} of the query shares at least {@code L − D(L) ≥ n − D(n)} keys as a
     * multiset, so the query keys it lacks have multiplicities summing to at most {@code D(n)}; at most
     * {@code s} distinct keys fit in that budget, {@code s} counted by taking the least repeated first.
     * 0 when any unit in the length range may qualify.
     */
    public static int distinctKeysNeeded(String[] query, int min) {
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        for (String k : query) {
            count.merge(k, 1, Integer::sum);
        }
        int[] m = count.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        int budget = MatchScorer.maxDistance(query.length, min);
        int missing = 0;
        while (missing < m.length && m[missing] <= budget) {
            budget -= m[missing++];
        }
        return m.length - missing;
    }

    /** The score of a memory source for a query, from scratch (English or Arabic). */
    public static int score(String query, String source, boolean arabic) {
        return arabic ? MatchScorer.scoreArabic(query, source) : MatchScorer.score(query, source);
    }

    /**
     * The best {@code top} matches among {@code candidates} scoring at least {@code min}, best first,
     * ties in insertion order, built exactly as {@link EmbeddedMemory#lookup} builds them.
     * {@code arabic}: the query and the candidates' targets are Arabic, their sources English.
     */
    public static List<TmMatch> rank(String query, boolean arabic, int min, int top, List<Unit> candidates) {
        Directions.checkLimits(min, top);
        MatchTokens q = arabic ? MatchTokens.ofArabic(query) : MatchTokens.of(query);
        record Scored(Unit u, int score) {
        }
        List<Scored> kept = new ArrayList<>();
        for (Unit u : candidates) {
            int s = score(query, arabic ? u.target() : u.source(), arabic);
            if (s >= min) {
                kept.add(new Scored(u, s));
            }
        }
        kept.sort(Comparator.comparingInt((Scored s) -> -s.score()).thenComparingLong(s -> s.u().seq()));
        List<TmMatch> out = new ArrayList<>();
        for (Scored s : kept.subList(0, Math.min(top, kept.size()))) {
            Unit u = s.u();
            MatchTokens m = arabic ? MatchTokens.ofArabic(u.target()) : MatchTokens.of(u.source());
            String proposed = arabic ? u.source() : u.target();
            out.add(new TmMatch(s.score(), m.text, MatchScorer.substituteNumbers(q, m, proposed), u.tuid(), proposed,
                    MatchScorer.diff(q, m)));
        }
        return out;
    }

    /** The words of a concordance phrase: English keys, or Arabic words normalised for matching. */
    public static String[] phrase(String phrase, boolean arabic) {
        if (!arabic) {
            return MatchTokens.of(phrase).keys;
        }
        List<Token> words = Tokenizer.tokenize(ArabicNormalizer.MATCHING.normalize(phrase));
        String[] keys = new String[words.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = words.get(i).text();
        }
        return keys;
    }

    /**
     * Where in the Arabic {@code target} the first run of consecutive words stands that has, word by
     * word, the {@code keys} (a phrase's {@link ArabicNormalizer#MATCHING} words, see {@link #phrase})
     * among its forms ({@link PreparedUnit#wordForms}: proclitics stripped): {start, end} in
     * {@code target}, or {@code null}.
     */
    static int[] arabicSpan(String[] keys, String target) {
        int n = keys.length;
        NormalizedText nt = ArabicNormalizer.MATCHING.apply(target);
        List<Token> toks = Tokenizer.tokenize(nt.text());
        for (int s = 0; s + n <= toks.size(); s++) {
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                ok = PreparedUnit.wordForms(toks.get(s + i).text()).contains(keys[i]);
            }
            if (ok) {
                var span = nt.toOriginal(toks.get(s).start(), toks.get(s + n - 1).end());
                return new int[] {span.start(), span.end()};
            }
        }
        return null;
    }

    /**
     * The first occurrence of {@code phrase} in a unit, as the embedded concordance finds it, or
     * {@code null}: consecutive English keys with the same numbers, or consecutive Arabic words each
     * having the phrase word among its forms.
     */
    public static ConcordanceHit occurrence(String phrase, boolean arabic, String tuid, String source, String target) {
        String[] keys = phrase(phrase, arabic);
        int n = keys.length;
        if (n == 0) {
            return null;
        }
        if (arabic) {
            int[] span = arabicSpan(keys, target);
            return span == null ? null : new ConcordanceHit(tuid, source, target, true, span[0], span[1]);
        }
        List<String> numbers = MatchTokens.of(phrase).numbers();
        MatchTokens src = MatchTokens.of(source);
        for (int s = 0; s + n <= src.size(); s++) {
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                ok = src.keys[s + i].equals(keys[i]);
            }
            if (!ok) {
                continue;
            }
            if (!numbers.isEmpty()) {
                List<String> have = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Token t = src.tokens.get(s + i);
                    if (t.isNumber()) {
                        have.add(Digits.toAscii(t.text()));
                    }
                }
                if (!have.equals(numbers)) {
                    continue;
                }
            }
            return new ConcordanceHit(tuid, src.text, target, false, src.tokens.get(s).start(),
                    src.tokens.get(s + n - 1).end());
        }
        return null;
    }
}
