package org.tarjama.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tarjama.concurrent.OrderedPipeline;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryEntry;
import org.tarjama.glossary.TermMatcher;
import org.tarjama.glossary.TermVerdict;
import org.tarjama.model.TranslationUnit;
import org.tarjama.text.TransliteratedName;
import org.tarjama.text.ArabicSentence;
import org.tarjama.text.ArabicClitics;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.ArabicSpelling;
import org.tarjama.text.Tokenizer;
import org.tarjama.text.Transliteration;

/**
 * Finds how each English proper name of a memory is rendered in Arabic and whether the renderings are
 * consistent ({@code tarjama names}).
 *
 * <p>Per unit ({@link #analyze}, thread-safe): the {@link NameExtractor} finds the names of the English
 * side; for each, {@link Transliteration} ranks the Arabic word n-grams (proclitics و ف ب ل ك stripped,
 * the article kept) and keeps the few above the threshold as candidates; a multi-word name with no
 * full rendering is also looked for by its parts (a <em>partial</em> rendering: زهري for Abu Zuhri);
 * glossary names are also looked for by their approved, variant and forbidden forms. A multi-word
 * name's parts that are names in their own right elsewhere (Abu Zuhri inside Sami Abu Zuhri) are
 * recorded under the part too.
 *
 * <p>Across units ({@link Aggregator}): per name, occurrences are grouped by their candidate set
 * (usually one or two renderings), so memory grows with the number of distinct names and renderings,
 * not with units (unit numbers are kept up to {@link #MAX_UNIT_IDS} per rendering). At the end, each
 * group's rendering is the candidate with the best similarity plus a co-occurrence bonus (the share
 * of the name's occurrences where the candidate appears), so a rendering that accompanies the name in
 * many units beats a lucky sound match in one.
 */
public final class NameChecker {
    /** Unit numbers kept per rendering (counts stay exact). */
    public static final int MAX_UNIT_IDS = 1000;
    /** Candidates kept per occurrence. */
    static final int MAX_CANDIDATES = 3;
    /** Weight of co-occurrence when choosing an occurrence's rendering among its candidates. */
    static final double COOCCURRENCE_WEIGHT = 0.3;
    /** Handicap of a partial rendering against a full one. */
    static final double PARTIAL_PENALTY = 0.2;
    /** A candidate is partial when a part of the name matches it this much better than the whole name. */
    static final double PARTIAL_MARGIN = 0.05;
    /** A part of a name must render this well to count as a partial rendering (Dome is not تم). */
    static final double PARTIAL_FLOOR = 0.8;
    /**
     * Names lighter than this (in the scorer's consonant units: "Ali", "Ban") match many Arabic words by
     * chance, so their renderings must reach {@link #SHORT_NAME_FLOOR}.
     */
    static final double SHORT_NAME_WEIGHT = 2.5;
    static final double SHORT_NAME_FLOOR = 0.8;
    /** Candidate-set groups kept per name; beyond, occurrences are grouped by their best candidate only. */
    static final int MAX_GROUPS = 64;

    private static final int BATCH = 256;
    private static final String DEBUG = System.getenv("TARJAMA_NAMES_DEBUG");

    /**
     * Score of a rendering learnt from co-occurrence across the memory ({@link NameLexicon}) at Dice 0;
     * it rises linearly to 1 at Dice 1.
     */
    static final double LEXICON_BASE = 0.6;

    private final Glossary glossary;
    private final NameExtractor extractor;
    private final double threshold;
    private final NameLexicon lexicon;
    private final TermMatcher glossaryMatcher;
    private final Gazetteer gazetteer = Gazetteer.cldr();
    private final Map<String, TransliteratedName> compiled = new ConcurrentHashMap<>();

    /** A checker with the default threshold ({@link Transliteration#DEFAULT_THRESHOLD}). */
    public NameChecker(Glossary glossary) {
        this(glossary, Transliteration.DEFAULT_THRESHOLD);
    }

    /**
     * @param glossary  approved forms to judge names against (may be null)
     * @param threshold similarity from which an Arabic n-gram counts as a rendering
     */
    public NameChecker(Glossary glossary, double threshold) {
        this(glossary, threshold, NameLexicon.EMPTY);
    }

    /**
     * @param glossary  approved forms to judge names against (may be null)
     * @param threshold similarity from which an Arabic n-gram counts as a rendering
     * @param lexicon   renderings learnt from co-occurrence over the memory ({@link #learn})
     */
    public NameChecker(Glossary glossary, double threshold, NameLexicon lexicon) {
        this.glossary = glossary;
        this.extractor = new NameExtractor(glossary);
        this.threshold = threshold;
        this.lexicon = lexicon;
        this.glossaryMatcher = glossary == null ? null : TermMatcher.of(glossary);
    }

    /** The extractor this checker finds names with (for {@link NameLexicon#learn}). */
    public NameExtractor extractor() {
        return extractor;
    }

    /**
     * The whole check in two passes over the memory: the first learns which Arabic words accompany each
     * name ({@link NameLexicon}), the second finds and judges the renderings.
     *
     * @param glossary  approved forms (may be null)
     * @param threshold transliteration threshold
     * @param units     opens the memory's units; called twice
     * @param threads   worker threads for the second pass
     * @param progress  told how many units were merged (both passes)
     */
    public static NameReport check(Glossary glossary, double threshold,
                                   java.util.function.Supplier<? extends Iterator<TranslationUnit>> units, int threads,
                                   java.util.function.LongConsumer progress) {
        NameExtractor ex = new NameExtractor(glossary);
        Iterator<TranslationUnit> first = units.get();
        NameLexicon lexicon;
        try {
            lexicon = NameLexicon.learn(new Counting(first, progress), ex);
        } finally {
            closeIfCloseable(first);
        }
        Iterator<TranslationUnit> second = units.get();
        try {
            return new NameChecker(glossary, threshold, lexicon).run(second, threads, progress);
        } finally {
            closeIfCloseable(second);
        }
    }

    private static void closeIfCloseable(Object o) {
        if (o instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An iterator that reports each unit it hands out. */
    private record Counting(Iterator<TranslationUnit> in, java.util.function.LongConsumer progress)
            implements Iterator<TranslationUnit> {
        @Override
        public boolean hasNext() {
            return in.hasNext();
        }

        @Override
        public TranslationUnit next() {
            TranslationUnit u = in.next();
            progress.accept(1);
            return u;
        }
    }

    /** A candidate rendering of one occurrence. */
    record Candidate(String rendering, String key, double score, boolean partial, boolean fromGlossary,
                     boolean derived, boolean learnt) {
        Candidate(String rendering, String key, double score, boolean partial, boolean fromGlossary) {
            this(rendering, key, score, partial, fromGlossary, false, false);
        }
    }

    /** Shortest rendering (squeezed letters) that counts as the same name inside a longer one. */
    static final int MIN_CONTAINED = 4;

    /** A word this long is a run of words that lost their spaces (the longest Arabic words are about 11). */
    static final int GLUED_RUN = 12;
    /** A name glued inside such a run must score this much to count. */
    static final double GLUED_FLOOR = 0.8;

    /** A transliteration this good makes learnt (co-occurrence) renderings that do not sound alike moot. */
    static final double STRONG_TRANSLITERATION = 0.6;

    /** One occurrence of a name in a unit, with its candidates (empty: unrendered). */
    record Occurrence(String name, boolean sentenceInitial, GlossaryEntry glossary, List<Candidate> candidates,
                      boolean part) {
    }

    /** What one unit contributes. */
    record UnitFindings(long unit, String en, String ar, List<Occurrence> occurrences) {
    }

    /** Analyses one unit (thread-safe). */
    UnitFindings analyze(long unitNo, TranslationUnit u) {
        String en = u.text("en");
        String ar = u.text("ar");
        List<NameExtractor.Mention> mentions = extractor.extract(en);
        if (mentions.isEmpty()) {
            return new UnitFindings(unitNo, en, ar, List.of());
        }
        ArabicSentence sentence = ArabicSentence.of(ar);
        UnitText forms = new UnitText(ar);
        List<Occurrence> out = new ArrayList<>(mentions.size());
        // a name mentioned twice in a unit is looked for once
        Map<String, List<Candidate>> done = new HashMap<>();
        for (NameExtractor.Mention m : mentions) {
            List<Candidate> c = done.computeIfAbsent(m.name(),
                    k -> candidates(m.name(), m.words(), m.glossary(), sentence, forms));
            out.add(new Occurrence(m.name(), m.sentenceInitial(), m.glossary(), c, false));
            if (m.words().size() > 1 && m.glossary() == null) {
                // the name's endings, in case they are names in their own right elsewhere: a person is named
                // in full first, then by the surname (Abu Zuhri after Sami Abu Zuhri, Allen after John Allen)
                for (List<String> part : suffixes(m.words())) {
                    String pn = String.join(" ", part);
                    List<Candidate> pc = done.computeIfAbsent(pn, k -> candidates(pn, part, null, sentence, forms));
                    out.add(new Occurrence(pn, false, null, pc, true));
                }
            }
        }
        return new UnitFindings(unitNo, en, ar, out);
    }

    private List<Candidate> candidates(String name, List<String> words, GlossaryEntry entry,
                                       ArabicSentence sentence, UnitText forms) {
        List<Candidate> out = new ArrayList<>(MAX_CANDIDATES);
        if (entry != null && glossaryMatcher != null) {
            forms.matches(glossaryMatcher, entry, true, out);
        } else {
            GlossaryEntry exonym = gazetteer.find(name).orElse(null);
            if (exonym != null) {
                forms.matches(gazetteer.matcher(), exonym, false, out);
            }
        }

        String latin = latinInArabic(name, sentence.text());
        if (latin != null) {
            // left in Latin script by the translator (brand names, acronyms): that is its rendering
            out.add(new Candidate(latin, key(latin), 1.0, false, false));
        }
        TransliteratedName n = compile(name);
        double floor = n.weight() < SHORT_NAME_WEIGHT ? Math.max(threshold, SHORT_NAME_FLOOR) : threshold;
        List<List<String>> parts = words.size() > 1 ? parts(words) : List.of();
        for (Transliteration.Candidate c : n.rank(sentence, 0, floor)) {
            if (out.size() >= MAX_CANDIDATES) {
                break;
            }
            String k = key(c.rendering());
            if (out.stream().anyMatch(x -> x.key().equals(k))) {
                continue;
            }
            boolean partial = false;
            double score = c.score();
            if (!parts.isEmpty() && c.endWord() - c.firstWord() < words.size()) {
                double best = 0;
                for (List<String> p : parts) {
                    best = Math.max(best, compile(String.join(" ", p)).similarity(c.rendering()));
                }
                if (best > c.score() + PARTIAL_MARGIN) {
                    // a rendering of a part (زهري for Abu Zuhri): judged by how well it renders that part
                    if (best < PARTIAL_FLOOR) {
                        continue;
                    }
                    partial = true;
                    score = best;
                }
            }
            out.add(new Candidate(c.rendering(), k, score, partial, false));
        }
        if (out.isEmpty() && !parts.isEmpty()) {
            for (List<String> p : parts) {
                List<Transliteration.Candidate> r = compile(String.join(" ", p)).rank(sentence, 0, PARTIAL_FLOOR);
                if (!r.isEmpty()) {
                    Transliteration.Candidate c = r.get(0);
                    String k = key(c.rendering());
                    if (out.stream().noneMatch(x -> x.key().equals(k))) {
                        out.add(new Candidate(c.rendering(), k, c.score(), true, false));
                    }
                }
            }
            out.sort((a, b) -> Double.compare(b.score(), a.score()));
            if (out.size() > MAX_CANDIDATES) {
                out = new ArrayList<>(out.subList(0, MAX_CANDIDATES));
            }
        }
        Map<String, Double> learnt = lexicon.words(name);
        if (!learnt.isEmpty()) {
            forms.learnt(learnt, out);
        }
        if (out.isEmpty()) {
            forms.glued(n, Math.max(floor, GLUED_FLOOR), out);
        }
        boolean strong = out.stream().anyMatch(c -> !c.learnt() && !c.partial() && c.score() >= STRONG_TRANSLITERATION);
        if (strong) {
            // the name is transliterated here: learnt words that do not sound like it are its context
            // (ماساتشوستس beside Warren), not its rendering
            out.removeIf(c -> c.learnt() && n.similarity(c.rendering()) < threshold);
        }
        return out;
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))
                    && Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.LATIN) {
                return true;
            }
        }
        return false;
    }

    /** The name as written in Latin letters inside the Arabic text (whole words, any case), or null. */
    static String latinInArabic(String name, String ar) {
        if (ar.isEmpty() || name.isEmpty()) {
            return null;
        }
        // matched in place, case-insensitively: lower-casing first changes lengths (İ is two chars in
        // lower case), so indexes into a lower-cased copy do not fit the original
        for (int i = 0, last = ar.length() - name.length(); i <= last; i++) {
            if (!ar.regionMatches(true, i, name, 0, name.length())) {
                continue;
            }
            int end = i + name.length();
            boolean left = i == 0 || !Character.isLetterOrDigit(ar.charAt(i - 1));
            boolean right = end == ar.length() || !Character.isLetterOrDigit(ar.charAt(end));
            if (left && right) {
                return ar.substring(i, end);
            }
        }
        return null;
    }

    private TransliteratedName compile(String name) {
        TransliteratedName n = compiled.get(name);
        if (n == null) {
            if (compiled.size() > 200_000) {
                compiled.clear(); // a cache, not a store: keep memory bounded on huge name sets
            }
            n = Transliteration.compile(name);
            compiled.put(name, n);
        }
        return n;
    }

    /** Proper endings of a name (Abu Zuhri, Zuhri of Sami Abu Zuhri) that are not bare particles. */
    static List<List<String>> suffixes(List<String> words) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            List<String> p = words.subList(i, words.size());
            if (p.size() == 1 && (isParticle(p.get(0)) || p.get(0).length() < 3)) {
                continue;
            }
            out.add(List.copyOf(p));
        }
        return out;
    }

    /** Contiguous proper parts of a name that are not bare particles (Abu, Al, Bin). */
    static List<List<String>> parts(List<String> words) {
        List<List<String>> out = new ArrayList<>();
        int n = words.size();
        for (int len = n - 1; len >= 1; len--) {
            for (int i = 0; i + len <= n; i++) {
                List<String> p = words.subList(i, i + len);
                if (len == 1 && (isParticle(p.get(0)) || p.get(0).length() < 3)) {
                    continue;
                }
                out.add(List.copyOf(p));
            }
        }
        return out;
    }

    /** Name particles that are no name on their own. */
    private static final Set<String> PARTICLES = Set.of("abu", "al", "el", "bin", "ibn", "bint", "umm", "abd", "abdul",
            "de", "van", "von", "da", "di");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static boolean isParticle(String w) {
        return PARTICLES.contains(w.toLowerCase(Locale.ROOT));
    }

    private static List<String> entryForms(GlossaryEntry e) {
        List<String> f = new ArrayList<>(e.approved());
        f.addAll(e.variants());
        f.addAll(e.forbidden());
        f.addAll(e.derived());
        return f;
    }

    /**
     * The key renderings are grouped by: {@link ArabicNormalizer#MATCHING}-folded, the article
     * removed (الأردن and أردن are one rendering), spaces single.
     */
    static String key(String rendering) {
        return stripArticle(SPACES.matcher(ArabicNormalizer.MATCHING.normalize(rendering).strip()).replaceAll(" "));
    }

    /** The rendering without a leading article, spelling kept: what tells spelling variants apart. */
    static String spellingKey(String rendering) {
        String l = SPACES.matcher(ArabicNormalizer.LIGHT.normalize(rendering).strip()).replaceAll(" ");
        return stripArticle(l);
    }

    private static String stripArticle(String s) {
        return s.startsWith(ArabicClitics.ARTICLE) && s.length() >= 2 + 3 && s.charAt(2) != ' ' ? s.substring(2) : s;
    }

    /** The words of one unit's Arabic, for finding glossary forms, exonyms and learnt renderings. */
    private static final class UnitText {
        private final String ar;
        private final List<org.tarjama.text.Token> tokens = new ArrayList<>();
        private final List<String> light = new ArrayList<>();
        private final List<String> folded = new ArrayList<>();
        private final Map<TermMatcher, TermMatcher.ArabicAnalysis> analyses = new HashMap<>(2);

        UnitText(String ar) {
            this.ar = ar;
            for (org.tarjama.text.Token t : Tokenizer.tokenize(ar)) {
                if (t.isNumber()) {
                    continue;
                }
                String l = ArabicNormalizer.LIGHT.normalize(t.text());
                String f = ArabicNormalizer.MATCHING.normalize(l);
                if (f.isEmpty()) {
                    continue;
                }
                tokens.add(t);
                light.add(f.length() == l.length() ? l : f);
                folded.add(f);
            }
        }

        /**
         * Adds the entry's forms found by {@code matcher} (derived forms flagged so) to {@code out}, as judged
         * by {@link TermVerdict} (the judgement {@code check} makes of the same unit).
         */
        void matches(TermMatcher matcher, GlossaryEntry entry, boolean fromGlossary, List<Candidate> out) {
            TermMatcher.ArabicAnalysis ana = analyses.computeIfAbsent(matcher, m -> m.analyzeArabic(ar));
            List<TermMatcher.ArabicMatch> ms = new ArrayList<>();
            for (TermMatcher.ArabicMatch m : ana.matches()) {
                if (m.entry().equals(entry)) {
                    ms.add(m);
                }
            }
            // the names check has only the name's own English: a longer term never takes its words
            TermVerdict v = TermVerdict.judge(ana, entry, ms, other -> false);
            switch (v.kind()) {
                case ACCEPTED, FORBIDDEN, DERIVED -> {
                    for (TermMatcher.ArabicMatch m : ms) {
                        add(m.span().start(), m.span().end(), m.form(), fromGlossary,
                                m.kind() == TermMatcher.Kind.DERIVED, out);
                    }
                }
                case HIDDEN -> add(v.span().start(), v.span().end(), v.match().form(), fromGlossary, false, out);
                case SPELLING -> add(v.span().start(), v.span().end(), v.spelling().form(), fromGlossary, false, out);
                case GLUED -> {
                    String r = v.spelling().form().replaceAll("\\s+", "");
                    out.add(new Candidate(r, key(r), 1.0, false, fromGlossary, false, false));
                }
                case MISSING -> {
                }
                default -> throw new IllegalStateException(v.kind().name());
            }
        }

        private void add(int from, int to, String form, boolean fromGlossary, boolean derived, List<Candidate> out) {
            String r = rendering(from, to, form);
            if (r == null) {
                return;
            }
            String k = key(r);
            if (out.stream().noneMatch(c -> c.key().equals(k))) {
                out.add(new Candidate(r, k, 1.0, false, fromGlossary, derived, false));
            }
        }

        /**
         * Adds the best transliteration of the name found inside a long run of letters (a text that lost
         * its spaces: قالترامبإن), if it scores {@code floor} or more.
         */
        void glued(TransliteratedName name, double floor, List<Candidate> out) {
            double best = floor;
            String found = null;
            int letters = 0;
            for (int i = 0; i < name.english().length(); i++) {
                letters += Character.isLetter(name.english().charAt(i)) ? 1 : 0;
            }
            int minLen = Math.max(3, letters / 2);
            int maxLen = Math.max(minLen, letters + 3);
            for (int t = 0; t < folded.size(); t++) {
                String f = folded.get(t);
                if (f.length() < GLUED_RUN) {
                    continue;
                }
                char[] a = f.toCharArray();
                for (int i = 0; i < a.length; i++) {
                    for (int len = minLen; len <= maxLen && i + len <= a.length; len++) {
                        if (i == 0 && len == a.length) {
                            continue; // the whole word: the ordinary ranking has seen it
                        }
                        double v = name.similarity(a, i, i + len, best);
                        if (v > best) {
                            best = v;
                            found = light.get(t).substring(i, i + len);
                        }
                    }
                }
            }
            if (found != null) {
                String k = key(found);
                if (out.stream().noneMatch(c -> c.key().equals(k))) {
                    out.add(new Candidate(found, k, best, false, false));
                }
            }
        }

        /** Adds the runs of words learnt for the name ({@link NameLexicon}) to {@code out}. */
        void learnt(Map<String, Double> words, List<Candidate> out) {
            int n = tokens.size();
            int i = 0;
            while (i < n) {
                ArabicClitics.Split s = learntSplit(folded.get(i), words);
                if (s == null) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < n && words.containsKey(NameLexicon.wordKey(folded.get(j)))) {
                    j++;
                }
                StringBuilder r = new StringBuilder(surface(i, s));
                for (int k = i + 1; k < j; k++) {
                    r.append(' ').append(light.get(k));
                }
                String rendering = r.toString();
                String k = key(rendering);
                double dice = 0;
                for (int q = i; q < j; q++) {
                    dice = Math.max(dice, words.getOrDefault(q == i ? NameLexicon.stemKey(s.stem())
                            : NameLexicon.wordKey(folded.get(q)), 0.0));
                }
                double score = LEXICON_BASE + (1 - LEXICON_BASE) * dice;
                if (out.stream().noneMatch(c -> c.key().equals(k))) {
                    out.add(new Candidate(rendering, k, score, false, false, false, true));
                }
                i = j;
            }
        }

        private static ArabicClitics.Split learntSplit(String f, Map<String, Double> words) {
            ArabicClitics.Split best = null;
            for (ArabicClitics.Split s : ArabicClitics.splits(f)) {
                if (words.containsKey(NameLexicon.stemKey(s.stem())) && (best == null || s.hasArticle())) {
                    best = s;
                }
            }
            return best;
        }

        /** Word {@code i} as written, without the proclitics of {@code s} (the article kept, لل → ال). */
        private String surface(int i, ArabicClitics.Split s) {
            String f = folded.get(i);
            String l = light.get(i);
            int p = s.prefix().length();
            if (!s.hasArticle()) {
                return l.substring(p);
            }
            if (f.startsWith(ArabicClitics.ARTICLE, p)) {
                return l.substring(p);
            }
            return ArabicClitics.ARTICLE + l.substring(f.length() - s.stem().length());
        }

        /** The words in [from, to) of the text, proclitics of the first stripped to fit {@code form}. */
        private String rendering(int from, int to, String form) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                org.tarjama.text.Token t = tokens.get(i);
                if (t.start() >= from && t.end() <= to) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first < 0) {
                return null;
            }
            List<String> fw = Tokenizer.words(ArabicNormalizer.MATCHING.normalize(form));
            String want = fw.isEmpty() ? "" : NameLexicon.wordKey(fw.get(0));
            ArabicClitics.Split chosen = null;
            for (ArabicClitics.Split s : ArabicClitics.splits(folded.get(first))) {
                if (s.stem().equals(want) || s.stem().startsWith(want)) {
                    if (chosen == null || s.hasArticle() && !chosen.hasArticle()) {
                        chosen = s;
                    }
                }
            }
            StringBuilder sb = new StringBuilder(chosen == null ? light.get(first) : surface(first, chosen));
            for (int k = first + 1; k <= last; k++) {
                sb.append(' ').append(light.get(k));
            }
            return sb.toString();
        }
    }

    /**
     * Runs the check over a stream of units with {@code threads} worker threads (1: in the calling
     * thread), merging results in input order. Units are numbered from 1.
     */
    public NameReport run(Iterator<TranslationUnit> units, int threads) {
        return run(units, threads, n -> { });
    }

    /** As {@link #run(Iterator, int)}, telling {@code progress} how many more units were merged. */
    public NameReport run(Iterator<TranslationUnit> units, int threads, java.util.function.LongConsumer progress) {
        Aggregator agg = new Aggregator();
        if (threads <= 1) {
            long no = 0;
            while (units.hasNext()) {
                agg.add(analyze(++no, units.next()));
                progress.accept(1);
            }
            return agg.report(glossary == null ? "" : glossary.source());
        }
        try (OrderedPipeline<Batch, List<UnitFindings>> pipeline = OrderedPipeline.start("tarjama-names", threads,
                2 * threads, this::analyze, results -> {
                    results.forEach(agg::add);
                    progress.accept(results.size());
                })) {
            long no = 0;
            while (units.hasNext()) {
                List<TranslationUnit> batch = new ArrayList<>(BATCH);
                long first = no + 1;
                while (batch.size() < BATCH && units.hasNext()) {
                    batch.add(units.next());
                    no++;
                }
                pipeline.submit(new Batch(first, batch));
            }
            pipeline.finish();
        }
        return agg.report(glossary == null ? "" : glossary.source());
    }

    /** Units numbered from {@code first}. */
    private record Batch(long first, List<TranslationUnit> units) {
    }

    private List<UnitFindings> analyze(Batch b) {
        List<UnitFindings> r = new ArrayList<>(b.units().size());
        for (int i = 0; i < b.units().size(); i++) {
            r.add(analyze(b.first() + i, b.units().get(i)));
        }
        return r;
    }

    /** Capped list of unit numbers. */
    static final class UnitIds {
        long[] ids = new long[4];
        int size;

        void add(long id) {
            if (size > 0 && ids[size - 1] == id) {
                return;
            }
            if (size == MAX_UNIT_IDS) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, Math.min(MAX_UNIT_IDS, size * 2));
            }
            ids[size++] = id;
        }

        void addAll(UnitIds o) {
            for (int i = 0; i < o.size; i++) {
                add(o.ids[i]);
            }
        }

        List<Long> toList() {
            long[] c = Arrays.copyOf(ids, size);
            Arrays.sort(c);
            List<Long> out = new ArrayList<>(size);
            long prev = Long.MIN_VALUE;
            for (long v : c) {
                if (v != prev) {
                    out.add(v);
                }
                prev = v;
            }
            return out;
        }
    }

    /** Occurrences of one name that had the same candidate set. */
    static final class Group {
        final List<Candidate> candidates;
        long count;
        final UnitIds units = new UnitIds();
        NameReport.Example example;
        /** Surface forms per candidate position (the same spelling up to the article), with counts. */
        final Map<Integer, Map<String, Long>> forms = new HashMap<>();

        Group(List<Candidate> candidates) {
            this.candidates = candidates;
        }
    }

    /** Everything known about one name. */
    static final class NameState {
        final String name;
        GlossaryEntry entry;
        long standalone;
        long nonInitial;
        final Map<String, Group> groups = new LinkedHashMap<>();
        long unrendered;
        final UnitIds unrenderedUnits = new UnitIds();
        NameReport.Example unrenderedExample;

        NameState(String name) {
            this.name = name;
        }
    }

    /** Merges per-unit findings; memory grows with distinct names and renderings, not units. */
    public final class Aggregator {
        private final Map<String, NameState> names = new HashMap<>();
        private long units;

        void add(UnitFindings u) {
            units = Math.max(units, u.unit());
            Set<String> seenHere = new HashSet<>();
            for (Occurrence o : u.occurrences()) {
                // a part is recorded only once per unit, and not where it was also mentioned on its own
                if (!seenHere.add(o.name() + (o.part() ? "\u0000p" : ""))
                        || (o.part() && seenHere.contains(o.name()))) {
                    continue;
                }
                if (o.part()) {
                    // a name's endings are judged on their own occurrences (Warren apart from Elizabeth
                    // Warren): a surname is often rendered another way than inside the full name
                    continue;
                }
                NameState s = names.computeIfAbsent(o.name(), NameState::new);
                if (!o.part()) {
                    s.standalone++;
                    if (!o.sentenceInitial()) {
                        s.nonInitial++;
                    }
                    if (o.glossary() != null) {
                        s.entry = o.glossary();
                    }
                }
                if (o.candidates().isEmpty()) {
                    s.unrendered++;
                    s.unrenderedUnits.add(u.unit());
                    if (s.unrenderedExample == null) {
                        s.unrenderedExample = new NameReport.Example(u.unit(), u.en(), u.ar());
                    }
                    continue;
                }
                if (DEBUG != null && o.name().equals(DEBUG)) {
                    System.err.println(u.unit() + " " + o.candidates());
                }
                StringBuilder sig = new StringBuilder();
                List<Candidate> cs = o.candidates();
                if (s.groups.size() >= MAX_GROUPS) {
                    cs = List.of(cs.get(0));
                }
                for (Candidate c : cs) {
                    sig.append(spellingKey(c.rendering())).append(c.partial() ? "*" : "").append('|');
                }
                List<Candidate> fcs = cs;
                Group g = s.groups.computeIfAbsent(sig.toString(), k -> new Group(new ArrayList<>(fcs)));
                g.count++;
                g.units.add(u.unit());
                if (g.example == null) {
                    g.example = new NameReport.Example(u.unit(), u.en(), u.ar());
                }
                for (int i = 0; i < cs.size(); i++) {
                    Candidate c = cs.get(i);
                    Candidate gc = g.candidates.get(i);
                    if (c.score() > gc.score()) {
                        g.candidates.set(i, c);
                    }
                    g.forms.computeIfAbsent(i, k -> new HashMap<>()).merge(c.rendering(), 1L, Long::sum);
                }
            }
        }

        /** The report of everything added so far. */
        public NameReport report(String glossarySource) {
            List<NameReport.Name> out = new ArrayList<>();
            for (NameState s : names.values()) {
                NameReport.Name n = judge(s);
                if (n != null) {
                    out.add(n);
                }
            }
            out.sort((a, b) -> {
                int c = Integer.compare(a.status().ordinal(), b.status().ordinal());
                if (c != 0) {
                    return c;
                }
                c = Long.compare(b.occurrences(), a.occurrences());
                return c != 0 ? c : a.en().compareTo(b.en());
            });
            return new NameReport(out, units, glossarySource);
        }

        /** The name being judged (for the scorer in {@link #spellingClasses}). */
        private String currentName;

        private NameReport.Name judge(NameState s) {
            currentName = s.name;
            if (s.standalone == 0) {
                return null; // only ever seen inside a longer name
            }
            long total = s.unrendered;
            Map<String, Long> cooc = new HashMap<>();
            for (Group g : s.groups.values()) {
                total += g.count;
                for (Candidate c : g.candidates) {
                    cooc.merge(c.key(), g.count, Long::sum);
                }
            }
            // choose each group's rendering; accumulate renderings by spelling
            Map<String, RenderingAcc> bySpelling = new LinkedHashMap<>();
            for (Group g : s.groups.values()) {
                int best = 0;
                double bestValue = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < g.candidates.size(); i++) {
                    Candidate c = g.candidates.get(i);
                    double v = c.score() - (c.partial() ? PARTIAL_PENALTY : 0)
                            + COOCCURRENCE_WEIGHT * cooc.get(c.key()) / (double) total;
                    if (v > bestValue) {
                        bestValue = v;
                        best = i;
                    }
                }
                Candidate chosen = g.candidates.get(best);
                RenderingAcc acc = bySpelling.computeIfAbsent(spellingKey(chosen.rendering()),
                        k -> new RenderingAcc(chosen.key()));
                acc.count += g.count;
                g.forms.getOrDefault(best, Map.of(chosen.rendering(), g.count))
                        .forEach((form, c) -> acc.forms.merge(form, c, Long::sum));
                acc.units.addAll(g.units);
                acc.partial |= chosen.partial();
                acc.derived |= chosen.derived();
                acc.certain |= chosen.learnt() || chosen.fromGlossary() || chosen.derived()
                        || chosen.score() >= STRONG_TRANSLITERATION;
                if (acc.example == null || g.example.unit() < acc.example.unit()) {
                    acc.example = g.example;
                }
            }
            boolean singleInitialWord = s.nonInitial == 0 && !s.name.contains(" ") && !s.name.contains("-");
            if (bySpelling.isEmpty() && singleInitialWord && s.entry == null) {
                return null; // a capitalised sentence opener (Officials, Sirens), not a name
            }
            GlossaryEntry entry = s.entry != null ? s.entry : glossary == null ? null : glossary.find(s.name).orElse(null);
            Set<String> approvedKeys = new HashSet<>();
            Set<String> approvedSpellings = new HashSet<>();
            if (entry != null) {
                for (String a : entry.approved()) {
                    approvedKeys.add(key(a));
                    approvedSpellings.add(spellingKey(a));
                }
                for (String a : entry.variants()) {
                    approvedKeys.add(key(a));
                    approvedSpellings.add(spellingKey(a));
                }
            }
            Set<String> derivedSpellings = new HashSet<>();
            Set<String> glossaryDerived = new HashSet<>();
            if (entry != null) {
                entry.derived().forEach(d -> glossaryDerived.add(key(d)));
            }
            // derived forms: a rendering whose derivation stem is another's, with a nisba or plural ending
            // (الصينية beside الصين, السوري beside سوريا, الديمقراطيين beside الديمقراطي)
            RenderingAcc main = null;
            for (RenderingAcc a : bySpelling.values()) {
                if (!a.derived && !a.partial && (main == null || a.count > main.count)) {
                    main = a;
                }
            }
            for (var e : bySpelling.entrySet()) {
                RenderingAcc acc = e.getValue();
                String k = acc.key;
                if (glossaryDerived.contains(k) || acc.derived) {
                    derivedSpellings.add(e.getKey()); // the glossary lists it as a derived form (حمساوي)
                    continue;
                }
                for (RenderingAcc other : bySpelling.values()) {
                    if (other != acc && !other.key.equals(k) && (isDerived(k, other.key)
                            || other == main && isInflection(k, other.key))) {
                        derivedSpellings.add(e.getKey());
                        break;
                    }
                }
            }
            List<NameReport.Rendering> rs = new ArrayList<>();
            List<NameReport.Rendering> derived = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            boolean anyPartial = false;
            boolean notApproved = false;
            boolean misspelt = false;
            for (var e : bySpelling.entrySet()) {
                RenderingAcc a = e.getValue();
                String ar = a.forms.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
                if (derivedSpellings.contains(e.getKey())) {
                    derived.add(new NameReport.Rendering(ar, a.count, a.units.toList(), a.partial, false, a.example,
                            !a.certain));
                    continue;
                }
                boolean approved = entry != null && approvedKeys.contains(a.key);
                if (entry != null) {
                    if (!approved) {
                        notApproved = true;
                    } else if (!approvedSpellings.contains(e.getKey())) {
                        misspelt = true;
                    }
                }
                keys.add(a.key);
                anyPartial |= a.partial;
                rs.add(new NameReport.Rendering(ar, a.count, a.units.toList(), a.partial, approved, a.example,
                        !a.certain));
            }
            rs.sort((x, y) -> Long.compare(y.count(), x.count()));
            NameReport.Status status;
            if (rs.isEmpty()) {
                // only derived forms (الغزيون for Gaza): rendered, as check judges the same units
                // (TermVerdict.Kind.DERIVED is a note there, not a missing term)
                status = derived.isEmpty() ? NameReport.Status.UNRENDERED : NameReport.Status.CONSISTENT;
            } else if (entry != null) {
                status = notApproved ? NameReport.Status.INCONSISTENT
                        : misspelt || rs.size() > 1 ? NameReport.Status.SPELLING : NameReport.Status.CONSISTENT;
            } else if (judged(rs).isEmpty() && spellingClasses(rs) > 1) {
                status = NameReport.Status.UNRENDERED; // only weak sound matches, and they disagree
            } else if (spellingClasses(judged(rs)) > 1 && !oneUnit(s, rs)) {
                status = NameReport.Status.INCONSISTENT;
            } else if (rs.size() > 1) {
                status = NameReport.Status.SPELLING;
            } else {
                status = NameReport.Status.CONSISTENT;
            }
            return new NameReport.Name(s.name, status, rs, s.unrendered, s.unrenderedUnits.toList(),
                    s.unrenderedExample, entry == null ? List.of() : entry.approved(), derived);
        }

        /**
         * The renderings that decide whether a name is inconsistent: full (not partial: ترامب for Donald
         * Trump is a short form) and certain (a weak sound match beside a sure rendering is more likely a
         * chance resemblance than another rendering).
         */
        private static List<NameReport.Rendering> judged(List<NameReport.Rendering> rs) {
            List<NameReport.Rendering> out = new ArrayList<>(rs.size());
            for (NameReport.Rendering r : rs) {
                if (!r.uncertain()) {
                    out.add(r);
                }
            }
            return out;
        }

        /**
         * The number of renderings that are not spelling variants of one another ({@link ArabicSpelling}):
         * 1 when they differ only in hamza, long vowels inserted, spacing or the article. In a translated
         * rendering (one that does not sound like the name) only spacing and the article count as spelling.
         */
        private int spellingClasses(List<NameReport.Rendering> rs) {
            List<String> reps = new ArrayList<>();
            List<Boolean> sounds = new ArrayList<>();
            for (NameReport.Rendering r : rs) {
                String sq = ArabicSpelling.squeeze(ArabicNormalizer.MATCHING.normalize(r.ar()));
                boolean translit = isLatin(r.ar()) || Transliteration.similarity(currentName, r.ar()) >= threshold;
                boolean same = false;
                for (int i = 0; i < reps.size() && !same; i++) {
                    same = ArabicSpelling.variants(reps.get(i), sq, translit && sounds.get(i))
                            || contains(reps.get(i), sq) || sameStem(reps.get(i), sq);
                }
                if (!same) {
                    reps.add(sq);
                    sounds.add(translit);
                }
            }
            return reps.size();
        }

        /**
         * True when one rendering is the other with more letters around it (a short form: ستريم beside
         * نورد ستريم; words glued on: تجمعلدونالد ترامب beside دونالد ترامب): the same name, not another one.
         */
        private static boolean contains(String a, String b) {
            String shorter = a.length() <= b.length() ? a : b;
            String longer = a.length() <= b.length() ? b : a;
            return shorter.length() >= MIN_CONTAINED && longer.contains(shorter);
        }

        /** One word in two inflections (الإندونيسية, الإندونيسيين): the same derivation stem. */
        private static boolean sameStem(String a, String b) {
            String x = NameLexicon.stemKey(a);
            return x.length() >= 3 && x.length() < a.length() + 0 && x.equals(NameLexicon.stemKey(b))
                    || NameLexicon.stemKey(b).equals(a) || NameLexicon.stemKey(a).equals(b);
        }

        /**
         * True when every occurrence of the name is in one unit: two renderings there are one translator's
         * choice in one place (a name and its short form), not an inconsistency across the memory.
         */
        private static boolean oneUnit(NameState s, List<NameReport.Rendering> rs) {
            Set<Long> units = new HashSet<>(s.unrenderedUnits.toList());
            for (NameReport.Rendering r : rs) {
                units.addAll(r.units());
                if (units.size() > 1) {
                    return false;
                }
            }
            return units.size() <= 1;
        }

        /**
         * {@code key} is {@code base} plus a nisba or plural ending (اسرائيلي from اسرائيل, سوري from سوريا),
         * by the rules of {@link ArabicMorphology#nisbaForms}.
         */
        private static boolean isDerived(String key, String base) {
            if (base.indexOf(' ') >= 0 || key.indexOf(' ') >= 0) {
                return false;
            }
            return org.tarjama.glossary.ArabicMorphology.nisbaForms(base).contains(key);
        }

        /** {@code key} is the adjective {@code base} (ending in ي) inflected: الديمقراطيين for الديمقراطي. */
        private static boolean isInflection(String key, String base) {
            if (base.indexOf(' ') >= 0 || !base.endsWith("ي") || !key.startsWith(base)) {
                return false;
            }
            return org.tarjama.glossary.ArabicMorphology.DERIVED_INFLECTIONS.contains(key.substring(base.length()));
        }
    }

    private static final class RenderingAcc {
        final String key;
        long count;
        final Map<String, Long> forms = new HashMap<>();
        final UnitIds units = new UnitIds();
        boolean partial;
        boolean derived;
        /** Found by a glossary, exonym, co-occurrence or a strong transliteration, not a weak sound match. */
        boolean certain;
        NameReport.Example example;

        RenderingAcc(String key) {
            this.key = key;
        }
    }
}
