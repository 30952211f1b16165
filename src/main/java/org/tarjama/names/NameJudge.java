package org.tarjama.names;

import static org.tarjama.names.RenderingKeys.isLatin;
import static org.tarjama.names.RenderingKeys.key;
import static org.tarjama.names.RenderingKeys.spellingKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarjama.glossary.ArabicMorphology;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryEntry;
import org.tarjama.names.NameAggregator.Group;
import org.tarjama.names.NameAggregator.NameState;
import org.tarjama.names.NameAggregator.UnitIds;
import org.tarjama.names.NameCandidates.Candidate;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.ArabicSpelling;
import org.tarjama.text.Transliteration;

/**
 * The last step of the names check: judges one name from everything {@link NameAggregator} merged, in
 * named steps ({@link #judge}):
 * <ol>
 * <li>{@link #chooseRenderings}: each group of occurrences gets the candidate with the best similarity
 * plus a co-occurrence bonus (the share of the name's occurrences where the candidate appears), so a
 * rendering that accompanies the name in many units beats a lucky sound match in one; renderings are
 * merged by spelling;</li>
 * <li>{@link #isSentenceOpener}: a capitalised first word with no rendering is no name;</li>
 * <li>{@link #derivedSpellings}: renderings that are another's nisba, plural or inflection (or a
 * glossary's derived form) are set apart;</li>
 * <li>{@link #renderings}: the renderings, approved or not against the glossary entry;</li>
 * <li>{@link #status}: inconsistent, spelling, unrendered or consistent.</li>
 * </ol>
 * Immutable and thread-safe.
 */
final class NameJudge {
    /** Weight of co-occurrence when choosing an occurrence's rendering among its candidates. */
    static final double COOCCURRENCE_WEIGHT = 0.3;
    /** Handicap of a partial rendering against a full one. */
    static final double PARTIAL_PENALTY = 0.2;

    private final Glossary glossary;
    private final double threshold;
    private final NameLexicon lexicon;

    /**
     * @param glossary  approved forms (may be null)
     * @param threshold the transliteration similarity from which a rendering sounds like the name
     * @param lexicon   words the memory writes in lower case too ({@link NameLexicon#isLowerCaseWord})
     */
    NameJudge(Glossary glossary, double threshold, NameLexicon lexicon) {
        this.glossary = glossary;
        this.threshold = threshold;
        this.lexicon = lexicon;
    }

    /** The name's finding, or null when it is no name (only seen inside a longer one, or a sentence opener). */
    NameReport.Name judge(NameState s) {
        if (s.standalone == 0) {
            return null; // only ever seen inside a longer name
        }
        Map<String, RenderingAcc> bySpelling = chooseRenderings(s);
        if (bySpelling.isEmpty() && isSentenceOpener(s)) {
            return null; // a capitalised sentence opener (Officials, Sirens), not a name
        }
        GlossaryEntry entry = s.entry != null ? s.entry : glossary == null ? null : glossary.find(s.name).orElse(null);
        Renderings r = renderings(bySpelling, derivedSpellings(bySpelling, entry), entry);
        // with a glossary entry, its forms are what a unit must hold: a unit without them lacks the name
        List<NameReport.Rendering> judged = judged(r.full());
        boolean unrecognised = entry == null && s.unrendered > 0 && !judged.isEmpty()
                && maybeTranslated(s.name, bySpelling);
        // a unit holding another rendering makes the name inconsistent when its rendering is known elsewhere: a
        // partial one (إعصار for National Hurricane Center) does not say how the name is rendered
        NameReport.Status status = unrecognised && judged.stream().anyMatch(x -> !x.partial())
                ? NameReport.Status.INCONSISTENT : status(s, r, entry != null);
        return new NameReport.Name(s.name, status, r.full(), s.unrendered,
                s.unrenderedUnits.toList(), s.unrenderedExample, entry == null ? List.of() : entry.approved(),
                r.derived(), !s.name.contains(" ") && !s.name.contains("-") && lexicon.isLowerCaseWord(s.name),
                s.sure > 0 || s.entry != null, unrecognised);
    }

    /**
     * True when a translator may render the name by words that no scorer here knows, so that a unit where none
     * of its renderings is found more likely renders it otherwise than drops it: an acronym (a translator may
     * spell it out in Arabic words: NATO → حلف شمال الأطلسي beside الناتو, SCIS → المجلس الأسكتلندي للمدارس
     * المستقلة), or a name rendered elsewhere by a translation learnt from co-occurrence rather than by its
     * sounds (Labour → حزب العمال, and حزب العمل in another unit; National Hurricane Center). A name written in
     * Arabic by its sounds (Lee, Singapore, Kit, May) or by a fixed exonym (China → الصين) is found wherever it
     * is there, so a unit without it has dropped it.
     */
    private static boolean maybeTranslated(String name, Map<String, RenderingAcc> bySpelling) {
        for (String w : name.split("[\\s-]+")) {
            if (w.length() >= 2 && NameExtractor.isAllCaps(w) && w.chars().allMatch(Character::isLetter)
                    && !readByLetters(name, bySpelling)) {
                return true;
            }
        }
        for (RenderingAcc a : bySpelling.values()) {
            if (a.translated) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the name is one acronym that the memory writes only by its letters' names (إن بي سي for NBC, about a
     * word per letter, none of it learnt, partial or Latin): a translator who reads it so does not spell it out in
     * words, so a unit without those letters has dropped it.
     */
    private static boolean readByLetters(String name, Map<String, RenderingAcc> bySpelling) {
        if (bySpelling.isEmpty() || name.length() < 3 || !NameExtractor.isAllCaps(name)
                || !name.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (RenderingAcc a : bySpelling.values()) {
            if (a.translated || a.partial || a.derived || a.forms.isEmpty()) {
                return false;
            }
            for (String f : a.forms.keySet()) {
                if (RenderingKeys.isLatin(f) || NameCandidates.arabicWords(f) < name.length() - 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Chooses each group's rendering and accumulates the renderings by spelling, in first-seen order. */
    private static Map<String, RenderingAcc> chooseRenderings(NameState s) {
        long total = s.unrendered;
        Map<String, Long> cooc = new HashMap<>();
        for (Group g : s.groups.values()) {
            total += g.count;
            for (Candidate c : g.candidates) {
                cooc.merge(c.key(), g.count, Long::sum);
            }
        }
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
            if (chosen.byWords()) {
                acc.byWords += g.count;
            }
            acc.derived |= chosen.derived();
            acc.translated |= chosen.learnt() && !chosen.derived() && !isLatin(chosen.rendering())
                    && Transliteration.similarity(s.name, chosen.rendering()) < NameCandidates.STRONG_TRANSLITERATION;
            acc.certain |= chosen.learnt() || chosen.fromGlossary() || chosen.derived()
                    || chosen.score() >= NameCandidates.STRONG_TRANSLITERATION;
            if (acc.example == null || g.example.unit() < acc.example.unit()) {
                acc.example = g.example;
            }
        }
        return bySpelling;
    }

    /** A single word only ever seen first in a sentence, and no glossary term. */
    private static boolean isSentenceOpener(NameState s) {
        return s.nonInitial == 0 && !s.name.contains(" ") && !s.name.contains("-") && s.entry == null;
    }

    /**
     * The spellings that are derived forms: a rendering whose derivation stem is another's, with a nisba
     * or plural ending (الصينية beside الصين, السوري beside سوريا, الديمقراطيين beside الديمقراطي), or a
     * derived form the glossary lists (حمساوي).
     */
    private static Set<String> derivedSpellings(Map<String, RenderingAcc> bySpelling, GlossaryEntry entry) {
        Set<String> glossaryDerived = new HashSet<>();
        if (entry != null) {
            entry.derived().forEach(d -> glossaryDerived.add(key(d)));
        }
        RenderingAcc main = null;
        for (RenderingAcc a : bySpelling.values()) {
            if (!a.derived && !a.partial && (main == null || a.count > main.count)) {
                main = a;
            }
        }
        Set<String> derivedSpellings = new HashSet<>();
        for (var e : bySpelling.entrySet()) {
            RenderingAcc acc = e.getValue();
            String k = acc.key;
            if (glossaryDerived.contains(k) || acc.derived) {
                derivedSpellings.add(e.getKey());
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
        return derivedSpellings;
    }

    /**
     * A name's renderings, judged against its glossary entry.
     *
     * @param full        the renderings (derived forms aside), most frequent first
     * @param derived     the derived forms
     * @param notApproved with an entry: a rendering is not an approved form or variant
     * @param misspelt    with an entry: an approved rendering is spelt otherwise than the entry
     */
    private record Renderings(List<NameReport.Rendering> full, List<NameReport.Rendering> derived,
                              boolean notApproved, boolean misspelt) {
    }

    private static Renderings renderings(Map<String, RenderingAcc> bySpelling, Set<String> derivedSpellings,
                                         GlossaryEntry entry) {
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
        List<NameReport.Rendering> rs = new ArrayList<>();
        List<NameReport.Rendering> derived = new ArrayList<>();
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
            rs.add(new NameReport.Rendering(ar, a.count, a.units.toList(), a.partial, approved, a.example,
                    !a.certain, a.byWords == a.count));
        }
        rs.sort((x, y) -> Long.compare(y.count(), x.count()));
        return new Renderings(rs, derived, notApproved, misspelt);
    }

    /** The name's status from its renderings ({@code withEntry}: judged against a glossary entry). */
    private NameReport.Status status(NameState s, Renderings r, boolean withEntry) {
        List<NameReport.Rendering> rs = r.full();
        if (rs.isEmpty()) {
            // only derived forms (الغزيون for Gaza): rendered, as check judges the same units
            // (TermVerdict.Kind.DERIVED is a note there, not a missing term)
            return r.derived().isEmpty() ? NameReport.Status.UNRENDERED : NameReport.Status.CONSISTENT;
        }
        if (withEntry) {
            return r.notApproved() ? NameReport.Status.INCONSISTENT
                    : r.misspelt() || rs.size() > 1 ? NameReport.Status.SPELLING : NameReport.Status.CONSISTENT;
        }
        if (judged(rs).isEmpty() && spellingClasses(s.name, rs) > 1) {
            return NameReport.Status.UNRENDERED; // only weak sound matches, and they disagree
        }
        List<NameReport.Rendering> judged = judged(rs);
        List<NameReport.Rendering> decisive = decisive(s.name, judged);
        if (spellingClasses(s.name, decisive) > 1 && !oneUnit(s, rs)) {
            return NameReport.Status.INCONSISTENT;
        }
        // the partial renderings left out of the decisive ones are pieces or chance words, not other spellings
        return rs.size() - (judged.size() - decisive.size()) > 1 ? NameReport.Status.SPELLING
                : NameReport.Status.CONSISTENT;
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
     * The judged renderings that can make a name inconsistent: a partial rendering (some of the name's words) only
     * when it sounds like some of them (ري يونج beside ري يونغ هو for Ri Yong Ho; not وبنما, the Panama of the unit,
     * for Dominican Republic), and only beside a full rendering: two partial ones (دي and تسايت for Die Zeit, in
     * units where the rest was glued to the next word) are pieces of one name, not two renderings of it.
     */
    private List<NameReport.Rendering> decisive(String name, List<NameReport.Rendering> judged) {
        if (judged.stream().allMatch(NameReport.Rendering::partial)) {
            return List.of();
        }
        List<NameReport.Rendering> out = new ArrayList<>(judged.size());
        for (NameReport.Rendering r : judged) {
            if (!r.partial() || isLatin(r.ar()) || soundsLikePart(name, r.ar())) {
                out.add(r);
            }
        }
        return out;
    }

    /** True when {@code ar} sounds like a run of the words of {@code name} ({@link #threshold}). */
    private boolean soundsLikePart(String name, String ar) {
        String[] ws = name.split("[\\s-]+");
        for (int i = 0; i < ws.length; i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < ws.length; j++) {
                if (j > i) {
                    run.append(' ');
                }
                run.append(ws[j]);
                if (Transliteration.similarity(run.toString(), ar) >= threshold) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The number of renderings of {@code name} that are not spelling variants of one another
     * ({@link ArabicSpelling}): 1 when they differ only in hamza, long vowels inserted, spacing or the
     * article. In a translated rendering (one that does not sound like the name) only spacing and the
     * article count as spelling.
     */
    private int spellingClasses(String name, List<NameReport.Rendering> rs) {
        List<String> reps = new ArrayList<>();
        List<Boolean> sounds = new ArrayList<>();
        List<Boolean> byWords = new ArrayList<>();
        List<String> surfaces = new ArrayList<>();
        for (NameReport.Rendering r : rs) {
            String sq = ArabicSpelling.squeeze(ArabicNormalizer.MATCHING.normalize(r.ar()));
            boolean translit = isLatin(r.ar())
                    || Transliteration.similarity(name, withoutTransliteratedArticle(name, r.ar())) >= threshold;
            boolean same = false;
            for (int i = 0; i < reps.size() && !same; i++) {
                // two translations found word by word are the units' own words: one is a short form of the other
                // only when its words are there as written, the article inside kept (not دوري الأبطال beside
                // دوري أبطال أوروبا: the league of the champions, the league of Europe's champions)
                same = ArabicSpelling.variants(reps.get(i), sq, translit && sounds.get(i))
                        || (r.byWords() && byWords.get(i) ? contains(surfaces.get(i), surface(r.ar()))
                        : contains(reps.get(i), sq)) || sameStem(reps.get(i), sq);
            }
            if (!same) {
                reps.add(sq);
                sounds.add(translit);
                byWords.add(r.byWords());
                surfaces.add(surface(r.ar()));
            }
        }
        return reps.size();
    }

    /**
     * {@code ar} without an English article that the translator transliterated (ذا هيل for The Hill, where the name
     * is Hill): the rest is what sounds like the name. {@code ar} itself when the name has its article.
     */
    private static String withoutTransliteratedArticle(String name, String ar) {
        if (name.regionMatches(true, 0, "the ", 0, 4)) {
            return ar;
        }
        for (String a : NameCandidates.ARTICLES) {
            if (ar.length() > a.length() + 1 && ar.startsWith(a) && ar.charAt(a.length()) == ' ') {
                return ar.substring(a.length() + 1);
            }
        }
        return ar;
    }

    /**
     * True when one rendering is the other with more letters around it (a short form: ستريم beside
     * نورد ستريم; words glued on: تجمعلدونالد ترامب beside دونالد ترامب): the same name, not another one.
     */
    private static boolean contains(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return shorter.length() >= NameCandidates.MIN_CONTAINED && longer.contains(shorter);
    }

    /** A rendering {@link ArabicNormalizer#MATCHING}-folded, its articles and spaces kept. */
    private static String surface(String ar) {
        return ArabicNormalizer.MATCHING.normalize(ar);
    }

    /** One word in two inflections (الإندونيسية, الإندونيسيين): the same derivation stem. */
    private static boolean sameStem(String a, String b) {
        String x = NameLexicon.stemKey(a);
        return x.length() >= 3 && x.length() < a.length() && x.equals(NameLexicon.stemKey(b))
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
        return ArabicMorphology.nisbaForms(base).contains(key);
    }

    /** {@code key} is the adjective {@code base} (ending in ي) inflected: الديمقراطيين for الديمقراطي. */
    private static boolean isInflection(String key, String base) {
        if (base.indexOf(' ') >= 0 || !base.endsWith("ي") || !key.startsWith(base)) {
            return false;
        }
        return ArabicMorphology.DERIVED_INFLECTIONS.contains(key.substring(base.length()));
    }

    /** One rendering of a name being accumulated over its groups. */
    private static final class RenderingAcc {
        final String key;
        long count;
        final Map<String, Long> forms = new HashMap<>();
        final UnitIds units = new UnitIds();
        boolean partial;
        boolean derived;
        /** Chosen somewhere as a rendering learnt from co-occurrence that does not sound like the name. */
        boolean translated;
        /** Occurrences found only through the translations of the name's words ({@link NameLexicon#wordTranslations}). */
        long byWords;
        /** Found by a glossary, exonym, co-occurrence or a strong transliteration, not a weak sound match. */
        boolean certain;
        NameReport.Example example;

        RenderingAcc(String key) {
            this.key = key;
        }
    }
}
