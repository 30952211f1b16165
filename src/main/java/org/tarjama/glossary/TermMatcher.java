package org.tarjama.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tarjama.model.Span;
import org.tarjama.text.ArabicClitics;
import org.tarjama.text.ArabicSpelling;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.NormalizedText;
import org.tarjama.text.Token;
import org.tarjama.text.Tokenizer;

/**
 * Finds glossary terms in English and Arabic sentences, with spans in the original text. Built once
 * per glossary; immutable and thread-safe.
 *
 * <p>Both sides are matched over a trie of normalised <em>words</em> (a word-level Aho–Corasick without
 * failure links: every token position is tried as a start and walked at most as deep as the longest
 * term), so a sentence costs a few hash look-ups per token whatever the glossary size.
 *
 * <p><b>English</b>: whole-word phrases, case-insensitive (case-sensitive for an entry marked so and
 * for forms written in capitals only, such as "UN" or "US", so that "us" is not the United States).
 * Tokens end at apostrophes and punctuation, so "Hamas's", "Israel’s" and "Ashkelon." match; the words
 * of a term may be separated by spaces or hyphens in either spelling ("Tel Aviv" = "Tel-Aviv").
 *
 * <p><b>Arabic</b> (after {@link ArabicNormalizer#MATCHING}: harakat, tatweel, bidi marks removed,
 * alef/hamza forms, ى/ي, ة/ه, Persian letters and NBSP folded):
 * <ul>
 *   <li>the first word of a term may carry the proclitics of {@link ArabicClitics}: و ف ب ل ك and their
 *       chains (وحماس، لحماس، فبحماس);</li>
 *   <li>a term that has the article ال keeps it, also behind proclitics (والقبة، بالقدس), and ل + ال is
 *       written لل (للقبة الحديدية); a term without the article never matches with it (الحماس is
 *       "the enthusiasm", not Hamas);</li>
 *   <li>the following words of a multi-word term must follow in sequence, separated by whitespace only,
 *       and carry no clitics;</li>
 *   <li>whole words only (حماسة "enthusiasm" is not حماس);</li>
 *   <li>أبو/أبا/أبي are one word in three case forms ({@link ArabicMorphology#canonicalWord});</li>
 *   <li>derived forms — the glossary's irregular ones (حمساوي) with their inflections, or else the
 *       regular nisba/gentilic forms of a one-word name (عسقلاني، الإسرائيلي، غزيون) — are found as
 *       {@link Kind#DERIVED}.</li>
 * </ul>
 * Overlapping matches are resolved leftmost-longest: in "قطاع غزة" only Gaza Strip is found, not also
 * Gaza; in "Israel Radio" only Israel Radio.
 */
public final class TermMatcher {

    /** What an Arabic occurrence is for its entry. Lower ordinal wins when two readings tie. */
    public enum Kind {
        APPROVED, VARIANT, FORBIDDEN, DERIVED
    }

    /** An English occurrence of an entry's term (or English variant) with its span in the sentence. */
    public record EnglishMatch(GlossaryEntry entry, String form, Span span) {
    }

    /** An Arabic occurrence: the entry, how the form relates to it, the glossary form, and the span of the
     *  whole word(s) in the original sentence (proclitics included). */
    public record ArabicMatch(GlossaryEntry entry, Kind kind, String form, Span span) {
    }

    /** A word of a multi-word term found alone (القبة without الحديدية): a hint for a missing term. */
    public record PartialMatch(GlossaryEntry entry, String word, Span span) {
    }

    private record Target(int entry, Kind kind, String form) {
    }

    /** A trie node over words; edges are keyed by gap class + word (see {@link #edgeKey}). */
    private static final class Node {
        Map<String, Node> next;
        Target[] targets = NO_TARGETS;

        Node child(String key) {
            return next == null ? null : next.get(key);
        }

        Node childOrNew(String key) {
            if (next == null) {
                next = new HashMap<>(4);
            }
            return next.computeIfAbsent(key, k -> new Node());
        }

        void add(Target t) {
            for (Target have : targets) {
                if (have.equals(t)) {
                    return;
                }
            }
            targets = Arrays.copyOf(targets, targets.length + 1);
            targets[targets.length - 1] = t;
        }
    }

    private static final Target[] NO_TARGETS = new Target[0];
    /** Characters that may separate the words of an English term like a space does. */
    static final String ENGLISH_HYPHENS = "-\u2010\u2011";
    /** Characters written for an apostrophe in English ("Martha’s" = "Martha's"). */
    static final String APOSTROPHES = "'\u2019\u2018\u02BC`";
    /** The gap class of "words separated by whitespace (or an English hyphen)". */
    private static final String SPACE_GAP = " ";

    private final Glossary glossary;
    private final List<GlossaryEntry> entries;
    private final Map<String, Node> enInsensitive = new HashMap<>();
    private final Map<String, Node> enSensitive = new HashMap<>();
    private final Map<String, Node> arabic = new HashMap<>();
    /** Words (normalised, canonical) of multi-word accepted forms → entries, for partial hints. */
    private final Map<String, int[]> partialWords = new HashMap<>();
    /** Entry → its index, by identity (records compare by value, which is slow on large glossaries). */
    private final Map<GlossaryEntry, Integer> ids = new java.util.IdentityHashMap<>();

    /** True when some entry has context exceptions ({@link GlossaryExceptions}). */
    private final boolean hasExceptions;

    private TermMatcher(Glossary glossary) {
        this.glossary = glossary;
        this.entries = glossary.entries();
        this.hasExceptions = entries.stream().anyMatch(e -> !e.exceptions().isEmpty());
        for (int i = 0; i < entries.size(); i++) {
            ids.put(entries.get(i), i);
            index(i, entries.get(i));
        }
    }

    /** A matcher for every entry of {@code glossary}. */
    public static TermMatcher of(Glossary glossary) {
        return new TermMatcher(glossary);
    }

    /** A matcher for the given entries (convenient in tests and for the aligner's anchors). */
    public static TermMatcher of(GlossaryEntry... entries) {
        return new TermMatcher(new Glossary("", List.of(entries)));
    }

    /** True when some entry has context exceptions. */
    public boolean hasExceptions() {
        return hasExceptions;
    }

    public Glossary glossary() {
        return glossary;
    }

    // ------------------------------------------------------------------ indexing

    private void index(int id, GlossaryEntry e) {
        for (String f : e.englishForms()) {
            List<String> keys = englishKeys(f, e.caseSensitive() || isAcronym(f));
            if (keys.isEmpty()) {
                continue;
            }
            insert(isCaseSensitive(e, f) ? enSensitive : enInsensitive, keys, new Target(id, Kind.APPROVED, f));
        }
        for (String f : e.approved()) {
            insertArabic(id, f, Kind.APPROVED);
        }
        for (String f : e.variants()) {
            insertArabic(id, f, Kind.VARIANT);
        }
        for (String f : e.forbidden()) {
            insertArabic(id, f, Kind.FORBIDDEN);
        }
        if (!e.derived().isEmpty()) {
            for (String f : e.derived()) {
                List<String> words = arabicKeys(f);
                if (words.size() == 1) {
                    String w = words.get(0);
                    String stem = stripArticle(f, w);
                    for (String inflected : ArabicMorphology.inflections(stem)) {
                        insert(arabic, List.of(inflected), new Target(id, Kind.DERIVED, f));
                        insert(arabic, List.of(ArabicClitics.ARTICLE + inflected), new Target(id, Kind.DERIVED, f));
                    }
                } else if (!words.isEmpty()) {
                    insert(arabic, words, new Target(id, Kind.DERIVED, f));
                }
            }
        } else {
            // regular nisba forms of one-word accepted forms
            for (String f : e.acceptedForms()) {
                List<String> words = arabicKeys(f);
                if (words.size() != 1) {
                    continue;
                }
                String stem = stripArticle(f, words.get(0));
                for (String d : ArabicMorphology.nisbaForms(stem)) {
                    insert(arabic, List.of(d), new Target(id, Kind.DERIVED, d));
                    insert(arabic, List.of(ArabicClitics.ARTICLE + d), new Target(id, Kind.DERIVED, d));
                }
            }
        }
        for (String f : e.acceptedForms()) {
            List<String> words = arabicKeys(f);
            if (words.size() < 2) {
                continue;
            }
            for (int k = 0; k < words.size(); k++) {
                String w = wordOfKey(words.get(k));
                if (w.length() >= 3) {
                    int[] have = partialWords.getOrDefault(w, new int[0]);
                    if (Arrays.stream(have).noneMatch(x -> x == id)) {
                        int[] more = Arrays.copyOf(have, have.length + 1);
                        more[have.length] = id;
                        partialWords.put(w, more);
                    }
                }
            }
        }
    }

    /** Entries whose preferred form transliterates the English (rather than translating it), by id. */
    private final java.util.concurrent.ConcurrentHashMap<Integer, Boolean> transliterated =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * True when the entry's preferred Arabic form sounds like its English (a transliteration, where an
     * added or moved long vowel is only spelling), false for a translated name (Labour → حزب العمال).
     */
    boolean transliterated(GlossaryEntry e) {
        Integer id = ids.get(e);
        if (id == null) {
            return true;
        }
        return transliterated.computeIfAbsent(id, k -> org.tarjama.text.Transliteration.similarity(e.en(),
                e.preferred()) >= TRANSLITERATION_FLOOR);
    }

    /** Transliteration similarity from which a glossary form counts as a transliteration. */
    static final double TRANSLITERATION_FLOOR = 0.5;

    /** The word of a trie key (later keys carry their gap class in front). */
    private static String wordOfKey(String key) {
        int z = key.indexOf('\u0000');
        if (z >= 0) {
            return key.substring(z + 1);
        }
        return key.startsWith(SPACE_GAP) ? key.substring(SPACE_GAP.length()) : key;
    }

    private static String stripArticle(String form, String normalizedWord) {
        String light = ArabicNormalizer.LIGHT.normalize(form.strip());
        return ArabicMorphology.hasArticle(light) ? normalizedWord.substring(ArabicClitics.ARTICLE.length())
                : normalizedWord;
    }

    private void insertArabic(int id, String form, Kind kind) {
        List<String> keys = arabicKeys(form);
        if (!keys.isEmpty()) {
            insert(arabic, keys, new Target(id, kind, form));
        }
    }

    private static void insert(Map<String, Node> root, List<String> keys, Target t) {
        Node n = root.computeIfAbsent(keys.get(0), k -> new Node());
        for (int i = 1; i < keys.size(); i++) {
            n = n.childOrNew(keys.get(i));
        }
        n.add(t);
    }

    private static boolean isCaseSensitive(GlossaryEntry e, String form) {
        return e.caseSensitive() || isAcronym(form);
    }

    /** A form written in capitals only (two letters or more): "UN", "US", "U.S.". */
    static boolean isAcronym(String form) {
        int letters = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * An English word as matched: accents removed (Zuhrī = Zuhri, Pérez = Perez), lower-cased unless the
     * match is case-sensitive.
     */
    static String englishWord(String token, boolean caseSensitive) {
        String w = token;
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) > 0x7F) {
                w = COMBINING_MARKS.matcher(java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD))
                        .replaceAll("");
                break;
            }
        }
        return caseSensitive ? w : w.toLowerCase(Locale.ROOT);
    }

    private static final java.util.regex.Pattern COMBINING_MARKS = java.util.regex.Pattern.compile("\\p{Mn}+");

    /** Trie keys of an English form: first word, then gap class + word. */
    static List<String> englishKeys(String form, boolean caseSensitive) {
        List<Token> toks = Tokenizer.tokenize(form);
        List<String> keys = new ArrayList<>(toks.size());
        for (int i = 0; i < toks.size(); i++) {
            String w = englishWord(toks.get(i).text(), caseSensitive);
            keys.add(i == 0 ? w : edgeKey(gapClass(form, toks.get(i - 1).end(), toks.get(i).start(), true), w));
        }
        return keys;
    }

    /** Trie keys of an Arabic form: normalised canonical words, later ones prefixed by their gap class. */
    static List<String> arabicKeys(String form) {
        String norm = ArabicNormalizer.MATCHING.normalize(form.strip());
        List<Token> toks = Tokenizer.tokenize(norm);
        List<String> keys = new ArrayList<>(toks.size());
        for (int i = 0; i < toks.size(); i++) {
            String w = ArabicMorphology.canonicalWord(toks.get(i).text());
            keys.add(i == 0 ? w : edgeKey(gapClass(norm, toks.get(i - 1).end(), toks.get(i).start(), false), w));
        }
        return keys;
    }

    private static String edgeKey(String gap, String word) {
        return gap.equals(SPACE_GAP) ? SPACE_GAP + word : gap + "\u0000" + word;
    }

    /**
     * The class of the text between two words: {@link #SPACE_GAP} when it is whitespace (and, in English,
     * hyphens) only, else the gap itself without whitespace ("." in "U.S.").
     */
    static String gapClass(CharSequence s, int from, int to, boolean english) {
        boolean spaceOnly = to > from;
        StringBuilder other = null;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || (english && ENGLISH_HYPHENS.indexOf(c) >= 0)) {
                continue;
            }
            spaceOnly = false;
            if (other == null) {
                other = new StringBuilder();
            }
            other.append(english && APOSTROPHES.indexOf(c) >= 0 ? '\'' : c);
        }
        if (spaceOnly) {
            return SPACE_GAP;
        }
        return other == null ? "" : other.toString();
    }

    // ------------------------------------------------------------------ English

    /** Every glossary term in an English sentence, overlaps resolved leftmost-longest, in text order. */
    public List<EnglishMatch> findEnglish(String sentence) {
        List<Token> toks = Tokenizer.tokenize(sentence);
        int n = toks.size();
        if (n == 0) {
            return List.of();
        }
        String[] exact = new String[n];
        String[] lower = new String[n];
        String[] gaps = new String[n];
        for (int i = 0; i < n; i++) {
            exact[i] = englishWord(toks.get(i).text(), true);
            lower[i] = exact[i].toLowerCase(Locale.ROOT);
            gaps[i] = i == 0 ? "" : gapClass(sentence, toks.get(i - 1).end(), toks.get(i).start(), true);
        }
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            walk(enInsensitive.get(lower[i]), i, lower, gaps, cands);
            if (!enSensitive.isEmpty()) {
                walk(enSensitive.get(exact[i]), i, exact, gaps, cands);
            }
        }
        List<EnglishMatch> out = new ArrayList<>();
        for (Candidate c : resolve(cands)) {
            out.add(new EnglishMatch(entries.get(c.target.entry), c.target.form,
                    new Span(toks.get(c.start).start(), toks.get(c.end).end())));
        }
        return out;
    }

    /** The occurrences of one entry's English forms in a sentence (after overlap resolution with all entries). */
    public List<EnglishMatch> findEnglish(GlossaryEntry entry, String sentence) {
        List<EnglishMatch> out = new ArrayList<>();
        for (EnglishMatch m : findEnglish(sentence)) {
            if (m.entry().equals(entry)) {
                out.add(m);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ Arabic

    /** The Arabic sentence analysed once: normalised text, tokens, matches; partial hints on demand. */
    public final class ArabicAnalysis {
        private final NormalizedText normalized;
        private final List<Token> tokens;
        private final String[][] firstKeys;
        private final List<ArabicMatch> matches;
        /** Every candidate before overlap resolution: a term hidden inside a longer one is still here. */
        private final List<Candidate> all;

        private ArabicAnalysis(NormalizedText normalized, List<Token> tokens, String[][] firstKeys,
                               List<ArabicMatch> matches, List<Candidate> all) {
            this.normalized = normalized;
            this.tokens = tokens;
            this.firstKeys = firstKeys;
            this.matches = matches;
            this.all = all;
        }

        /**
         * An approved form or variant of {@code entry} that overlap resolution gave to a longer term
         * (روزا inside إعصار روزا, found as Hurricane Rosa), or null. A caller whose English has the
         * shorter term but not the longer one counts it as found.
         */
        public ArabicMatch hidden(GlossaryEntry entry) {
            Integer id = ids.get(entry);
            if (id == null) {
                return null;
            }
            for (Candidate c : all) {
                if (c.target.entry == id && (c.target.kind == Kind.APPROVED || c.target.kind == Kind.VARIANT)) {
                    return new ArabicMatch(entry, c.target.kind, c.target.form,
                            normalized.toOriginal(tokens.get(c.start).start(), tokens.get(c.end).end()));
                }
            }
            return null;
        }

        /**
         * Where an accepted form of {@code entry} is written differently only in spelling or spacing, or
         * glued to a neighbouring word; null when nowhere. See {@link ArabicSpelling}.
         */
        public ArabicSpelling.Hit spelling(GlossaryEntry entry) {
            return ArabicSpelling.find(entry.acceptedForms(), normalized, tokens, transliterated(entry));
        }

        /** Full matches of approved, variant, forbidden and derived forms, in text order. */
        public List<ArabicMatch> matches() {
            return matches;
        }

        /** Words of {@code entry}'s multi-word accepted forms that occur alone in the sentence. */
        public List<PartialMatch> partials(GlossaryEntry entry) {
            List<PartialMatch> out = new ArrayList<>();
            Integer boxed = ids.get(entry);
            if (boxed == null) {
                int at = entries.indexOf(entry);
                if (at < 0) {
                    return out;
                }
                boxed = at;
            }
            final int id = boxed;
            for (int i = 0; i < tokens.size(); i++) {
                for (String k : firstKeys[i]) {
                    int[] ids = partialWords.get(k);
                    if (ids != null && Arrays.stream(ids).anyMatch(x -> x == id)) {
                        out.add(new PartialMatch(entry, k, normalized.toOriginal(tokens.get(i).start(),
                                tokens.get(i).end())));
                        break;
                    }
                }
            }
            return out;
        }
    }

    /** Analyses an Arabic sentence: every approved/variant/forbidden/derived occurrence with original spans. */
    public ArabicAnalysis analyzeArabic(String sentence) {
        NormalizedText nt = ArabicNormalizer.MATCHING.apply(sentence);
        String text = nt.text();
        List<Token> toks = Tokenizer.tokenize(text);
        int n = toks.size();
        String[] words = new String[n];
        String[] later = new String[n];
        String[][] firstKeys = new String[n][];
        for (int i = 0; i < n; i++) {
            words[i] = ArabicMorphology.canonicalWord(toks.get(i).text());
            later[i] = i == 0 ? null : edgeKey(gapClass(text, toks.get(i - 1).end(), toks.get(i).start(), false),
                    words[i]);
            firstKeys[i] = firstWordKeys(toks.get(i).text());
        }
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (String k : firstKeys[i]) {
                walkLater(arabic.get(k), i, later, cands);
            }
        }
        List<ArabicMatch> out = new ArrayList<>();
        for (Candidate c : resolve(cands)) {
            out.add(new ArabicMatch(entries.get(c.target.entry), c.target.kind, c.target.form,
                    nt.toOriginal(toks.get(c.start).start(), toks.get(c.end).end())));
        }
        return new ArabicAnalysis(nt, toks, firstKeys, out, cands);
    }

    /** Every glossary form in an Arabic sentence, overlaps resolved, in text order. */
    public List<ArabicMatch> findArabic(String sentence) {
        return analyzeArabic(sentence).matches();
    }

    /** The occurrences of one entry's Arabic forms in a sentence (after overlap resolution with all entries). */
    public List<ArabicMatch> findArabic(GlossaryEntry entry, String sentence) {
        List<ArabicMatch> out = new ArrayList<>();
        for (ArabicMatch m : findArabic(sentence)) {
            if (m.entry().equals(entry)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The keys under which a text word may start a term: the word itself, and for each proclitic reading
     * of {@link ArabicClitics#splits} the stem, with the article put back when the reading has it (so a
     * term without ال is never found with it).
     */
    static String[] firstWordKeys(String normalizedWord) {
        String[] cached = FIRST_KEYS.get(normalizedWord);
        if (cached != null) {
            return cached;
        }
        String[] keys = computeFirstWordKeys(normalizedWord);
        if (FIRST_KEYS.size() < FIRST_KEYS_CACHE) {
            FIRST_KEYS.put(normalizedWord, keys);
        }
        return keys;
    }

    /** Words recur (Zipf): their proclitic readings are computed once. Bounded so memory stays flat. */
    private static final int FIRST_KEYS_CACHE = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String[]> FIRST_KEYS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static String[] computeFirstWordKeys(String normalizedWord) {
        List<ArabicClitics.Split> splits = ArabicClitics.splits(normalizedWord);
        Set<String> keys = new LinkedHashSet<>(splits.size() + 1);
        for (ArabicClitics.Split s : splits) {
            keys.add(ArabicMorphology.canonicalWord(s.hasArticle() ? s.withArticle() : s.stem()));
        }
        return keys.toArray(new String[0]);
    }

    // ------------------------------------------------------------------ walking and overlap resolution

    private record Candidate(int start, int end, Target target) {
    }

    private static void walk(Node node, int i, String[] words, String[] gaps, List<Candidate> out) {
        int j = i;
        while (node != null) {
            for (Target t : node.targets) {
                out.add(new Candidate(i, j, t));
            }
            j++;
            if (j >= words.length || node.next == null) {
                return;
            }
            String g = gaps[j];
            node = node.child(edgeKey(g, words[j]));
        }
    }

    private static void walkLater(Node node, int i, String[] later, List<Candidate> out) {
        int j = i;
        while (node != null) {
            for (Target t : node.targets) {
                out.add(new Candidate(i, j, t));
            }
            j++;
            if (j >= later.length || node.next == null) {
                return;
            }
            node = node.child(later[j]);
        }
    }

    private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::end).reversed())
            .thenComparingInt(c -> c.target.kind.ordinal());

    /**
     * Leftmost-longest, non-overlapping; candidates with exactly the same span as a chosen one are kept
     * too (two entries may share a form), but only the best kind per entry.
     */
    private static List<Candidate> resolve(List<Candidate> cands) {
        if (cands.size() <= 1) {
            return cands;
        }
        cands.sort(ORDER);
        List<Candidate> out = new ArrayList<>();
        int coveredTo = -1;
        Candidate chosen = null;
        for (Candidate c : cands) {
            if (chosen != null && c.start == chosen.start && c.end == chosen.end) {
                boolean sameEntry = false;
                for (int k = out.size() - 1; k >= 0 && out.get(k).start == c.start; k--) {
                    if (out.get(k).target.entry == c.target.entry) {
                        sameEntry = true;
                        break;
                    }
                }
                if (!sameEntry) {
                    out.add(c);
                }
                continue;
            }
            if (c.start > coveredTo) {
                out.add(c);
                chosen = c;
                coveredTo = c.end;
            }
        }
        return out;
    }
}
