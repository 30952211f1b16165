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
import org.tarjama.model.TranslationUnit;
import org.tarjama.text.ArabicClitics;
import org.tarjama.text.ArabicNormalizer;
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
    /** Arabic suffixes of derived adjectives and plurals (nisba): إسرائيلي، الإسرائيلية، إسرائيليين. */
    static final List<String> DERIVED_SUFFIXES = List.of("ي", "يه", "يين", "يون", "يات", "ين", "ون");
    /** Candidate-set groups kept per name; beyond, occurrences are grouped by their best candidate only. */
    static final int MAX_GROUPS = 64;

    private static final int BATCH = 256;

    private final Glossary glossary;
    private final NameExtractor extractor;
    private final double threshold;
    private final Map<String, Transliteration.Name> compiled = new ConcurrentHashMap<>();

    /** A checker with the default threshold ({@link Transliteration#DEFAULT_THRESHOLD}). */
    public NameChecker(Glossary glossary) {
        this(glossary, Transliteration.DEFAULT_THRESHOLD);
    }

    /**
     * @param glossary  approved forms to judge names against (may be null)
     * @param threshold similarity from which an Arabic n-gram counts as a rendering
     */
    public NameChecker(Glossary glossary, double threshold) {
        this.glossary = glossary;
        this.extractor = new NameExtractor(glossary);
        this.threshold = threshold;
    }

    /** A candidate rendering of one occurrence. */
    record Candidate(String rendering, String key, double score, boolean partial, boolean fromGlossary) {
    }

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
        Transliteration.ArabicSentence sentence = Transliteration.ArabicSentence.of(ar);
        GlossaryForms forms = glossary == null ? null : new GlossaryForms(ar);
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
                                       Transliteration.ArabicSentence sentence, GlossaryForms forms) {
        List<Candidate> out = new ArrayList<>(MAX_CANDIDATES);
        if (entry != null && forms != null) {
            for (String f : entryForms(entry)) {
                String found = forms.find(f);
                if (found != null && out.stream().noneMatch(c -> c.key().equals(key(found)))) {
                    out.add(new Candidate(found, key(found), 1.0, false, true));
                }
            }
        }
        String latin = latinInArabic(name, sentence.text());
        if (latin != null) {
            // left in Latin script by the translator (brand names, acronyms): that is its rendering
            out.add(new Candidate(latin, key(latin), 1.0, false, false));
        }
        Transliteration.Name n = compile(name);
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
        return out;
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

    private Transliteration.Name compile(String name) {
        Transliteration.Name n = compiled.get(name);
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

    /** Glossary forms in one Arabic text: word sequences compared folded, the first word clitic-aware. */
    private static final class GlossaryForms {
        private final List<String> light = new ArrayList<>();
        private final List<String> folded = new ArrayList<>();

        GlossaryForms(String ar) {
            for (String w : Tokenizer.words(ar)) {
                String l = ArabicNormalizer.LIGHT.normalize(w);
                light.add(l);
                folded.add(ArabicNormalizer.MATCHING.normalize(l));
            }
        }

        /** The form as written in the text (proclitics stripped), or null. */
        String find(String form) {
            List<String> fw = Tokenizer.words(ArabicNormalizer.MATCHING.normalize(form));
            int k = fw.size();
            if (k == 0) {
                return null;
            }
            for (int i = 0; i + k <= folded.size(); i++) {
                boolean rest = true;
                for (int j = 1; j < k && rest; j++) {
                    rest = folded.get(i + j).equals(fw.get(j));
                }
                if (!rest) {
                    continue;
                }
                for (ArabicClitics.Split s : ArabicClitics.splits(folded.get(i))) {
                    String first = fw.get(0);
                    int cut;
                    String prefix = "";
                    if (s.stem().equals(first)) {
                        cut = folded.get(i).length() - s.stem().length();
                    } else if (s.hasArticle() && s.withArticle().equals(first)) {
                        cut = s.prefix().length();
                        if (!folded.get(i).startsWith(ArabicClitics.ARTICLE, cut)) {
                            prefix = "ا"; // لل: restore the article's alef
                        }
                    } else {
                        continue;
                    }
                    StringBuilder sb = new StringBuilder(prefix).append(light.get(i).substring(cut));
                    for (int j = 1; j < k; j++) {
                        sb.append(' ').append(light.get(i + j));
                    }
                    return sb.toString();
                }
            }
            return null;
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

        private NameReport.Name judge(NameState s) {
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
            for (var e : bySpelling.entrySet()) {
                String k = e.getValue().key;
                if (glossaryDerived.contains(k)) {
                    derivedSpellings.add(e.getKey()); // the glossary lists it as a derived form (حمساوي)
                    continue;
                }
                for (RenderingAcc other : bySpelling.values()) {
                    if (other != e.getValue() && !other.key.equals(k) && isDerived(k, other.key)) {
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
                    derived.add(new NameReport.Rendering(ar, a.count, a.units.toList(), a.partial, false, a.example));
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
                rs.add(new NameReport.Rendering(ar, a.count, a.units.toList(), a.partial, approved, a.example));
            }
            rs.sort((x, y) -> Long.compare(y.count(), x.count()));
            NameReport.Status status;
            if (rs.isEmpty()) {
                status = NameReport.Status.UNRENDERED;
            } else if (entry != null) {
                status = notApproved ? NameReport.Status.INCONSISTENT
                        : misspelt || rs.size() > 1 ? NameReport.Status.SPELLING : NameReport.Status.CONSISTENT;
            } else if (keys.size() > 1) {
                status = NameReport.Status.INCONSISTENT;
            } else if (rs.size() > 1) {
                status = NameReport.Status.SPELLING;
            } else {
                status = NameReport.Status.CONSISTENT;
            }
            return new NameReport.Name(s.name, status, rs, s.unrendered, s.unrenderedUnits.toList(),
                    s.unrenderedExample, entry == null ? List.of() : entry.approved(), derived);
        }

        /** {@code key} is {@code base} plus a nisba or plural ending (اسرائيلي from اسرائيل). */
        private static boolean isDerived(String key, String base) {
            if (!key.startsWith(base)) {
                return false;
            }
            return DERIVED_SUFFIXES.contains(key.substring(base.length()));
        }
    }

    private static final class RenderingAcc {
        final String key;
        long count;
        final Map<String, Long> forms = new HashMap<>();
        final UnitIds units = new UnitIds();
        boolean partial;
        NameReport.Example example;

        RenderingAcc(String key) {
            this.key = key;
        }
    }
}
