package org.tarjama.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarjama.model.TranslationUnit;
import org.tarjama.text.ArabicClitics;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.ResourceText;
import org.tarjama.text.Tokenizer;
import org.tarjama.text.Transliteration;

/**
 * The Arabic words that accompany each English name across a whole memory, learnt the way a
 * translation lexicon is (Dice association of co-occurrence counts): a name seen in {@code n} units and
 * an Arabic word seen in {@code df} units, together in {@code c} of them, score {@code 2c / (n + df)}.
 * This finds renderings that are translations rather than transliterations (China → الصين, Labour →
 * حزب العمال), which a letter-similarity scorer cannot.
 *
 * <p>Words are counted once per unit, {@link ArabicNormalizer#MATCHING}-folded, the article (and the
 * proclitics before it) removed; Arabic function words are not counted. Memory is bounded: each name
 * keeps a space-saving sketch of its {@value #SKETCH} most frequent companions, and when the sketches
 * outgrow {@value #BUDGET} entries those of names seen once are dropped. Immutable once learnt.
 */
public final class NameLexicon implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Companions kept per name while counting. */
    static final int SKETCH = 64;

    static {
        if (SKETCH > 64) {
            throw new AssertionError("Sketch keeps its entries at the least count in the bits of a long (and indexes in bytes)");
        }
    }
    /** Sketch entries kept in all before names seen once are forgotten. */
    static final int BUDGET = 3_000_000;
    /** Distinct Arabic words counted (document frequency); beyond, new words are not counted. */
    static final int MAX_WORDS = 2_000_000;
    /** Lowest Dice score of a learnt rendering word. */
    static final double MIN_DICE = 0.5;
    /** A learnt word must score at least this share of the name's best word. */
    static final double RELATIVE = 0.7;
    /** A word is kept for a name whose association is at least this share of the word's best one. */
    static final double OWNER_SHARE = 0.9;
    /** Units a name and a word must share. */
    static final int MIN_TOGETHER = 3;
    /**
     * Units an English word of multi-word names and an Arabic word must share: a word recurs across
     * names (League, National), so two units with the same pair, and a Dice of {@link #MIN_DICE}, are
     * already telling.
     */
    static final int MIN_TOGETHER_WORD = 2;
    /** Lowest Dice score of a word-level translation ({@link #wordTranslations}). */
    static final double MIN_DICE_WORD = 0.4;
    /** English name words counted at most. */
    static final int MAX_NAME_WORDS = 200_000;
    /** Sketch keys of English words of names start with this character (names never do). */
    static final char WORD_MARK = '\u0001';

    /** Arabic function words, MATCHING-folded as the words they are compared with (أيضا → ايضا). */
    private static final Set<String> FUNCTION_WORDS = folded(
            ResourceText.dataLines(Transliteration.class, "translit-ar-function-words.txt"));

    private static Set<String> folded(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(ArabicNormalizer.MATCHING.normalize(w));
        }
        return out;
    }

    /** An empty lexicon: every name is judged on letter similarity alone. */
    public static final NameLexicon EMPTY = new NameLexicon(Map.of(), Map.of(), Set.of(), Set.of(), Set.of(), Set.of());
    /** Distinct lower-case English words kept ({@link #isLowerCaseWord}). */
    static final int MAX_LOWER_WORDS = 1_000_000;

    /** A word key seen in this many units or more counts as a word of the memory ({@link #isKnownWord}). */
    static final int KNOWN_WORD_UNITS = 2;
    /** Word keys kept as known words at most (the most frequent survive the count's own cap). */
    static final int MAX_KNOWN_WORDS = 500_000;

    private final Map<String, Map<String, Double>> words;
    /** Word keys seen on their own in {@link #KNOWN_WORD_UNITS}+ units of the memory. */
    private final Set<String> known;

    /** English words the memory writes in lower case (hill, house, may). */
    private final Set<String> lowerCase;

    /** Names whose {@code 's} belongs to them ({@link #possessiveNames}). */
    private final Set<String> possessive;

    /** Per lower-case English word of multi-word names, its learnt Arabic word keys ({@link #wordTranslations}). */
    private final Map<String, Map<String, Double>> nameWords;

    /** Acronyms the memory also writes with a plural s ({@link #pluralAcronyms}). */
    private final Set<String> pluralAcronyms;

    private NameLexicon(Map<String, Map<String, Double>> words, Map<String, Map<String, Double>> nameWords,
                        Set<String> known, Set<String> lowerCase, Set<String> possessive, Set<String> pluralAcronyms) {
        this.words = words;
        this.nameWords = nameWords;
        this.known = known;
        this.lowerCase = lowerCase;
        this.possessive = possessive;
        this.pluralAcronyms = pluralAcronyms;
    }

    /**
     * Acronyms that the memory also writes with a plural s (MWP of MWPs, CEO of CEOs): a countable noun, a
     * title or a thing (Members of the Welsh Parliament), not a name ({@link NameExtractor}).
     */
    public Set<String> pluralAcronyms() {
        return pluralAcronyms;
    }

    /**
     * Names whose {@code 's} is part of the name (Sainsbury's, St. Martin's, McDonald's), as found
     * without it: the memory writes them with {@code 's} more often than without, and at least once
     * where a possessive cannot stand, before a verb, a preposition or punctuation rather than the
     * noun a possessive needs ("Sainsbury's is trialling", "at St. Martin's."). Trump's in "Trump's
     * plan" is no evidence.
     */
    public Set<String> possessiveNames() {
        return possessive;
    }

    /** Words after which {@code X's} cannot be a possessive (it needs a noun): auxiliaries, prepositions. */
    private static final Set<String> NOT_AFTER_POSSESSIVE = Set.of("is", "was", "has", "had", "have", "are",
            "were", "did", "does", "will", "would", "can", "could", "should", "said", "says", "in", "at", "on",
            "over", "from", "to", "for", "with", "by", "and", "or");

    /**
     * 0 when no {@code 's} follows offset {@code end} of {@code en}; 1 when one does (a possessive, or part
     * of the name); 2 when one does and what follows cannot follow a possessive.
     */
    static int apostropheS(String en, int end) {
        if (end + 2 > en.length() || en.charAt(end) != '\'' && en.charAt(end) != '\u2019' || en.charAt(end + 1) != 's'
                || end + 2 < en.length() && Character.isLetterOrDigit(en.charAt(end + 2))) {
            return 0;
        }
        int i = end + 2;
        if (i == en.length()) {
            return 2;
        }
        char c = en.charAt(i);
        if (c == ',' || c == ';' || c == ':' || c == '.' || c == ')' || c == '"' || c == '\u201D') {
            return 2;
        }
        while (i < en.length() && en.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < en.length() && Character.isLowerCase(en.charAt(j))) {
            j++;
        }
        return j > i && (j == en.length() || !Character.isLetter(en.charAt(j)))
                && NOT_AFTER_POSSESSIVE.contains(en.substring(i, j)) ? 2 : 1;
    }

    /**
     * True when the word before offset {@code at} is the indefinite article (a, an, A, An): before
     * {@code X's} it says that the {@code 's} is part of a name ("a Brink's worker", "an Applebee's"), since a
     * possessive cannot follow an article of its own.
     */
    static boolean afterIndefiniteArticle(String en, int at) {
        int k = at - 1;
        if (k < 1 || en.charAt(k) != ' ') {
            return false;
        }
        int j = k;
        while (j > 0 && Character.isLetter(en.charAt(j - 1))) {
            j--;
        }
        String w = en.substring(j, k);
        return w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an");
    }

    /**
     * True when the memory's English also writes {@code word} in lower case (West and west, House and
     * house, May and may): a one-word name that is also a common word of the memory is ambiguous.
     */
    public boolean isLowerCaseWord(String word) {
        return lowerCase.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isLowerCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLowerCase(c) && c != '\'' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code folded} (a MATCHING-folded word, proclitics allowed) is an Arabic function word
     * or a word the memory uses on its own in several units: evidence that letters glued to a name are
     * another word that lost its space (فريقهارتس = فريق + هارتس), not part of the name.
     */
    public boolean isKnownWord(String folded) {
        if (folded.length() < 2) {
            return false;
        }
        if (isFunctionWord(folded)) {
            return true;
        }
        String k = wordKey(folded);
        return isFunctionWord(k) || known.contains(k);
    }

    /** The learnt Arabic words of {@code name} (keys as {@link #wordKey}) with their Dice score; empty if none. */
    public Map<String, Double> words(String name) {
        Map<String, Double> w = words.get(name);
        return w != null ? w : words.getOrDefault(NameExtractor.withoutApostropheS(name), Map.of());
    }

    /**
     * The Arabic word keys (as {@link #wordKey}) learnt for one English word of multi-word names, from
     * every unit where a multi-word name has that word (League in Premier League and Champions League
     * → دوري; Weather → ارصاد, جوي), with their Dice score; empty if none. This is the word-level
     * translation lexicon that finds a translated name's Arabic in a unit when the name itself is too
     * rare to have learnt words ({@link #MIN_TOGETHER_WORD} units suffice for a word).
     */
    public Map<String, Double> wordTranslations(String englishWord) {
        return nameWords.getOrDefault(englishWord.toLowerCase(java.util.Locale.ROOT), Map.of());
    }

    /** Names with at least one learnt word. */
    public int size() {
        return words.size();
    }

    /**
     * The key of an Arabic word ({@link ArabicNormalizer#MATCHING}-folded): without the article and the
     * proclitics before it (والصين, للصين → صين); a word without the article is kept whole.
     */
    public static String wordKey(String folded) {
        // the first of ArabicClitics.splits(folded) with the article and a stem of two letters or more
        int stem = ArabicClitics.firstArticleStem(folded, 2);
        return stemKey(stem < 0 ? folded : folded.substring(stem));
    }

    /** Endings removed from a key, longest first, so a nisba and its plural count as one word. */
    private static final List<String> ENDINGS = org.tarjama.text.ArabicFacts.AGREEMENT_ENDINGS;

    /**
     * A word (without proclitics and article) without its nisba or plural ending, when at least three
     * letters remain: جمهوري, جمهوريين → جمهور. Keys only; renderings keep the words as written.
     */
    public static String stemKey(String word) {
        for (String e : ENDINGS) {
            if (word.length() >= e.length() + 3 && word.endsWith(e)) {
                return word.substring(0, word.length() - e.length());
            }
        }
        return word;
    }

    /** True when the folded word is an Arabic function word (في، من، إلى …). */
    static boolean isFunctionWord(String folded) {
        return FUNCTION_WORDS.contains(folded);
    }

    /** Learns from one pass over {@code units}, finding names with {@code extractor}. */
    public static NameLexicon learn(Iterator<TranslationUnit> units, NameExtractor extractor) {
        return learn(units, extractor, 1);
    }

    /** Units prepared per task when learning on several threads. */
    private static final int BATCH = 256;

    /**
     * As {@link #learn(Iterator, NameExtractor)}, each unit's own work (finding its names, tokenising and
     * keying its words) on {@code threads} threads and the counting in input order on the calling thread:
     * the same lexicon whatever the thread count.
     */
    public static NameLexicon learn(Iterator<TranslationUnit> units, NameExtractor extractor, int threads) {
        Builder b = new Builder();
        if (threads <= 1) {
            while (units.hasNext()) {
                TranslationUnit u = units.next();
                b.add(Builder.prepare(extractor, u.text("en"), u.text("ar")));
            }
            return b.build();
        }
        Iterator<List<TranslationUnit>> batches = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return units.hasNext();
            }

            @Override
            public List<TranslationUnit> next() {
                List<TranslationUnit> batch = new ArrayList<>(BATCH);
                while (batch.size() < BATCH && units.hasNext()) {
                    batch.add(units.next());
                }
                return batch;
            }
        };
        org.tarjama.concurrent.OrderedPipeline.<List<TranslationUnit>, List<Prepared>>run("tarjama-names-learn",
                threads, 2 * threads, batches, batch -> {
                    List<Prepared> out = new ArrayList<>(batch.size());
                    for (TranslationUnit u : batch) {
                        out.add(Builder.prepare(extractor, u.text("en"), u.text("ar")));
                    }
                    return out;
                }, prepared -> prepared.forEach(b::add));
        return b.build();
    }

    /**
     * What one unit gives the counts, found without the counts (so on any thread): its English words in
     * lower case, those written in lower case, its names with the {@link #apostropheS} kind after each, and
     * its Arabic word keys (once each, in text order).
     */
    record Prepared(List<String> enLower, List<String> lowerCaseWords, List<NameExtractor.Mention> mentions,
                    int[] apostrophe, List<String> arKeys, List<String> pluralAcronyms) {
    }

    /** Counts units one at a time (not thread-safe). */
    static final class Builder {
        private final Map<String, Integer> df = new HashMap<>();
        private final Set<String> lower = new java.util.HashSet<>();
        private final Set<String> plurals = new java.util.HashSet<>();
        private final Map<String, Sketch> names = new HashMap<>();
        /** Lower-case English words of the multi-word names seen so far. */
        private final Set<String> nameWords = new HashSet<>();
        /** Per name written with 's somewhere: {mentions with 's, those where 's cannot be a possessive}. */
        private final Map<String, int[]> apostrophe = new HashMap<>();
        private long entries;

        /** The unit's own part of {@link #add(NameExtractor, String, String)} (thread-safe). */
        static Prepared prepare(NameExtractor extractor, String en, String ar) {
            List<String> tokens = Tokenizer.words(en);
            List<String> enLower = new ArrayList<>(tokens.size());
            List<String> lowerCase = new ArrayList<>();
            List<String> plurals = List.of();
            for (String w : tokens) {
                enLower.add(w.toLowerCase(java.util.Locale.ROOT));
                if (w.length() > 1 && isLowerCase(w)) {
                    lowerCase.add(w);
                } else if (NameExtractor.isAcronymPlural(w)) {
                    if (plurals.isEmpty()) {
                        plurals = new ArrayList<>(1);
                    }
                    plurals.add(w.substring(0, w.length() - 1));
                }
            }
            List<NameExtractor.Mention> mentions = extractor.extract(en);
            int[] kinds = new int[mentions.size()];
            for (int i = 0; i < kinds.length; i++) {
                NameExtractor.Mention m = mentions.get(i);
                kinds[i] = apostropheS(en, m.end());
                if (kinds[i] == 1 && afterIndefiniteArticle(en, m.start())) {
                    kinds[i] = 2; // "a Brink's worker": a possessive takes no article of its own
                }
            }
            return new Prepared(enLower, lowerCase, mentions, kinds, keys(ar), plurals);
        }

        void add(NameExtractor extractor, String en, String ar) {
            add(prepare(extractor, en, ar));
        }

        void add(Prepared p) {
            if (lower.size() < MAX_LOWER_WORDS) {
                lower.addAll(p.lowerCaseWords());
            }
            if (!p.pluralAcronyms().isEmpty() && plurals.size() < MAX_WORDS) {
                plurals.addAll(p.pluralAcronyms());
            }
            List<NameExtractor.Mention> mentions = p.mentions();
            if (mentions.isEmpty() && nameWords.isEmpty()) {
                countWords(p.arKeys());
                return;
            }
            Set<String> here = new LinkedHashSet<>();
            for (int mi = 0; mi < mentions.size(); mi++) {
                NameExtractor.Mention m = mentions.get(mi);
                here.add(m.name());
                if (m.words().size() > 1 && m.glossary() == null) {
                    for (String w : m.words()) {
                        if (w.length() > 1 && !NameCandidates.isParticle(w) && !w.equals("of")
                                && nameWords.size() < MAX_NAME_WORDS) {
                            nameWords.add(w.toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
                if (m.glossary() == null) {
                    countApostrophe(m.name(), p.apostrophe()[mi]);
                }
                if (m.words().size() > 1 && m.glossary() == null) {
                    for (List<String> part : NameCandidates.suffixes(m.words())) {
                        here.add(String.join(" ", part));
                    }
                }
            }
            if (!nameWords.isEmpty()) {
                // every occurrence of a word of the names seen so far, in any case (League, league; Police
                // in Louisiana State Police and "police said"), as an aligner's lexicon counts words
                for (String l : p.enLower()) {
                    if (nameWords.contains(l)) {
                        here.add(WORD_MARK + l);
                    }
                }
            }
            if (here.isEmpty()) {
                countWords(p.arKeys());
                return;
            }
            List<String> ws = countWords(p.arKeys());
            for (String name : here) {
                Sketch s = names.get(name);
                if (s == null) {
                    s = new Sketch();
                    names.put(name, s);
                }
                s.n++;
                for (String w : ws) {
                    entries += s.add(w);
                }
            }
            if (entries > BUDGET) {
                forgetSingletons();
            }
        }

        /** Counts a unit's mention of {@code name} followed ({@code kind} 1 or 2) by 's, or not (0). */
        private void countApostrophe(String name, int kind) {
            if (kind == 0) {
                return;
            }
            int[] c = apostrophe.get(name);
            if (c == null) {
                if (apostrophe.size() >= MAX_WORDS) {
                    return;
                }
                c = new int[2];
                apostrophe.put(name, c);
            }
            c[0]++;
            if (kind == 2) {
                c[1]++;
            }
        }

        /** The unit's Arabic word keys, once each in text order, function words left out (thread-safe). */
        static List<String> keys(String ar) {
            Set<String> ws = new LinkedHashSet<>();
            for (String w : Tokenizer.words(ArabicNormalizer.MATCHING.normalize(ar))) {
                if (w.length() < 2 || !Character.isLetter(w.charAt(0)) || isFunctionWord(w)) {
                    continue;
                }
                String k = wordKey(w);
                if (!isFunctionWord(k)) {
                    ws.add(k);
                }
            }
            return new ArrayList<>(ws);
        }

        /** Counts the unit's keys (document frequency); returns those counted. */
        private List<String> countWords(List<String> ws) {
            List<String> out = new ArrayList<>(ws.size());
            for (String w : ws) {
                Integer c = df.get(w);
                if (c != null) {
                    df.put(w, c + 1);
                } else if (df.size() < MAX_WORDS) {
                    df.put(w, 1);
                } else {
                    continue;
                }
                out.add(w);
            }
            return out;
        }

        private void forgetSingletons() {
            names.values().removeIf(s -> s.n <= 1);
            entries = 0;
            for (Sketch s : names.values()) {
                entries += s.size;
            }
        }

        NameLexicon build() {
            Map<String, Map<String, Double>> out = link(false, MIN_TOGETHER, MIN_DICE);
            Map<String, Map<String, Double>> wordOut = new HashMap<>();
            link(true, MIN_TOGETHER_WORD, MIN_DICE_WORD).forEach((k, v) -> wordOut.put(k.substring(1), v));
            Set<String> known = new java.util.HashSet<>();
            for (var e : df.entrySet()) {
                if (e.getValue() >= KNOWN_WORD_UNITS && known.size() < MAX_KNOWN_WORDS) {
                    known.add(e.getKey());
                }
            }
            Set<String> possessive = new java.util.HashSet<>();
            apostrophe.forEach((name, c) -> {
                Sketch sk = names.get(name);
                int units = sk == null ? c[0] : Math.max(sk.n, c[0]);
                if (c[1] > 0 && 2 * c[0] > units) { // mostly written with 's, and once where it is no possessive
                    possessive.add(name);
                }
            });
            return new NameLexicon(out, wordOut, known, Set.copyOf(lower), Set.copyOf(possessive), Set.copyOf(plurals));
        }

        /**
         * The learnt words of the names ({@code words} false) or of the English name words (true), by
         * Dice with competitive linking among them (Melamed 2000): a word renders the name it is most
         * associated with, so إسرائيل beside Hamas in many units is Israel's, not a rendering of Hamas.
         */
        private Map<String, Map<String, Double>> link(boolean words, int minTogether, double minDice) {
            Map<String, Map<String, Double>> scored = new HashMap<>();
            Map<String, Double> owner = new HashMap<>();
            for (var e : names.entrySet()) {
                Sketch s = e.getValue();
                if (s.n < minTogether || (e.getKey().charAt(0) == WORD_MARK) != words) {
                    continue;
                }
                Map<String, Double> m = new HashMap<>();
                for (int i = 0; i < s.size; i++) {
                    int c = s.together(i);
                    if (c >= minTogether) {
                        double d = 2.0 * Math.min(c, s.n) / (s.n + df.getOrDefault(s.keys[i], c));
                        if (d >= minDice) {
                            m.put(s.keys[i], d);
                            owner.merge(s.keys[i], d, Math::max);
                        }
                    }
                }
                if (!m.isEmpty()) {
                    scored.put(e.getKey(), m);
                }
            }
            Map<String, Map<String, Double>> out = new HashMap<>();
            for (var e : scored.entrySet()) {
                double best = 0;
                for (var w : e.getValue().entrySet()) {
                    if (w.getValue() >= OWNER_SHARE * owner.get(w.getKey())) {
                        best = Math.max(best, w.getValue());
                    }
                }
                Map<String, Double> kept = new HashMap<>();
                for (var w : e.getValue().entrySet()) {
                    double d = w.getValue();
                    if (d >= OWNER_SHARE * owner.get(w.getKey()) && d >= RELATIVE * best) {
                        kept.put(w.getKey(), d);
                    }
                }
                if (!kept.isEmpty()) {
                    out.put(e.getKey(), Map.copyOf(kept));
                }
            }
            return out;
        }

    }

    /**
     * Space-saving counts of a name's companions (Metwally et al. 2005): the frequent ones survive. An
     * entry that replaced another records the count it inherited, so {@link #together} is a lower bound.
     * The entries are found through a small open-addressing table of their indexes (linear probing,
     * backward-shift deletion) instead of a scan; the entry replaced when the sketch is full is the first
     * one with the least count, found from a lower bound of the counts kept between calls.
     */
    static final class Sketch {
        int n;
        String[] keys = new String[8];
        int[] hashes = new int[8];
        int[] counts = new int[8];
        int[] inherited = new int[8];
        int size;
        /**
         * Per slot, an entry's index + 1 (0: empty; a byte holds it while {@link #SKETCH} is below 128); at least
         * twice as many slots as entries can be.
         */
        private byte[] slots = new byte[16];
        /** When full: no count is below this (counts only grow); -1 until first needed. */
        private int minCount = -1;
        /** While {@link #minCount} is set: bit {@code i} is set when entry {@code i}'s count is {@link #minCount}. */
        private long atMin;

        private static int home(int h, int mask) {
            return (h ^ (h >>> 16)) * 0x9E3779B1 >>> 16 & mask;
        }

        /** Counts {@code w}; returns 1 when a new entry was made, else 0. */
        int add(String w) {
            int h = w.hashCode();
            int mask = slots.length - 1;
            int slot = home(h, mask);
            for (int e; (e = slots[slot]) != 0; slot = (slot + 1) & mask) {
                int i = (e & 0xff) - 1;
                if (hashes[i] == h && keys[i].equals(w)) {
                    if (counts[i]++ == minCount) {
                        atMin &= ~(1L << i); // (never true while minCount is -1: counts are positive)
                    }
                    return 0;
                }
            }
            if (size < SKETCH) {
                if (size == keys.length) {
                    int cap = Math.min(SKETCH, size * 2);
                    keys = java.util.Arrays.copyOf(keys, cap);
                    hashes = java.util.Arrays.copyOf(hashes, cap);
                    counts = java.util.Arrays.copyOf(counts, cap);
                    inherited = java.util.Arrays.copyOf(inherited, cap);
                    reindex(2 * cap);
                    mask = slots.length - 1;
                    slot = free(h, mask);
                }
                keys[size] = w;
                hashes[size] = h;
                counts[size] = 1;
                inherited[size++] = 0;
                slots[slot] = (byte) size;
                return 1;
            }
            int min = leastCounted();
            unindex(min, mask);
            keys[min] = w;
            hashes[min] = h;
            inherited[min] = counts[min];
            counts[min]++;
            atMin &= ~(1L << min);
            slots[free(h, mask)] = (byte) (min + 1);
            return 0;
        }

        /**
         * The first entry with the least count: the lowest bit of {@link #atMin}, whose entries are found again
         * (one scan) only when none is left at the bound.
         */
        private int leastCounted() {
            if (minCount < 0) {
                minCount = Integer.MAX_VALUE;
                for (int i = 0; i < size; i++) {
                    minCount = Math.min(minCount, counts[i]);
                }
                minCount--; // the loop below steps up to it
            }
            while (atMin == 0) {
                minCount++; // none left at the bound: every count is above it
                for (int i = 0; i < size; i++) {
                    if (counts[i] == minCount) {
                        atMin |= 1L << i;
                    }
                }
            }
            return Long.numberOfTrailingZeros(atMin);
        }

        /** The first empty slot of {@code h}'s probe sequence. */
        private int free(int h, int mask) {
            int slot = home(h, mask);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void reindex(int slotCount) {
            slots = new byte[slotCount];
            int mask = slotCount - 1;
            for (int i = 0; i < size; i++) {
                slots[free(hashes[i], mask)] = (byte) (i + 1);
            }
        }

        /** Removes entry {@code i} from the slot table, moving later entries of the probe run back. */
        private void unindex(int i, int mask) {
            int at = home(hashes[i], mask);
            while ((slots[at] & 0xff) - 1 != i) {
                at = (at + 1) & mask;
            }
            int j = at;
            while (true) {
                j = (j + 1) & mask;
                int e = slots[j];
                if (e == 0) {
                    break;
                }
                int k = home(hashes[(e & 0xff) - 1], mask);
                // the entry at j may move to the hole unless its home lies cyclically in (at, j]
                boolean stays = at <= j ? at < k && k <= j : at < k || k <= j;
                if (!stays) {
                    slots[at] = slots[j];
                    at = j;
                }
            }
            slots[at] = 0;
        }

        /** Units shared with entry {@code i}, at least. */
        int together(int i) {
            return counts[i] - inherited[i];
        }
    }
}
