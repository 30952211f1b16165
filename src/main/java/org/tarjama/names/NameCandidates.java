package org.tarjama.names;

import static org.tarjama.names.RenderingKeys.isLatin;
import static org.tarjama.names.RenderingKeys.key;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryEntry;
import org.tarjama.glossary.TermMatcher;
import org.tarjama.model.TranslationUnit;
import org.tarjama.text.ArabicClitics;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.ArabicSentence;
import org.tarjama.text.RankCache;
import org.tarjama.text.SimilarityCache;
import org.tarjama.text.TransliteratedName;
import org.tarjama.text.Transliteration;

/**
 * The first step of the names check, one unit at a time (thread-safe): the {@link NameExtractor} finds
 * the names of the English side; for each, {@link Transliteration} ranks the Arabic word n-grams
 * (proclitics و ف ب ل ك stripped, the article kept) and keeps the few above the threshold as
 * candidates; a multi-word name with no full rendering is also looked for by its parts (a
 * <em>partial</em> rendering: زهري for Abu Zuhri); glossary names are looked for by their approved,
 * variant and forbidden forms, other names by their CLDR exonyms ({@link Gazetteer}) and by the words
 * learnt for them ({@link NameLexicon}); a name glued to another word is cut out of it
 * ({@link UnitText}). A multi-word name's endings that are names in their own right elsewhere (Abu
 * Zuhri inside Sami Abu Zuhri) are recorded as parts too.
 */
final class NameCandidates {
    /** Candidates kept per occurrence. */
    static final int MAX_CANDIDATES = 3;
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

    /**
     * Score of a rendering learnt from co-occurrence across the memory ({@link NameLexicon}) at Dice 0;
     * it rises linearly to 1 at Dice 1.
     */
    static final double LEXICON_BASE = 0.6;

    /** A candidate rendering of one occurrence. */
    record Candidate(String rendering, String key, double score, boolean partial, boolean fromGlossary,
                     boolean derived, boolean learnt, boolean byWords) {
        Candidate(String rendering, String key, double score, boolean partial, boolean fromGlossary) {
            this(rendering, key, score, partial, fromGlossary, false, false, false);
        }

        Candidate(String rendering, String key, double score, boolean partial, boolean fromGlossary,
                  boolean derived, boolean learnt) {
            this(rendering, key, score, partial, fromGlossary, derived, learnt, false);
        }
    }

    /** Shortest rendering (squeezed letters) that counts as the same name inside a longer one. */
    static final int MIN_CONTAINED = 4;

    /** A word this long is a run of words that lost their spaces (the longest Arabic words are about 11). */
    static final int GLUED_RUN = 12;
    /** A name glued inside such a run must score this much to count. */
    static final double GLUED_FLOOR = 0.8;

    /**
     * A learnt word keeps the letters that read as proclitics when the whole word sounds this much more
     * like the name (بالين for Palin).
     */
    static final double LETTERS_KEPT = 0.1;

    /** An Arabic word that sounds this much like another name of the unit is that name's rendering. */
    static final double OTHER_NAME_FLOOR = 0.7;

    /** A transliteration this good makes learnt (co-occurrence) renderings that do not sound alike moot. */
    static final double STRONG_TRANSLITERATION = 0.6;

    /** One occurrence of a name in a unit, with its candidates (empty: unrendered). */
    /**
     * @param sure true when the capital says that this is a name: it is not a single word opening a sentence
     */
    record Occurrence(String name, boolean sentenceInitial, GlossaryEntry glossary, List<Candidate> candidates,
                      boolean part, boolean sure) {
    }

    /** What one unit contributes. */
    record UnitFindings(long unit, String en, String ar, List<Occurrence> occurrences) {
    }

    private final NameExtractor extractor;
    private final double threshold;
    private final NameLexicon lexicon;
    private final TermMatcher glossaryMatcher;
    private final Gazetteer gazetteer = Gazetteer.cldr();
    private final Map<String, TransliteratedName> compiled = new ConcurrentHashMap<>();
    /**
     * Per worker thread: the transliteration DPs already done (a name meets the same words in many units);
     * {@code -Dtarjama.names.rankCache=false} turns it off (to measure without it: the output is the same).
     */
    private final ThreadLocal<RankCache> rankCache = ThreadLocal.withInitial(
            () -> Boolean.parseBoolean(System.getProperty("tarjama.names.rankCache", "true")) ? new RankCache() : null);
    /**
     * Per worker thread: the similarities of a name and a rendering already scored (a memory renders a name the
     * same way in many units); {@code -Dtarjama.names.similarityCache=false} turns it off (the output is the same).
     */
    private final ThreadLocal<SimilarityCache> similarities = ThreadLocal.withInitial(
            () -> Boolean.parseBoolean(System.getProperty("tarjama.names.similarityCache", "true"))
                    ? new SimilarityCache() : null);

    /** Per worker thread: the Arabic words already prepared for ranking (a memory's words recur). */
    private final ThreadLocal<ArabicSentence.Words> sentenceWords = ThreadLocal.withInitial(ArabicSentence.Words::new);

    /** {@code n.similarity(arabic)}, remembered per thread. */
    private double sim(TransliteratedName n, String arabic) {
        SimilarityCache c = similarities.get();
        return c == null ? n.similarity(arabic) : c.similarity(n, arabic);
    }

    /** {@code n.similarity(arabic, floor)}, remembered per thread. */
    private double sim(TransliteratedName n, String arabic, double floor) {
        SimilarityCache c = similarities.get();
        return c == null ? n.similarity(arabic, floor) : c.similarity(n, arabic, floor);
    }

    NameCandidates(Glossary glossary, NameExtractor extractor, double threshold, NameLexicon lexicon) {
        this.extractor = extractor;
        this.threshold = threshold;
        this.lexicon = lexicon;
        this.glossaryMatcher = glossary == null ? null : TermMatcher.of(glossary);
    }

    /** Analyses one unit (thread-safe). */
    UnitFindings analyze(long unitNo, TranslationUnit u) {
        String en = u.text("en");
        String ar = u.text("ar");
        List<NameExtractor.Mention> found = extractor.extract(en);
        if (found.isEmpty()) {
            return new UnitFindings(unitNo, en, ar, List.of());
        }
        ArabicSentence sentence = ArabicSentence.of(ar, sentenceWords.get());
        UnitText forms = new UnitText(sentence);
        // a name mentioned twice in a unit is looked for once
        Map<String, List<Candidate>> done = new HashMap<>();
        List<NameExtractor.Join> joins = extractor.joins(en, found);
        List<NameExtractor.Mention> mentions = joins.isEmpty() ? found : joined(found, joins, sentence, forms, done);
        List<Occurrence> out = new ArrayList<>(mentions.size());
        for (NameExtractor.Mention m : mentions) {
            List<Candidate> c = done.computeIfAbsent(m.name(),
                    k -> candidates(m.name(), m.words(), m.glossary(), sentence, forms, mentions));
            if (m.glossary() == null && afterThe(en, m.start())) {
                List<Candidate> withArticle = withTransliteratedArticle(m.name(), m.words().size(), ar, c);
                if (withArticle != c) {
                    c = withArticle;
                    done.put(m.name(), c);
                }
            }
            // (a name's endings, Abu Zuhri of Sami Abu Zuhri, are not looked for inside it: NameAggregator judges
            // a surname on its own occurrences only, and the lexicon counts them itself)
            boolean sure = !m.sentenceInitial() || m.words().size() > 1;
            if (!sure && c.isEmpty() && m.glossary() == null && lexicon.isLowerCaseWord(m.name())
                    && onlyAtSentenceStarts(m.name(), mentions)) {
                // a sentence's first word that the memory also writes in lower case, and nothing renders it as a
                // name: the common word ("Medium concentrations" beside the site Medium), no unrendered name
                continue;
            }
            out.add(new Occurrence(m.name(), m.sentenceInitial(), m.glossary(), c, false, sure));
        }
        return new UnitFindings(unitNo, en, ar, out);
    }

    /** True when every mention of {@code name} in the unit opens a sentence. */
    private static boolean onlyAtSentenceStarts(String name, List<NameExtractor.Mention> mentions) {
        for (NameExtractor.Mention m : mentions) {
            if (!m.sentenceInitial() && m.name().equals(name)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A transliteration of one Arabic word for a name of several content words must score this much (a name
     * glued into one word, كيتهارينغتون, scores higher).
     */
    static final double ONE_WORD_FOR_MANY = 0.7;

    /** A longer name is taken when its rendering is at most this much worse than that of a part of it. */
    static final double JOIN_MARGIN = 0.05;
    /**
     * ... or at most this much worse when the part's rendering is a run of the longer rendering's words (the
     * longer name's score pays for the words it adds: نيوبورت أون ذا ليفي 0.92, نيوبورت 0.97).
     */
    static final double CONTAINED_MARGIN = 0.15;

    /** True when the words of {@code part} (a rendering key) are a run of the words of {@code whole}. */
    static boolean containsWords(String whole, String part) {
        int i = whole.indexOf(part);
        while (i >= 0) {
            int e = i + part.length();
            if ((i == 0 || whole.charAt(i - 1) == ' ') && (e == whole.length() || whole.charAt(e) == ' ')) {
                return true;
            }
            i = whole.indexOf(part, i + 1);
        }
        return false;
    }

    /**
     * The mentions with the {@link NameExtractor#joins longer names} that the Arabic supports put in place of
     * their parts: the longer name's best rendering (a transliteration or Latin, not a learnt or partial
     * one) renders it about as well as each part's best rendering renders the part and has more words
     * (ساترداي نايت لايف for Saturday Night Live, where نايت لايف renders Night Live; بيرت بيس for Burt's
     * Bees), or renders it better (ريموندسو for Raymond So rather than Raymond). A longer name the
     * translator did not transliterate (يوم السبت, a possessive turned round: دانييل ستوريدج لاعب ليفربول)
     * leaves the parts as they are. The candidates found are kept in {@code done}.
     */
    private List<NameExtractor.Mention> joined(List<NameExtractor.Mention> mentions, List<NameExtractor.Join> joins,
                                               ArabicSentence sentence, UnitText forms,
                                               Map<String, List<Candidate>> done) {
        List<NameExtractor.Mention> out = new ArrayList<>(mentions.size());
        int next = 0;
        for (NameExtractor.Join j : joins) {
            while (next < j.first()) {
                out.add(mentions.get(next++));
            }
            NameExtractor.Mention w = j.whole();
            List<Candidate> whole = candidates(w.name(), w.words(), null, sentence, forms, mentions);
            Candidate best = null;
            for (Candidate c : whole) {
                if (!c.partial() && !c.learnt() && !c.derived() && (best == null || c.score() > best.score())) {
                    best = c;
                }
            }
            boolean take = best != null || j.sure();
            for (int k = j.first(); k <= j.last() && take && !j.sure(); k++) {
                NameExtractor.Mention m = mentions.get(k);
                List<Candidate> own = done.computeIfAbsent(m.name(),
                        x -> candidates(m.name(), m.words(), m.glossary(), sentence, forms, mentions));
                for (Candidate c : own) {
                    if (c.partial()) {
                        continue;
                    }
                    if (c.derived()) {
                        take = false; // Spain's Jon Rahm → الإسباني جون راهم: a possessive turned into a nisba
                        break;
                    }
                    boolean longer = arabicWords(best.rendering()) > arabicWords(c.rendering())
                            && best.score() >= c.score() - JOIN_MARGIN;
                    // the part's rendering inside the longer one, in its place: the Arabic has the words around it too
                    boolean around = containsWords(best.key(), c.key()) && best.score() >= c.score() - CONTAINED_MARGIN;
                    take &= longer || around || best.score() > c.score() + TRIM_GAIN;
                }
            }
            if (take) {
                done.put(w.name(), whole);
                out.add(w);
            } else {
                for (int k = j.first(); k <= j.last(); k++) {
                    out.add(mentions.get(k));
                }
            }
            next = j.last() + 1;
        }
        while (next < mentions.size()) {
            out.add(mentions.get(next++));
        }
        return out;
    }

    /** The name as it is said: without the {@code 's} of its words (Sainsbury's → Sainsbury, Burt's Bees → Burt Bees). */
    static String spoken(String written) {
        String name = NameExtractor.withoutApostropheS(written);
        if (name.indexOf('\'') < 0 && name.indexOf('\u2019') < 0) {
            return name;
        }
        return name.replaceAll("['\u2019]s(?= )", "");
    }

    private List<Candidate> candidates(String written, List<String> words, GlossaryEntry entry,
                                       ArabicSentence sentence, UnitText forms, List<NameExtractor.Mention> unit) {
        // Sainsbury's is looked for as Sainsbury: the 's is not pronounced in its Arabic (سينسبري)
        String name = spoken(written);
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
        for (Transliteration.Candidate c : ranked(n, name, words, sentence, floor, unit)) {
            if (out.size() >= MAX_CANDIDATES) {
                break;
            }
            if (c.endWord() - c.firstWord() > 1 && crossesPunctuation(c.surface())) {
                continue; // سومرسيت، أنه ألقي: a comma, colon or quote ends a name
            }
            c = withNameWordAfter(c, n, words, sentence);
            String rendering = c.rendering();
            double score = c.score();
            String trimmed = withoutStrayEndWords(rendering, score, n, words);
            if (trimmed != rendering) {
                rendering = trimmed;
                score = sim(n, rendering);
                if (score < floor && parts.isEmpty()) {
                    continue;
                }
            }
            String k = key(rendering);
            if (UnitText.hasKey(out, k)) {
                continue;
            }
            boolean partial = false;
            if (!parts.isEmpty() && (trimmed != c.rendering() || c.endWord() - c.firstWord() < words.size())) {
                double best = 0;
                // only a part that beats the whole name by the margin matters: scored exactly from there
                double floorOfParts = score + PARTIAL_MARGIN;
                for (List<String> p : parts) {
                    best = Math.max(best, sim(compile(String.join(" ", p)), rendering, floorOfParts));
                }
                if (best > score + PARTIAL_MARGIN) {
                    // a rendering of a part (زهري for Abu Zuhri): judged by how well it renders that part
                    if (best < PARTIAL_FLOOR) {
                        continue;
                    }
                    partial = true;
                    score = best;
                } else if (score < floor) {
                    continue;
                }
            }
            if (!partial && score < ONE_WORD_FOR_MANY && arabicWords(rendering) == 1 && contentWords(words) > 1) {
                continue; // one Arabic word that sounds a little like a name of several words: a chance (استمرت for Academy Awards)
            }
            out.add(new Candidate(rendering, k, score, partial, false));
        }
        if (out.isEmpty() && !parts.isEmpty()) {
            for (List<String> p : parts) {
                List<Transliteration.Candidate> r = compile(String.join(" ", p)).rank(sentence, 0, PARTIAL_FLOOR, rankCache.get());
                if (!r.isEmpty()) {
                    Transliteration.Candidate c = r.get(0);
                    String k = key(c.rendering());
                    if (!UnitText.hasKey(out, k)) {
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
            int before = out.size();
            // an acronym stands for about as many words as it has letters (FBI → مكتب التحقيقات الفيدرالي, so مكتب
            // alone is a part of it)
            boolean acronym = words.size() == 1 && NameExtractor.isAllCaps(name) && name.length() >= 3;
            if (acronym && entry == null) {
                // it sounds like the acronym read as a word (الناتو for NATO: not without a vowel, as in ranked) or
                // by its letters' names
                String sp = spelled(words);
                TransliteratedName letters = sp == null ? null : compile(sp);
                forms.learnt(learnt, n, similarities.get(), name.length(), r -> hasVowel(name) && sim(n, r, threshold) >= threshold
                        || letters != null && sim(letters, r, threshold) >= threshold, out);
            } else {
                forms.learnt(learnt, n, similarities.get(), out);
            }
            // (with a glossary entry, the entry's forms judge the renderings)
            int content = entry != null ? 0 : acronym ? name.length() - 1 : contentWords(words);
            for (int i = before; i < out.size(); i++) {
                Candidate c = out.get(i);
                if (content > 1 && arabicWords(c.rendering()) < content && sim(n, c.rendering()) < threshold) {
                    // a translation with fewer words than the name has (العليا for Supreme Court, التغذية for
                    // Power of Nutrition) renders a part of it: the rest (المحكمة) was not learnt
                    out.set(i, new Candidate(c.rendering(), c.key(), c.score(), true, false, false, true));
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Candidate t = trimGlued(out.get(i), n);
            if (t != null) {
                boolean seen = false;
                for (int q = 0; q < out.size() && !seen; q++) {
                    seen = q != i && out.get(q).key().equals(t.key());
                }
                if (seen) {
                    out.remove(i--); // trimmed to a rendering found already
                } else {
                    out.set(i, t);
                }
            }
        }
        if (out.isEmpty()) {
            forms.glued(n, Math.max(floor, GLUED_FLOOR), out);
        }
        if (out.isEmpty()) {
            forms.gluedToWord(n, Math.max(floor, GLUED_FLOOR), lexicon, out);
        }
        if (out.isEmpty() && words.size() > 1) {
            forms.gluedAcross(n, Math.max(floor, GLUED_FLOOR), out);
            if (!out.isEmpty() && !piecesRenderWords(out.get(0).rendering(), words)) {
                out.clear(); // باركلايكارد الت for Barclaycard TV: the letters after the space are no word of the name
            }
        }
        if (out.isEmpty() && !learnt.isEmpty()) {
            forms.learntGlued(learnt, lexicon, out);
        }
        if (entry == null && words.size() > 1 && out.isEmpty()) {
            // no rendering of the whole name: a translated name (Premier League → الدوري الممتاز) is found by
            // the translations learnt for its words
            List<Map<String, Double>> tr = new ArrayList<>(words.size());
            List<Integer> part = new ArrayList<>(words.size()); // which part of the name, "of" between parts
            boolean any = false;
            int ofs = 0;
            for (String w : words) {
                if (w.equals("of")) {
                    ofs++;
                } else if (w.length() > 1 && !isParticle(w)) {
                    Map<String, Double> t = lexicon.wordTranslations(w);
                    tr.add(t);
                    part.add(ofs);
                    any |= !t.isEmpty();
                }
            }
            if (any) {
                // the Arabic of the unit's other names is not this one's translation (جندون of Gendon beside Hotel,
                // روزا of Rosa after إعصار)
                List<TransliteratedName> others = new ArrayList<>();
                for (NameExtractor.Mention o : unit) {
                    for (String w : o.words()) {
                        if (w.length() >= 3 && !NameExtractor.isStopWord(w) && !sharesStem(w, words)) {
                            others.add(compile(w));
                        }
                    }
                }
                double otherFloor = Math.max(threshold, OTHER_NAME_FLOOR);
                List<Candidate> found = new ArrayList<>(1);
                forms.translated(tr, part, ar -> others.stream().anyMatch(o -> o.similarity(ar, otherFloor) >= otherFloor), found);
                if (!found.isEmpty()) {
                    out.clear();
                    out.addAll(found);
                }
            }
        }
        if (entry == null) {
            for (int i = 0; i < out.size(); i++) {
                Candidate c = out.get(i);
                if (c.learnt() && !c.partial() && !c.derived() && afterPartyWord(sentence.text(), c.rendering())) {
                    // a party translated by name keeps its حزب (حزب العمال for Labour: العمال alone is "the workers");
                    // before a transliterated name (حزب بليد) حزب is a classifier, and such a rendering is no learnt one
                    String r = PARTY + " " + c.rendering();
                    out.set(i, new Candidate(r, key(r), c.score(), false, false, false, true, c.byWords()));
                }
            }
        }
        if (SuggestedGlossary.demonymShaped(name)) {
            for (int i = 0; i < out.size(); i++) {
                Candidate c = out.get(i);
                String withArticle = ArabicClitics.ARTICLE + c.rendering();
                if (!c.fromGlossary() && isNisba(c.rendering()) && !c.rendering().startsWith(ArabicClitics.ARTICLE)
                        && sentence.text().contains(withArticle)) {
                    // an adjective takes the article (بمطالبالكولومبي: the Colombian's appeals); cut from a glued
                    // run, its rendering keeps it, as it does where the words are apart (الكولومبي)
                    out.set(i, new Candidate(withArticle, key(withArticle), c.score(), c.partial(), false, c.derived(),
                            c.learnt(), c.byWords()));
                }
            }
        }
        boolean strong = out.stream().anyMatch(c -> !c.learnt() && !c.partial() && c.score() >= STRONG_TRANSLITERATION);
        if (strong) {
            // the name is transliterated here: learnt words that do not sound like it are its context
            // (ماساتشوستس beside Warren), not its rendering
            out.removeIf(c -> c.learnt() && sim(n, c.rendering(), threshold) < threshold);
        }
        return out;
    }

    /**
     * English letter names, spelt for the transliteration table as an English reader says them: Arabic
     * writes an acronym's letters by their names (إن بي سي for NBC, دبليو إيه أف بي for WAFB, إتش أم بي for HMP).
     */
    private static final String[] LETTER_NAMES = {"ay", "bee", "see", "dee", "ee", "ef", "jee", "aitch", "eye", "jay",
        "kay", "el", "em", "en", "oh", "pee", "kew", "ar", "es", "tee", "you", "vee", "dabliu", "ex", "why", "zed"};
    /** Longest all-capitals word read letter by letter (longer ones are read as words: UNESCO, يونسكو). */
    static final int MAX_SPELLED = 5;

    /**
     * The name with its acronyms (words of capitals only, up to {@link #MAX_SPELLED} letters, and single
     * capitals: John F. Kennedy) spelt out by their letters' names, or null when it has none.
     */
    static String spelled(List<String> words) {
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        for (String w : words) {
            boolean caps = w.length() <= MAX_SPELLED && NameExtractor.isAllCaps(w);
            for (int i = 0; caps && i < w.length(); i++) {
                char c = w.charAt(i);
                caps = c >= 'A' && c <= 'Z';
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            if (!caps) {
                sb.append(w);
                continue;
            }
            any = true;
            for (int i = 0; i < w.length(); i++) {
                sb.append(i > 0 ? " " : "").append(LETTER_NAMES[w.charAt(i) - 'A']);
            }
        }
        return any ? sb.toString() : null;
    }

    /**
     * The n-grams of the sentence ranked for the name ({@link TransliteratedName#rank}); a name with an
     * acronym is also ranked spelt out ({@link #spelled}), over as many words as it has letters, and each
     * n-gram keeps the better of its two scores. The rendering after a function word that is a letter's name
     * (إن of NBC: also "indeed") starts at that word.
     */
    private List<Transliteration.Candidate> ranked(TransliteratedName n, String name, List<String> words,
                                                   ArabicSentence sentence, double floor,
                                                   List<NameExtractor.Mention> unit) {
        String sp = spelled(words);
        // an acronym without a vowel (BST, NBC) is read by its letters only: as a word it would match any Arabic
        // word of its consonants (بيست of Bestwood for BST)
        List<Transliteration.Candidate> plain = sp != null && words.size() == 1 && !hasVowel(words.get(0)) ? List.of()
                : n.rank(sentence, 0, floor, rankCache.get());
        if (sp == null) {
            return plain;
        }
        TransliteratedName s = compile(sp);
        List<Transliteration.Candidate> out = new ArrayList<>(plain);
        // the ranking never starts or ends an n-gram with a function word, and some letters' names are function
        // words (إن of CNN, أو of HBO): the n-grams inside such a spelling are ranked from the floor's share of one
        // letter, then given the letters' names around them, and must reach the floor then
        double seedFloor = floor / Math.max(1, s.words()); // one letter's name of the spelling
        for (Transliteration.Candidate c : s.rank(sentence, Math.min(s.words() + 1, NameExtractor.MAX_NAME_WORDS),
                seedFloor, rankCache.get())) {
            Transliteration.Candidate l = withLetterNamesAround(c, s, sentence);
            // letters' names are words of their own (إن بي سي): fewer words is a chance match of the letters'
            // sounds (يتم for STEM)
            if (l.score() >= floor && arabicWords(l.rendering()) >= s.words() - 1) {
                out.add(l);
            }
        }
        // best first, fewer words first on a tie; an n-gram once, with its better score
        out.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                : Integer.compare(a.endWord() - a.firstWord(), b.endWord() - b.firstWord()));
        List<Transliteration.Candidate> unique = new ArrayList<>(out.size());
        Set<Long> seen = new java.util.HashSet<>();
        List<Transliteration.Candidate> others = words.size() == 1 ? otherAcronyms(name, sentence, floor, unit) : null;
        for (Transliteration.Candidate c : out) {
            if (others != null && inside(c, others)) {
                continue; // إن بي سي inside إم إس إن بي سي, بي سي inside إيه بي سي: MSNBC's and ABC's letters, not NBC's
            }
            if (seen.add((long) c.start() << 32 | c.end())) {
                unique.add(c);
            }
        }
        return unique;
    }

    /**
     * The best spelt renderings of the unit's other acronyms (MSNBC, ABC beside NBC), or null when the name is no
     * acronym or the unit has no other.
     */
    private List<Transliteration.Candidate> otherAcronyms(String name, ArabicSentence sentence, double floor,
                                                         List<NameExtractor.Mention> unit) {
        if (!NameExtractor.isAllCaps(name) || name.length() > MAX_SPELLED) {
            return null;
        }
        List<Transliteration.Candidate> out = null;
        for (NameExtractor.Mention o : unit) {
            String w = o.name();
            if (o.words().size() != 1 || w.equals(name) || !NameExtractor.isAllCaps(w) || spelled(o.words()) == null) {
                continue;
            }
            TransliteratedName s = compile(spelled(o.words()));
            Transliteration.Candidate best = null;
            for (Transliteration.Candidate c : s.rank(sentence, Math.min(s.words() + 1, NameExtractor.MAX_NAME_WORDS),
                    floor / Math.max(1, s.words()), rankCache.get())) {
                Transliteration.Candidate l = withLetterNamesAround(c, s, sentence);
                if (l.score() >= floor && (best == null || l.score() > best.score())) {
                    best = l;
                }
            }
            if (best != null) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(best);
            }
        }
        return out;
    }

    /**
     * True when the candidate's span lies inside that of one of {@code others} (spelt renderings of other acronyms)
     * that is wider (MSNBC's letters around NBC's) or renders its own acronym better (ABC's إيه بي سي around بي سي).
     */
    private static boolean inside(Transliteration.Candidate c, List<Transliteration.Candidate> others) {
        for (Transliteration.Candidate o : others) {
            if (c.start() >= o.start() && c.end() <= o.end() && (o.end() - o.start() > c.end() - c.start()
                    || o.score() > c.score())) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code w} has a vowel letter (a e i o u y, any case). */
    static boolean hasVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            if ("aeiouyAEIOUY".indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code c} with the function words before and after it that sound like letters' names, one word at a time
     * while the longer rendering sounds more like the spelt name (after it: at least as much) and has no more words
     * than the name has letters
     * (سي إن إن for CNN, إتش بي أو for HBO, إن بي سي for NBC).
     */
    private static Transliteration.Candidate withLetterNamesAround(Transliteration.Candidate c, TransliteratedName s,
                                                                   ArabicSentence sentence) {
        while (true) {
            if (arabicWords(c.rendering()) >= s.words()) {
                return c;
            }
            Transliteration.Candidate before = withLetterNameBefore(c, s, sentence);
            Transliteration.Candidate after = withLetterNameAfter(c, s, sentence);
            Transliteration.Candidate next = before != c && before.score() >= after.score() ? before : after;
            if (next == c) {
                return c;
            }
            c = next;
        }
    }

    /**
     * {@code c} ending one word later when that word is a function word that sounds like a letter's name (the
     * أو of إتش بي أو) and the longer rendering sounds more like the spelt name.
     */
    private static Transliteration.Candidate withLetterNameAfter(Transliteration.Candidate c, TransliteratedName s,
                                                                 ArabicSentence sentence) {
        String text = sentence.text();
        int k = wordAfter(text, c.end());
        if (k < 0) {
            return c;
        }
        int to = k;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        if (to == k || to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
            return c;
        }
        String w = text.substring(k, to);
        if (!NameLexicon.isFunctionWord(ArabicNormalizer.MATCHING.normalize(w))) {
            return c;
        }
        String r = c.rendering() + " " + ArabicNormalizer.LIGHT.normalize(w);
        double v = s.similarity(r, c.score());
        if (v < c.score()) {
            return c; // (a tie is taken: the scorer weighs the vowel letters of أو for "oh" as nothing)
        }
        return new Transliteration.Candidate(c.firstWord(), c.endWord() + 1, c.start(), to, text.substring(c.start(), to),
                r, v);
    }

    /**
     * {@code c} started one word earlier when that word is a function word that sounds like a letter's
     * name (إن بي سي: the ranking never starts a rendering with a function word) and the longer rendering
     * sounds more like the spelt name.
     */
    private static Transliteration.Candidate withLetterNameBefore(Transliteration.Candidate c, TransliteratedName s,
                                                                  ArabicSentence sentence) {
        String text = sentence.text();
        int end = c.start();
        int k = end;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        if (k == end || k == 0) {
            return c;
        }
        int from = k;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        String w = text.substring(from, k);
        if (w.isEmpty() || !NameLexicon.isFunctionWord(ArabicNormalizer.MATCHING.normalize(w))) {
            return c;
        }
        String r = ArabicNormalizer.LIGHT.normalize(w) + " " + c.rendering();
        double v = s.similarity(r, c.score());
        if (v <= c.score()) {
            return c;
        }
        return new Transliteration.Candidate(c.firstWord() - 1, c.endWord(), from, c.end(), text.substring(from, c.end()),
                r, v);
    }

    /**
     * {@code c} with the word after it when that word is a function word that renders the name's last word
     * (إن for the "in" of Moon Jae-in: the ranking never ends a rendering with a function word) and the longer
     * rendering sounds more like the name.
     */
    private Transliteration.Candidate withNameWordAfter(Transliteration.Candidate c, TransliteratedName n,
                                                        List<String> words, ArabicSentence sentence) {
        String last = words.get(words.size() - 1);
        if (last.length() < 2 || words.size() < 2) {
            return c;
        }
        String text = sentence.text();
        int k = wordAfter(text, c.end());
        if (k < 0) {
            return c;
        }
        int to = k;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        if (to == k || to < text.length() && !Character.isWhitespace(text.charAt(to))
                && !crossesPunctuation(text.substring(to, to + 1))) {
            return c;
        }
        String w = text.substring(k, to);
        if (!NameLexicon.isFunctionWord(ArabicNormalizer.MATCHING.normalize(w))
                || compile(last).similarity(w, FUNCTION_WORD_NAME) < FUNCTION_WORD_NAME) {
            return c;
        }
        String r = c.rendering() + " " + ArabicNormalizer.LIGHT.normalize(w);
        double v = n.similarity(r, c.score());
        if (v <= c.score()) {
            return c;
        }
        return new Transliteration.Candidate(c.firstWord(), c.endWord() + 1, c.start(), to, text.substring(c.start(), to),
                r, v);
    }

    /**
     * Where the word after offset {@code end} of {@code text} starts, when spaces (at least one) follow
     * {@code end}; -1 otherwise.
     */
    private static int wordAfter(String text, int end) {
        if (end >= text.length() || text.charAt(end) != ' ') {
            return -1;
        }
        int k = end;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    /** A trimmed rendering must sound this much more like the name than the whole word did. */
    static final double TRIM_GAIN = 0.03;
    /** Letters a trimmed rendering keeps at least. */
    static final int TRIM_KEEP = 3;

    /**
     * A transliterated rendering whose first or last word has another word glued to it (the text lost a
     * space: قالبولباريرا, نافاروأيضا, منكاليفورنيا) without those letters, when the rest sounds more like the
     * name and the letters cut are a word of their own (a function word or a word the memory uses alone,
     * {@link NameLexicon#isKnownWord}); null when nothing is better.
     */
    private Candidate trimGlued(Candidate c, TransliteratedName n) {
        if (c.fromGlossary() || c.learnt() || c.derived() || c.partial() || isLatin(c.rendering())
                || NameExtractor.isAllCaps(n.english())) {
            return null; // an acronym's letters (إن بي سي for NBC) are short words of their own
        }
        String r = c.rendering();
        // a function word at either end is not part of a name (رايدر سوى: "Ryder except")
        boolean dropped = false;
        List<String> ws = new ArrayList<>(Arrays.asList(r.split(" ")));
        boolean acronymWord = false;
        for (String w : englishWords(n.english())) {
            acronymWord |= w.length() >= 2 && NameExtractor.isAllCaps(w);
        }
        if (acronymWord) {
            ws = List.of(r); // NBC News → إن بي سي نيوز: the letters' names look like function words
        }
        while (ws.size() > 1 && NameLexicon.isFunctionWord(ArabicNormalizer.MATCHING.normalize(ws.get(ws.size() - 1)))
                && !rendersAWord(ws.get(ws.size() - 1), n.english())) {
            ws.remove(ws.size() - 1);
            dropped = true;
        }
        while (ws.size() > 1 && NameLexicon.isFunctionWord(ArabicNormalizer.MATCHING.normalize(ws.get(0)))
                && !rendersAWord(ws.get(0), n.english())) {
            ws.remove(0);
            dropped = true;
        }
        if (dropped) {
            r = String.join(" ", ws);
        }
        double base = dropped ? sim(n, r) : c.score();
        int sp1 = r.indexOf(' ');
        int sp2 = r.lastIndexOf(' ');
        String first = sp1 < 0 ? r : r.substring(0, sp1);
        String last = sp2 < 0 ? r : r.substring(sp2 + 1);
        double best = base;
        String bestR = dropped ? r : null;
        // longest cut first, so that a tie keeps the whole glued word out (واترزعلى → واترز, not واترزع)
        for (int cut = first.length() - TRIM_KEEP; cut >= 2; cut--) {
            String kept = first.substring(cut);
            if (kept.startsWith(ArabicClitics.ARTICLE) && kept.length() - 2 < TRIM_KEEP) {
                continue;
            }
            String rest = r.substring(cut);
            String gone = ArabicNormalizer.MATCHING.normalize(first.substring(0, cut));
            boolean functionWord = NameLexicon.isFunctionWord(gone);
            if (functionWord && first.startsWith(ArabicClitics.ARTICLE)) {
                continue; // the article's letters are no function word: الإيطالي, الأسكتلندي are not إلا + the rest
            }
            // a function word glued in front (إلىصنداي) is evidence enough: any gain cuts it
            double gain = gone.length() >= 3 && functionWord ? 0 : TRIM_GAIN;
            double v = sim(n, rest, best + gain);
            if (v > best + gain && (lexicon.isKnownWord(gone) || gluedOn(first, gone) || startsWord(kept))) {
                best = v;
                bestR = rest;
            }
        }
        String from = bestR != null && sp1 < 0 ? bestR : r;
        for (int cut = last.length() - TRIM_KEEP; cut >= 2; cut--) {
            if (from.length() - cut < TRIM_KEEP) {
                continue;
            }
            String kept = last.substring(0, last.length() - cut);
            if (kept.startsWith(ArabicClitics.ARTICLE) && kept.length() - 2 < TRIM_KEEP) {
                continue;
            }
            String rest = from.substring(0, from.length() - cut);
            double v = sim(n, rest, best + TRIM_GAIN);
            String gone = ArabicNormalizer.MATCHING.normalize(last.substring(last.length() - cut));
            if (v > best + TRIM_GAIN && (lexicon.isKnownWord(gone) || gluedOn(last, gone) || startsWord(gone))) {
                best = v;
                bestR = rest;
            }
        }
        if (bestR == null) {
            return null;
        }
        return new Candidate(bestR, key(bestR), best, false, false, false, false);
    }

    /**
     * A word of a rendering sounds like none of the name's words when its best similarity to one of them is
     * below this (وشارع beside Bestwood, يتسببان beside Indonesia): it is the sentence going on.
     */
    static final double STRAY_WORD = 0.5;

    /**
     * {@code rendering} (a transliteration ranked for {@code n}) without the end words that do not belong
     * to it: the last word when it sounds like none of the name's words ({@link #STRAY_WORD}: شارع بيست وود
     * وشارع إيفلين gives بيست وود وشارع for Bestwood Street), and a first or last word without which the rest
     * sounds more like the name ({@link #TRIM_GAIN}: اسم دون جويو for Don Goyo, where the ranking skips the
     * function word دون). The rendering itself when nothing is cut. An acronym's letters (إن بي سي) are
     * left alone.
     */
    private String withoutStrayEndWords(String rendering, double score, TransliteratedName n, List<String> words) {
        if (rendering.indexOf(' ') < 0 || isLatin(rendering)) {
            return rendering;
        }
        for (String w : words) {
            if (w.length() >= 2 && NameExtractor.isAllCaps(w) || w.length() == 1) {
                return rendering;
            }
        }
        List<String> ws = new ArrayList<>(Arrays.asList(rendering.split(" ")));
        double sim = score;
        boolean cut = false;
        while (ws.size() > 1) {
            String last = ws.get(ws.size() - 1);
            double lastBest = 0;
            for (int q = 0; q < words.size(); q++) {
                String w = words.get(q);
                // a grammar word counts only where it ends the name (the in of Moon Jae-in)
                if (!isParticle(w) && (q == words.size() - 1 || !GRAMMAR_WORDS.contains(w.toLowerCase(Locale.ROOT)))) {
                    lastBest = Math.max(lastBest, sim(compile(w), last, STRAY_WORD));
                }
            }
            String withoutLast = String.join(" ", ws.subList(0, ws.size() - 1));
            String withoutFirst = String.join(" ", ws.subList(1, ws.size()));
            double vLast = sim(n, withoutLast);
            double vFirst = sim(n, withoutFirst);
            if (lastBest < STRAY_WORD || vLast > sim + TRIM_GAIN && vLast >= vFirst) {
                ws.remove(ws.size() - 1);
                sim = vLast;
            } else if (vFirst > sim + TRIM_GAIN) {
                ws.remove(0);
                sim = vFirst;
            } else {
                break;
            }
            cut = true;
        }
        return cut ? String.join(" ", ws) : rendering;
    }

    /**
     * True when the two words of {@code rendering} (cut out of two neighbouring words) render the name's words
     * before and after one of its word boundaries, each at least as well as the threshold: كيت + هارينغتون for
     * Kit + Harington.
     */
    private boolean piecesRenderWords(String rendering, List<String> words) {
        int sp = rendering.indexOf(' ');
        if (sp < 0) {
            return false;
        }
        String first = rendering.substring(0, sp);
        String last = rendering.substring(sp + 1);
        for (int k = 1; k < words.size(); k++) {
            if (compile(String.join(" ", words.subList(0, k))).similarity(first, threshold) >= threshold
                    && compile(String.join(" ", words.subList(k, words.size()))).similarity(last, threshold) >= threshold) {
                return true;
            }
        }
        return false;
    }

    /** True when punctuation that ends a phrase (، , : ؛ quotes, brackets, ? !) stands between two words. */
    static boolean crossesPunctuation(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || c == '-' || c == '.' || c == '\''
                    || c == '\u2019' || c == '\u0640' || c == '\u200c' || c == '\u200d' || c == '\u2010' || c == '\u2011') {
                continue;
            }
            int t = Character.getType(c);
            if (t != Character.NON_SPACING_MARK && t != Character.FORMAT) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of {@code english} between white space and hyphens: {@code english.split("[\\s-]+")} without
     * its empty strings, and without a regular expression (this runs for every candidate).
     */
    static List<String> englishWords(String english) {
        List<String> out = new ArrayList<>(4);
        int from = -1;
        for (int i = 0; i <= english.length(); i++) {
            char c = i < english.length() ? english.charAt(i) : ' ';
            boolean sep = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '-';
            if (!sep && from < 0) {
                from = i;
            } else if (sep && from >= 0) {
                out.add(english.substring(from, i));
                from = -1;
            }
        }
        return out;
    }

    /** A function word this close to a word of the name renders it (هو for the Ho of Ri Yong Ho). */
    static final double FUNCTION_WORD_NAME = 0.8;

    private boolean rendersAWord(String arabic, String english) {
        for (String w : englishWords(english)) {
            if (w.length() >= 2 && sim(compile(w), arabic, FUNCTION_WORD_NAME) >= FUNCTION_WORD_NAME) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code gone}, cut off {@code word}, is another word that lost its space: {@code word} is as long
     * as a glued run ({@link NameCandidates#GLUED_RUN}: هارينغتونيهاجم) and {@code gone} is no inflection
     * ending (الديمقراطيين is one word).
     */
    private static boolean gluedOn(String word, String gone) {
        return word.length() >= GLUED_RUN && gone.length() >= TRIM_KEEP
                && !org.tarjama.text.ArabicFacts.WORD_ENDINGS.contains(gone);
    }

    /**
     * True when {@code w} starts with an alef carrying a hamza (أ إ), which Arabic writes only at the start of a
     * word or after its proclitics: letters glued before it (ريقإيبروكس, فريق + إيبروكس) are another word.
     */
    static boolean startsWord(String w) {
        return !w.isEmpty() && (w.charAt(0) == '\u0623' || w.charAt(0) == '\u0625');
    }

    /** The Arabic spellings of a transliterated English article (The Hill → ذا هل, The Weeknd → ذا ويكيند). */
    static final List<String> ARTICLES = List.of("ذا", "ذي");

    /** True when the English word right before offset {@code at} is "the" (any case). */
    static boolean afterThe(String en, int at) {
        int k = at - 1;
        if (k < 0 || en.charAt(k) != ' ') {
            return false;
        }
        return k >= 3 && en.regionMatches(true, k - 3, "the", 0, 3) && (k == 3 || !Character.isLetter(en.charAt(k - 4)));
    }

    /**
     * With "the" before the name in the English: the name rendered after a transliterated article
     * (ذا هل for the Hill, ذا أدفوكات for the Advocate), the article kept as part of the rendering. The
     * words after it are scored as the name even when they are also function words (هل), which the
     * n-gram ranking skips. Returns {@code found} itself when no such rendering is there.
     */
    private List<Candidate> withTransliteratedArticle(String written, int words, String ar, List<Candidate> found) {
        if (ar.indexOf('\u0630') < 0) {
            return found; // no ذ: no ذا
        }
        String[] ws = ar.split("\\s+");
        TransliteratedName n = compile(NameExtractor.withoutApostropheS(written));
        double floor = n.weight() < SHORT_NAME_WEIGHT ? Math.max(threshold, SHORT_NAME_FLOOR) : threshold;
        String best = null;
        String article = null;
        double bestScore = floor;
        for (int i = 0; i + 1 < ws.length; i++) {
            String a = trimPunctuation(ws[i]);
            if (a.length() == 3 && (a.charAt(0) == '\u0648' || a.charAt(0) == '\u0641')) {
                a = a.substring(1); // وذا ويكيند: the conjunction before the article
            }
            if (!ARTICLES.contains(a) || !ws[i].endsWith(a)) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = 1; k <= words && i + k < ws.length; k++) {
                String w = trimPunctuation(ws[i + k]);
                if (w.isEmpty()) {
                    break;
                }
                if (k > 1) {
                    sb.append(' ');
                }
                sb.append(w);
                double v = n.similarity(sb.toString(), bestScore);
                if (v >= bestScore) {
                    bestScore = v;
                    best = sb.toString();
                    article = a;
                }
                if (!w.equals(ws[i + k])) {
                    break; // punctuation ends the name
                }
            }
        }
        if (best == null) {
            return found;
        }
        String rendering = article + " " + best;
        String bestKey = key(best);
        List<Candidate> out = new ArrayList<>(found.size() + 1);
        out.add(new Candidate(rendering, key(rendering), bestScore, false, false));
        for (Candidate c : found) {
            if (!c.key().equals(bestKey)) {
                out.add(c); // the bare word (ويكيند) is this rendering without its article
            }
        }
        return out.size() > MAX_CANDIDATES ? out.subList(0, MAX_CANDIDATES) : out;
    }

    private static String trimPunctuation(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetter(w.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetter(w.charAt(b - 1)) && Character.getType(w.charAt(b - 1)) != Character.NON_SPACING_MARK) {
            b--;
        }
        return w.substring(a, b);
    }

    /** A letter or digit that can continue a word written in Latin letters (not an Arabic one). */
    private static boolean latinLetterOrDigit(char c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.ARABIC;
    }

    /**
     * The name as written in Latin letters inside the Arabic text (whole words, any case; an Arabic letter glued
     * on either side does not join the word), or null.
     */
    static String latinInArabic(String name, String ar) {
        if (ar.isEmpty() || name.isEmpty()) {
            return null;
        }
        // matched in place, case-insensitively: lower-casing first changes lengths (İ is two chars in
        // lower case), so indexes into a lower-cased copy do not fit the original
        // the first letter compared as regionMatches(true, ...) does, before the whole region
        char first = name.charAt(0);
        char up = Character.toUpperCase(first);
        char lo = Character.toLowerCase(up);
        for (int i = 0, last = ar.length() - name.length(); i <= last; i++) {
            char a = ar.charAt(i);
            if (a != first && (a >= '\u0600' && a <= '\u06FF' || a == ' ') // no case: no other letter matches
                    || a != first && Character.toUpperCase(a) != up && Character.toLowerCase(Character.toUpperCase(a)) != lo
                    || !ar.regionMatches(true, i, name, 0, name.length())) {
                continue;
            }
            int end = i + name.length();
            // an Arabic letter beside the Latin is a boundary too: the text lost a space (شركةInrupt, مهمةInruptهي)
            boolean left = i == 0 || !latinLetterOrDigit(ar.charAt(i - 1));
            boolean right = end == ar.length() || !latinLetterOrDigit(ar.charAt(end));
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

    /** English words that a translation leaves to Arabic grammar (Power of Nutrition, Bank of England). */
    private static final Set<String> GRAMMAR_WORDS = Set.of("of", "the", "and", "for", "&", "on", "in", "at", "de");

    /** The name's words that a translation renders by a word of its own: not particles, "of" or "and". */
    static int contentWords(List<String> words) {
        int n = 0;
        for (String w : words) {
            if (!isParticle(w) && !GRAMMAR_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    /** حزب, "party". */
    static final String PARTY = "\u062D\u0632\u0628";

    /** True when {@code rendering} stands in {@code text} right after the word حزب (proclitics allowed: لحزب). */
    static boolean afterPartyWord(String text, String rendering) {
        String s = PARTY + " " + rendering;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            int e = i + s.length();
            if (e < text.length() && Character.isLetter(text.charAt(e))) {
                continue;
            }
            int k = i;
            while (k > 0 && k > i - 2 && "\u0648\u0641\u0628\u0644".indexOf(text.charAt(k - 1)) >= 0) {
                k--;
            }
            if (k == 0 || !Character.isLetter(text.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code w} is one word with a nisba ending (ي ية يين يون يات). */
    static boolean isNisba(String w) {
        return w.indexOf(' ') < 0 && (w.endsWith("\u064A") || w.endsWith("\u064A\u0629") || w.endsWith("\u064A\u064A\u0646")
                || w.endsWith("\u064A\u0648\u0646") || w.endsWith("\u064A\u0627\u062A"));
    }

    /** Words of an Arabic rendering (spaces and hyphens separate them). */
    static int arabicWords(String rendering) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < rendering.length(); i++) {
            char c = rendering.charAt(i);
            boolean sep = Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011';
            if (!sep && !in) {
                n++;
            }
            in = !sep;
        }
        return n;
    }

    /** True when {@code w} is one of {@code words} or shares its first four letters with one (Korea, Korean). */
    static boolean sharesStem(String w, List<String> words) {
        for (String x : words) {
            if (x.equalsIgnoreCase(w) || Math.min(x.length(), w.length()) >= 4 && x.regionMatches(true, 0, w, 0, 4)) {
                return true;
            }
        }
        return false;
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

    static boolean isParticle(String w) {
        return PARTICLES.contains(w.toLowerCase(Locale.ROOT));
    }
}
