package org.tarjama.text;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.model.Span;

/**
 * Spelling-level comparison of Arabic renderings, on text normalised by {@link ArabicNormalizer#MATCHING}
 * (so hamza seats, alef forms, ى/ي and ة/ه are already one letter). Two renderings are <em>spelling
 * variants</em> when, after dropping every article ال and all spaces, they are equal (doubled letters written once),
 * or their consonant skeletons (the letters other than the long vowels ا و ي) are equal and the long
 * vowels of one are those of the other with some inserted or transposed (كافانو / كافانوا, أمريكي /
 * أميركي, الديمقراطي / الديموقراطي). A long vowel <em>replaced</em> by another is not a spelling variant
 * (ووترز / واترز are two names), nor is a different consonant (برمنجهام / برمينغهام).
 *
 * <p>{@link #find} also finds a form glued to a neighbouring word (a lost space, common in pasted
 * text: كورياالشمالية, مايكبومبيو inside الأمريكيمايكبومبيو).
 */
public final class ArabicSpelling {
    private ArabicSpelling() {
    }

    /** Glued forms shorter than this (in letters) must sit in a much longer run to count (كيم in أنكيمأخبره). */
    static final int GLUED_MIN_LETTERS = 4;
    /** A short form counts as glued only inside a run at least this much longer than itself. */
    static final int GLUED_SHORT_MARGIN = 5;

    /**
     * Skeletons shorter than this are too common for a vowel difference to be spelling (هيل / هل
     * 'whether').
     */
    static final int MIN_SKELETON = 3;

    /** How a form was found. */
    public enum Kind {
        /** Another spelling or spacing of the form, as whole words. */
        SPELLING,
        /** The form written without the space that separates it from a neighbouring word. */
        GLUED
    }

    /**
     * A form found at spelling level.
     *
     * @param kind  spelling or glued
     * @param form  the glossary form it renders
     * @param span  the whole word(s) in the original text (for a glued form: the run it is glued into)
     */
    public record Hit(Kind kind, String form, Span span) {
    }

    /**
     * The text spelling variants are compared on: every article ال and all spaces dropped (so words run
     * together, كورياالشمالية, compare equal to كوريا الشمالية).
     */
    public static String squeeze(String normalized) {
        StringBuilder sb = new StringBuilder(normalized.length());
        for (String w : Tokenizer.words(normalized)) {
            sb.append(w);
        }
        String s = sb.toString();
        return s.length() > ArabicClitics.ARTICLE.length() + 1 ? s.replace(ArabicClitics.ARTICLE, "") : s;
    }

    /** {@code s} with each run of one letter written once (the doubled consonants of English spellings). */
    static String undouble(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isLongVowel(char c) {
        return c == ArabicLetters.ALEF || c == ArabicLetters.WAW || c == ArabicLetters.YEH;
    }

    /** True when {@code a} and {@code b} (both {@link #squeeze squeezed}) are spelling variants. */
    public static boolean variants(String a, String b) {
        return variants(a, b, true);
    }

    /**
     * As {@link #variants(String, String)}; with {@code vowels} false only the exact squeezed key counts:
     * in a translated name an extra long vowel makes another word (حزب العمال 'the workers' / حزب العمل
     * 'work').
     */
    public static boolean variants(String a, String b, boolean vowels) {
        if (a.equals(b) || undouble(a).equals(undouble(b))) {
            return true;
        }
        if (!vowels) {
            return false;
        }
        StringBuilder ca = new StringBuilder();
        StringBuilder va = new StringBuilder();
        StringBuilder cb = new StringBuilder();
        StringBuilder vb = new StringBuilder();
        split(a, ca, va);
        split(b, cb, vb);
        if (ca.length() < MIN_SKELETON || !ca.toString().equals(cb.toString())) {
            return false;
        }
        // a word-initial و or ي is a consonant (w, y): it must be there in both
        if (a.charAt(0) != b.charAt(0) && (isLongVowel(a.charAt(0)) || isLongVowel(b.charAt(0)))) {
            return false;
        }
        String shorter = va.length() <= vb.length() ? va.toString() : vb.toString();
        String longer = va.length() <= vb.length() ? vb.toString() : va.toString();
        return subMultiset(shorter, longer);
    }

    private static void split(String s, StringBuilder consonants, StringBuilder vowels) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            (isLongVowel(c) ? vowels : consonants).append(c);
        }
    }

    private static boolean subMultiset(String small, String big) {
        int[] n = new int[3];
        for (int i = 0; i < big.length(); i++) {
            n[slot(big.charAt(i))]++;
        }
        for (int i = 0; i < small.length(); i++) {
            if (--n[slot(small.charAt(i))] < 0) {
                return false;
            }
        }
        return true;
    }

    private static int slot(char c) {
        return c == ArabicLetters.ALEF ? 0 : c == ArabicLetters.WAW ? 1 : 2;
    }

    /**
     * The first place in {@code text} where one of {@code forms} is written as a spelling variant (as
     * whole words, proclitics allowed on the first) or glued to a neighbour; null when nowhere. Exact
     * occurrences are the caller's business: call this once they are known to be absent.
     *
     * @param forms  the accepted forms, as written in the glossary
     * @param text   the sentence, {@link ArabicNormalizer#MATCHING}-normalised
     * @param tokens the tokens of {@code text.text()}
     */
    public static Hit find(List<String> forms, NormalizedText text, List<Token> tokens) {
        return find(forms, text, tokens, true);
    }

    /**
     * As {@link #find(List, NormalizedText, List)}; {@code vowels} false for a translated name, where only
     * spacing, article and letter-folding differences are spelling.
     */
    public static Hit find(List<String> forms, NormalizedText text, List<Token> tokens, boolean vowels) {
        Hit glued = null;
        for (String form : forms) {
            String norm = ArabicNormalizer.MATCHING.normalize(form);
            List<String> fw = Tokenizer.words(norm);
            if (fw.isEmpty()) {
                continue;
            }
            String target = squeeze(norm);
            if (target.length() < 2) {
                continue;
            }
            int k = fw.size();
            for (int i = 0; i < tokens.size(); i++) {
                for (int len = Math.max(1, k - 1); len <= k + 1 && i + len <= tokens.size(); len++) {
                    if (len > 1 && !spaceBetween(text.text(), tokens, i, len)) {
                        break;
                    }
                    StringBuilder rest = new StringBuilder();
                    for (int j = i + 1; j < i + len; j++) {
                        rest.append(' ').append(tokens.get(j).text());
                    }
                    for (ArabicClitics.Split s : ArabicClitics.splits(tokens.get(i).text())) {
                        String cand = squeeze(s.withArticle() + rest);
                        if (Math.abs(cand.length() - target.length()) <= 3 && variants(cand, target, vowels)) {
                            return new Hit(Kind.SPELLING, form, text.toOriginal(tokens.get(i).start(),
                                    tokens.get(i + len - 1).end()));
                        }
                    }
                }
            }
            if (glued == null) {
                glued = glued(form, norm, text, tokens);
            }
        }
        return glued;
    }

    private static boolean spaceBetween(String text, List<Token> tokens, int from, int len) {
        for (int j = from + 1; j < from + len; j++) {
            for (int c = tokens.get(j - 1).end(); c < tokens.get(j).start(); c++) {
                if (!Character.isWhitespace(text.charAt(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The form, spaces removed, inside a longer run of letters (or across runs joined by spaces). */
    private static Hit glued(String form, String norm, NormalizedText text, List<Token> tokens) {
        String joined = norm.replaceAll("\\s+", "");
        if (joined.length() < 3) {
            return null;
        }
        // the text without spaces, with each character's token
        StringBuilder sq = new StringBuilder();
        List<Integer> tokenOf = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            String w = tokens.get(t).text();
            for (int c = 0; c < w.length(); c++) {
                sq.append(w.charAt(c));
                tokenOf.add(t);
            }
        }
        for (int at = sq.indexOf(joined); at >= 0; at = sq.indexOf(joined, at + 1)) {
            int first = tokenOf.get(at);
            int last = tokenOf.get(at + joined.length() - 1);
            int runStart = at;
            while (runStart > 0 && tokenOf.get(runStart - 1) == first) {
                runStart--;
            }
            int runEnd = at + joined.length();
            while (runEnd < sq.length() && tokenOf.get(runEnd) == last) {
                runEnd++;
            }
            boolean gluedLeft = at > runStart && !isProcliticRun(sq.substring(runStart, at));
            boolean gluedRight = at + joined.length() < runEnd;
            if (!gluedLeft && !gluedRight) {
                continue; // whole words: a spacing or clitic question, not a lost space
            }
            int runLength = runEnd - runStart;
            if (joined.length() < GLUED_MIN_LETTERS && runLength < joined.length() + GLUED_SHORT_MARGIN) {
                continue; // a short form inside an ordinary word (كيم in حكيم)
            }
            if (!gluedLeft && isSuffixOnly(sq.substring(at + joined.length(), runEnd))) {
                continue; // an inflected or derived form, not a lost space
            }
            return new Hit(Kind.GLUED, form, text.toOriginal(tokens.get(first).start(), tokens.get(last).end()));
        }
        return null;
    }

    /** A run of proclitics: conjunction, preposition, article, or conjunction + لل ({@link ArabicFacts}). */
    private static final java.util.regex.Pattern PROCLITICS = java.util.regex.Pattern.compile(
            "[" + ArabicFacts.CONJUNCTIONS + "]?[" + ArabicFacts.PREPOSITIONS + "]?(" + ArabicFacts.ARTICLE + ")?|["
                    + ArabicFacts.CONJUNCTIONS + "]?" + ArabicLetters.LAM + ArabicLetters.LAM);

    private static boolean isProcliticRun(String s) {
        return PROCLITICS.matcher(s).matches();
    }

    /**
     * Endings that make an inflected or derived word, not another word: nisba, plural, pronouns
     * ({@link ArabicFacts#WORD_ENDINGS}).
     */
    private static final java.util.Set<String> SUFFIXES = ArabicFacts.WORD_ENDINGS;

    private static boolean isSuffixOnly(String s) {
        return SUFFIXES.contains(s);
    }
}
