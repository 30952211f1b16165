package org.tarjama.names;

import static org.tarjama.names.NameCandidates.GLUED_RUN;
import static org.tarjama.names.NameCandidates.LETTERS_KEPT;
import static org.tarjama.names.NameCandidates.LEXICON_BASE;
import static org.tarjama.names.NameCandidates.MIN_CONTAINED;
import static org.tarjama.names.NameCandidates.TRIM_KEEP;
import static org.tarjama.names.RenderingKeys.key;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tarjama.glossary.GlossaryEntry;
import org.tarjama.glossary.TermMatcher;
import org.tarjama.glossary.TermVerdict;
import org.tarjama.names.NameCandidates.Candidate;
import org.tarjama.text.ArabicClitics;
import org.tarjama.text.ArabicFacts;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.ArabicSentence;
import org.tarjama.text.SimilarityCache;
import org.tarjama.text.Tokenizer;
import org.tarjama.text.TransliteratedName;

final class UnitText {
    private final String ar;
    private final List<org.tarjama.text.Token> tokens = new ArrayList<>();
    private final List<String> light = new ArrayList<>();
    private final List<String> folded = new ArrayList<>();
    /** The sentence the words are from, and each word's index in it. */
    private final ArabicSentence sentence;
    private final int[] inSentence;
    private final Map<TermMatcher, TermMatcher.ArabicAnalysis> analyses = new HashMap<>(2);
    /**
     * Per word, made on first use ({@link #learnt}): its clitic splits and their stems' keys, and its own
     * {@link NameLexicon#wordKey}; a unit names several names, and each looks its learnt words up in every word.
     */
    private List<ArabicClitics.Split>[] splits;
    private String[][] splitKeys;
    private String[] wordKeys;
    /** Per stem key of {@link #splitKeys}, the words (in text order, once each) that have it. */
    private final Map<String, int[]> bySplitKey = new HashMap<>();

    /** The words of a sentence already cut and normalised for ranking (its text is the unit's Arabic). */
    UnitText(ArabicSentence sentence) {
        this.ar = sentence.text();
        this.sentence = sentence;
        this.inSentence = new int[sentence.size()];
        for (int i = 0, n = sentence.size(); i < n; i++) {
            String f = sentence.folded(i);
            if (f.isEmpty()) {
                continue;
            }
            inSentence[tokens.size()] = i;
            tokens.add(sentence.token(i));
            light.add(sentence.light(i));
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

    /**
     * Adds the best transliteration of a name of two words or more that spans two neighbouring words of which
     * one is a run that lost its spaces: the name's first word glued to the end of one word, its last word to
     * the start of the next (يعرفكيت هارينغتونبدوره: يعرف + كيت, هارينغتون + بدوره), if it scores {@code floor}
     * or more. The two whole words are the ordinary ranking's business.
     */
    void gluedAcross(TransliteratedName name, double floor, List<Candidate> out) {
        int letters = 0;
        for (int i = 0; i < name.english().length(); i++) {
            letters += Character.isLetter(name.english().charAt(i)) ? 1 : 0;
        }
        int maxLen = letters + 3;
        double best = floor;
        String found = null;
        for (int t = 0; t + 1 < folded.size(); t++) {
            String a = folded.get(t);
            String b = folded.get(t + 1);
            if (a.length() < GLUED_RUN && b.length() < GLUED_RUN || !together(t, t + 1)
                    || light.get(t).length() != a.length() || light.get(t + 1).length() != b.length()) {
                continue;
            }
            char[] ab = (a + ' ' + b).toCharArray();
            int sp = a.length();
            for (int i = Math.max(0, sp - maxLen); i < sp; i++) {
                for (int j = sp + 2; j <= ab.length && j - i <= maxLen + 1; j++) {
                    if (i == 0 && j == ab.length) {
                        continue;
                    }
                    double v = name.similarity(ab, i, j, best);
                    if (v > best) {
                        best = v;
                        found = light.get(t).substring(i) + ' ' + light.get(t + 1).substring(0, j - sp - 1);
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

    /**
     * Adds the best transliteration of the name found inside a word shorter than a glued run, when
     * the letters before or after it are a word of their own (فريقهارتس = فريق + هارتس, معواشنطن =
     * مع + واشنطن; {@link NameLexicon#isKnownWord}) and it scores {@code floor} or more.
     */
    void gluedToWord(TransliteratedName name, double floor, NameLexicon lexicon, List<Candidate> out) {
        double best = floor;
        String found = null;
        for (int t = 0; t < folded.size(); t++) {
            String f = folded.get(t);
            String l = light.get(t);
            if (f.length() < 2 + TRIM_KEEP || f.length() >= GLUED_RUN || l.length() != f.length()) {
                continue;
            }
            char[] a = f.toCharArray();
            for (int cut = 2; cut <= a.length - TRIM_KEEP; cut++) {
                if (lexicon.isKnownWord(f.substring(0, cut))) {
                    double v = name.similarity(a, cut, a.length, best);
                    if (v > best) {
                        best = v;
                        found = l.substring(cut);
                    }
                }
                int end = a.length - cut;
                if (lexicon.isKnownWord(f.substring(end))) {
                    double v = name.similarity(a, 0, end, best);
                    if (v > best) {
                        best = v;
                        found = l.substring(0, end);
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

    /**
     * Adds a word learnt for the name ({@link NameLexicon}: its usual rendering in this memory) found
     * glued inside a longer word, when that word is a run that lost its spaces or the letters around
     * the learnt word are words of their own (تطبيعالعلاقاتمعواشنطن, فريقهارتس).
     */
    void learntGlued(Map<String, Double> words, NameLexicon lexicon, List<Candidate> out) {
        for (var w : words.entrySet()) {
            String k = w.getKey();
            if (k.length() < MIN_CONTAINED) {
                continue;
            }
            for (int t = 0; t < folded.size(); t++) {
                String f = folded.get(t);
                String l = light.get(t);
                int at = f.indexOf(k);
                if (at < 0 || f.length() < k.length() + 2 || l.length() != f.length()) {
                    continue;
                }
                String before = f.substring(0, at);
                String after = f.substring(at + k.length());
                boolean run = f.length() >= GLUED_RUN;
                boolean okBefore = before.isEmpty() || run || lexicon.isKnownWord(before);
                boolean okAfter = after.isEmpty() || ArabicFacts.WORD_ENDINGS.contains(after) || run
                        || lexicon.isKnownWord(after);
                if (!okBefore || !okAfter || before.isEmpty() && ArabicFacts.WORD_ENDINGS.contains(after)) {
                    continue; // an inflected form is the ordinary learnt match's business
                }
                String r = l.substring(at, at + k.length());
                String key = key(r);
                if (out.stream().noneMatch(c -> c.key().equals(key))) {
                    out.add(new Candidate(r, key, LEXICON_BASE + (1 - LEXICON_BASE) * w.getValue(), false, false,
                            false, true));
                }
                return;
            }
        }
    }

    /** A word-level translation counts when its Dice is at least this share of the English word's best. */
    static final double TOP_SHARE = 0.95;

    /**
     * Adds the Arabic of a translated multi-word name found through the word-level lexicon
     * ({@link NameLexicon#wordTranslations}): the words that translate the name's words (الدوري for
     * League), from the first to the last of them, extended to the right, where Arabic puts the
     * modifiers of a head (الدوري الممتاز for Premier League), up to the name's word count, within one
     * clause (punctuation and function words end it). Kept when at least
     * half of them are such translations (one word alone is a partial rendering). Of the unit's windows, a full
     * one is taken before a partial one, then the one with more translated words in Arabic order (the head
     * first), then the first.
     *
     * @param translations per English word of the name (particles and "of" left out), its learnt Arabic keys
     * @param part         per such word, the part of the name it is in (parts are separated by "of")
     * @param otherName    true for a word (as written, LIGHT-normalised) that renders another name of the unit
     */
    void translated(List<Map<String, Double>> translations, List<Integer> part,
                    java.util.function.Predicate<String> otherName, List<Candidate> out) {
        int n = tokens.size();
        int want = translations.size();
        if (n == 0 || want < 2) {
            return;
        }
        if (wordKeys == null) {
            indexWords();
        }
        // only each English word's best translations count (within TOP_SHARE of its best Dice): a word's
        // weaker companions are the context its names appear in (سيول beside Hurricane), not its Arabic
        // the best is per script: a word kept in Latin (Roa of Roa Roa Hotel; weather of weather.com for
        // Weather) is a copy of the English, not a rival of its Arabic translation (الأرصاد for Weather)
        double[] topArabic = new double[translations.size()];
        double[] topLatin = new double[translations.size()];
        for (int t = 0; t < topArabic.length; t++) {
            for (var e : translations.get(t).entrySet()) {
                if (RenderingKeys.isLatin(e.getKey())) {
                    topLatin[t] = Math.max(topLatin[t], e.getValue());
                } else {
                    topArabic[t] = Math.max(topArabic[t], e.getValue());
                }
            }
        }
        double[] dice = new double[n];
        int[] word = new int[n]; // the English word the Arabic word translates best
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < topArabic.length; t++) {
                Map<String, Double> m = translations.get(t);
                double d = m.getOrDefault(wordKeys[i], 0.0);
                for (String k : splitKeys[i]) {
                    d = Math.max(d, m.getOrDefault(k, 0.0));
                }
                if (d > 0 && d >= TOP_SHARE * (RenderingKeys.isLatin(wordKeys[i]) ? topLatin[t] : topArabic[t])
                        && d > dice[i]) {
                    dice[i] = d;
                    word[i] = t;
                }
            }
        }
        boolean[] other = new boolean[n];
        for (int i = 0; i < n; i++) {
            other[i] = otherName.test(light.get(i));
            if (other[i]) {
                dice[i] = 0;
            }
        }
        // the unit's best window: a full one before a partial one (المركز الوطني للأعاصير, not the إعصار of an
        // earlier إعصار روزا, for National Hurricane Center), then the one with more of the name's words in Arabic
        // order (الشرق الأوسط, not an earlier أسواق جديدة, for Middle East), then the first
        int bWords = 0;
        int bi = -1;
        int bj = -1;
        double bBest = 0;
        for (int i = 0; i < n; i++) {
            if (dice[i] == 0) {
                continue;
            }
            int j = i + 1; // the window is [i, j)
            int anchored = 1;
            double best = dice[i];
            // Arabic puts the head first: the translation of a later English word (League, Police) comes before
            // that of an earlier one (الشرق الأوسط for Middle East; not رجال الشرطة for Metropolitan Police)
            // (within each part of the name: the Arabic of "of Independent Schools" follows that of "Scottish
            // Council", المجلس الأسكتلندي للمدارس المستقلة)
            boolean headFirst = true;
            int lastWord = word[i];
            for (int k = i + 1; k < n && k - i < want && together(k - 1, k); k++) {
                if (dice[k] > 0) {
                    j = k + 1;
                    anchored++;
                    best = Math.max(best, dice[k]);
                    int a = part.get(lastWord);
                    int b = part.get(word[k]);
                    headFirst &= a < b || a == b && word[k] <= lastWord;
                    lastWord = word[k];
                }
            }
            while (j < n && j - i < want && together(j - 1, j) && !NameLexicon.isFunctionWord(folded.get(j)) && !other[j]) {
                j++;
            }
            if (2 * anchored < j - i) {
                i = j - 1;
                continue;
            }
            boolean full = j - i >= 2;
            boolean bFull = bj - bi >= 2;
            int words = headFirst ? anchored : 1;
            if (bi < 0 || full && !bFull || full == bFull && words > bWords) {
                bi = i;
                bj = j;
                bWords = words;
                bBest = best;
            }
            // (the next window may start inside this one: دوري الأبطال after مجموعة دوري, whose words are not head first)
        }
        if (bi < 0) {
            return;
        }
        int i = bi;
        int j = bj;
        if (i > 0 && j - i < want && modifier(word[i], part) && NameCandidates.isNisba(light.get(i))
                && hasArticle(i) && together(i - 1, i) && dice[i - 1] == 0 && !other[i - 1]
                && !NameLexicon.isFunctionWord(folded.get(i - 1)) && hasArticle(i - 1)) {
            // an adjective (a nisba with the article: الأسكتلندي) that translates a modifier of the name (Scottish,
            // before its head Council) follows its head in Arabic: the window that opens with it starts at the
            // definite noun before it, the head whose translation was not learnt (المجلس الأسكتلندي للمدارس المستقلة)
            i--;
        }
        if (j - i >= 2 && j < n && ArabicClitics.firstArticleStem(folded.get(j - 1), 2) < 0 && together(j - 1, j)
                && !NameLexicon.isFunctionWord(folded.get(j))
                && (other[j] || folded.get(j).startsWith(ArabicClitics.ARTICLE)
                && ArabicClitics.firstArticleStem(folded.get(j), 2) == ArabicClitics.ARTICLE.length())) {
            // a last word without the article is a noun in the construct state, whose complement, a definite noun
            // (with the article, no preposition before it) or a name, follows: the name ends with it (دوري أبطال
            // أوروبا, the Arabic name of the Champions League, not دوري أبطال)
            j++;
        }
        // one Arabic word for two English ones is a part of the name (الأردن of Jordan Valley, whose غور was
        // not learnt): a partial rendering
        boolean partial = j - i < 2;
        // the first word without its proclitics (والمواطنين → المواطنين), the article kept
        ArabicClitics.Split first = null;
        for (Map<String, Double> m : translations) {
            ArabicClitics.Split sp = learntSplit(i, m);
            if (sp != null && (first == null || sp.hasArticle() && !first.hasArticle())) {
                first = sp;
            }
        }
        if (first == null && i < bi) {
            for (ArabicClitics.Split sp : splits[i]) {
                if (sp.hasArticle()) {
                    first = sp; // the head without its proclitics (للمجلس → المجلس)
                    break;
                }
            }
        }
        StringBuilder r = new StringBuilder(first == null ? light.get(i) : surface(i, first));
        for (int k = i + 1; k < j; k++) {
            r.append(' ').append(light.get(k));
        }
        String rendering = r.toString();
        String key = key(rendering);
        if (out.stream().noneMatch(c -> c.key().equals(key))) {
            out.add(new Candidate(rendering, key, LEXICON_BASE + (1 - LEXICON_BASE) * bBest, partial, false, false,
                    true, true));
        }
    }

    /**
     * True when English word {@code t} of a translated name is followed by another of the same part ({@code part}:
     * parts are separated by "of"): a modifier before its head (Scottish of Scottish Council).
     */
    private static boolean modifier(int t, List<Integer> part) {
        return t + 1 < part.size() && part.get(t + 1).equals(part.get(t));
    }

    /** True when word {@code i} has the article (after its proclitics: الأسكتلندي, للمجلس). */
    private boolean hasArticle(int i) {
        return ArabicClitics.firstArticleStem(folded.get(i), 2) >= 0;
    }

    /** True when only white space separates words {@code a} and {@code b} (no punctuation, no number). */
    private boolean together(int a, int b) {
        int from = tokens.get(a).end();
        int to = tokens.get(b).start();
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(ar.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds the runs of words learnt for the name ({@link NameLexicon}) to {@code out}; {@code sims} (may be
     * null) remembers the similarities scored.
     */
    void learnt(Map<String, Double> words, TransliteratedName name, SimilarityCache sims, List<Candidate> out) {
        learnt(words, name, sims, 0, null, out);
    }

    /**
     * {@link #learnt(Map, TransliteratedName, SimilarityCache, List)} for an acronym of {@code letters} letters
     * (0: no acronym): Arabic expands an acronym into a name of about as many words as it has letters
     * (التوقيت الصيفي لبريطانيا for BST), of which the memory may have learnt only the head (توقيت). A run that
     * holds the name's best learnt word, has fewer words than the acronym has letters and does not sound like
     * the acronym ({@code soundsLike}: الناتو for NATO is the acronym read as a word) is widened to the right up
     * to that many words, within one clause (punctuation and function words end it).
     */
    void learnt(Map<String, Double> words, TransliteratedName name, SimilarityCache sims, int letters,
                java.util.function.Predicate<String> soundsLike, List<Candidate> out) {
        int n = tokens.size();
        double top = 0;
        if (letters > 0) {
            for (double d : words.values()) {
                top = Math.max(top, d);
            }
        }
        if (wordKeys == null) {
            indexWords();
        }
        // the words one of whose stems is a learnt word, in text order (a learnt word is in few of a unit's words)
        int[] starts = new int[8];
        int ns = 0;
        for (String w : words.keySet()) {
            int[] at = bySplitKey.get(w);
            if (at != null) {
                for (int p : at) {
                    if (ns == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, 2 * ns);
                    }
                    starts[ns++] = p;
                }
            }
        }
        java.util.Arrays.sort(starts, 0, ns);
        int i = 0;
        for (int q = 0; q < ns; q++) {
            if (starts[q] < i) {
                continue; // inside the run just made, or the same word again
            }
            i = starts[q];
            ArabicClitics.Split s = learntSplit(i, words);
            int j = i + 1;
            while (j < n && words.containsKey(wordKeys[j])) {
                j++;
            }
            String first = surface(i, s);
            if (letters > 0) {
                if (!first.equals(light.get(i)) && soundsLike.test(light.get(i))) {
                    first = light.get(i); // (an acronym is judged by its own sounds: بالتوقيت is ب + التوقيت for BST)
                }
            } else if (!first.equals(light.get(i))) {
                double keep = (sims == null ? name.similarity(first) : sims.similarity(name, first)) + LETTERS_KEPT;
                String whole = light.get(i);
                if ((sims == null ? name.similarity(whole, keep) : sims.similarity(name, whole, keep)) > keep) {
                    // the letters read as proclitics and article belong to the name: بالين is Palin, not ب + الين
                    first = light.get(i);
                }
            }
            StringBuilder r = new StringBuilder(first);
            for (int k = i + 1; k < j; k++) {
                r.append(' ').append(light.get(k));
            }
            String rendering = r.toString();
            String k = key(rendering);
            double dice = 0;
            for (int t = i; t < j; t++) {
                dice = Math.max(dice, words.getOrDefault(t == i ? NameLexicon.stemKey(s.stem()) : wordKeys[t], 0.0));
            }
            if (letters > j - i && top > 0 && dice >= top && !soundsLike.test(rendering)) {
                int to = j;
                while (to < n && to - i < letters && together(to - 1, to) && !NameLexicon.isFunctionWord(folded.get(to))) {
                    to++;
                }
                if (to > j) {
                    for (int t = j; t < to; t++) {
                        r.append(' ').append(light.get(t));
                    }
                    j = to;
                    rendering = r.toString();
                    k = key(rendering);
                }
            }
            double score = LEXICON_BASE + (1 - LEXICON_BASE) * dice;
            if (!hasKey(out, k)) {
                out.add(new Candidate(rendering, k, score, false, false, false, true));
            }
            i = j;
        }
    }

    /** True when a candidate of {@code out} has rendering key {@code k}. */
    static boolean hasKey(List<Candidate> out, String k) {
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).key().equals(k)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private void indexWords() {
        int n = folded.size();
        splits = new List[n];
        splitKeys = new String[n][];
        wordKeys = new String[n];
        for (int i = 0; i < n; i++) {
            splits[i] = sentence.splits(inSentence[i]); // ArabicClitics.splits of folded.get(i)
            // the keys depend on the word alone: made once per word of the thread's sentences
            WordKeys wk = sentence.memo(inSentence[i]) instanceof WordKeys m ? m : null;
            if (wk == null) {
                String[] sk = new String[splits[i].size()];
                for (int k = 0; k < sk.length; k++) {
                    sk[k] = NameLexicon.stemKey(splits[i].get(k).stem());
                }
                wk = new WordKeys(sk, NameLexicon.wordKey(folded.get(i)));
                sentence.memo(inSentence[i], wk);
            }
            splitKeys[i] = wk.splitKeys();
            for (int k = 0; k < splitKeys[i].length; k++) {
                int[] at = bySplitKey.get(splitKeys[i][k]);
                if (at == null) {
                    bySplitKey.put(splitKeys[i][k], new int[] {i});
                } else if (at[at.length - 1] != i) {
                    at = java.util.Arrays.copyOf(at, at.length + 1);
                    at[at.length - 1] = i;
                    bySplitKey.put(splitKeys[i][k], at);
                }
            }
            wordKeys[i] = wk.wordKey();
        }
    }

    /** A word's stem keys (one per clitic split, never written) and its {@link NameLexicon#wordKey}. */
    private record WordKeys(String[] splitKeys, String wordKey) {
    }

    /** The split of word {@code i} whose stem is a learnt word (one with the article preferred), or null. */
    private ArabicClitics.Split learntSplit(int i, Map<String, Double> words) {
        ArabicClitics.Split best = null;
        for (int k = 0; k < splitKeys[i].length; k++) {
            ArabicClitics.Split s = splits[i].get(k);
            if (words.containsKey(splitKeys[i][k]) && (best == null || s.hasArticle())) {
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
