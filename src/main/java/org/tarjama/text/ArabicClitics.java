package org.tarjama.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic proclitic analysis of one word, on text normalised by {@link ArabicNormalizer#MATCHING}; the
 * letters are data in {@link ArabicFacts}.
 * Written by hand because no library models this the way term matching needs: Lucene's Arabic
 * stemmer also strips suffixes and conflates حماسة/حماس and لبنان/لبن.
 *
 * <p>A word may start with, in this order: a conjunction ({@code و} "and", {@code ف} "so"), a
 * preposition ({@code ب} "with", {@code ل} "for", {@code ك} "like") and the article {@code ال}; after
 * {@code ل} the article's alef drops ({@code ل + ال → لل}: للقبة), and before a stem that itself starts
 * with lam one more lam drops ({@code ل + اللاذقية → للاذقية}). {@link #splits(String)} lists every
 * reading of the word as (proclitics, article, stem), the bare word first. Callers decide which stem
 * is acceptable (a term without the article must not match an article reading, so الحماس is not
 * حماس).
 */
public final class ArabicClitics {
    private ArabicClitics() {
    }

    /** Conjunctions that may open a word ({@link ArabicFacts}). */
    public static final String CONJUNCTIONS = ArabicFacts.CONJUNCTIONS;
    /** Prepositions that may follow a conjunction ({@link ArabicFacts}). */
    public static final String PREPOSITIONS = ArabicFacts.PREPOSITIONS;
    /** The definite article, normalised ({@link ArabicFacts}). */
    public static final String ARTICLE = ArabicFacts.ARTICLE;
    /** Shortest stem left after stripping, so that short words are not eaten (e.g. "ول" is not و+ل). */
    public static final int MIN_STEM = ArabicFacts.CLITIC_MIN_STEM;

    /**
     * One reading of a word.
     *
     * @param prefix     the proclitics stripped before the article (e.g. "وب"), possibly empty
     * @param hasArticle true when the reading includes the article (ال, or the ل of لل)
     * @param stem       what is left
     */
    public record Split(String prefix, boolean hasArticle, String stem) {
        /** The stem with the article, as a term with ال would be written: "القبة". */
        public String withArticle() {
            return hasArticle ? ARTICLE + stem : stem;
        }
    }

    /**
     * Where the stem of the first reading of {@code splits(word)} that has the article and a stem of at
     * least {@code minStem} letters begins, or -1 when there is none; {@link #splits} without making the
     * readings (the readings are tried in the same order).
     */
    public static int firstArticleStem(String word, int minStem) {
        int n = word.length();
        for (int c = 0; c <= 1; c++) {
            if (c == 1 && (n < 1 || CONJUNCTIONS.indexOf(word.charAt(0)) < 0)) {
                continue;
            }
            for (int p = 0; p <= 1; p++) {
                int at = c;
                if (p == 1) {
                    if (at >= n || PREPOSITIONS.indexOf(word.charAt(at)) < 0) {
                        continue;
                    }
                    at++;
                }
                if (word.startsWith(ARTICLE, at) && n - at - 2 >= MIN_STEM && n - at - 2 >= minStem) {
                    return at + 2;
                }
                if (p == 1 && word.charAt(at - 1) == ArabicLetters.LAM && at < n
                        && word.charAt(at) == ArabicLetters.LAM && n - at - 1 >= MIN_STEM) {
                    if (n - at - 1 >= minStem) {
                        return at + 1;
                    }
                    if (n - at >= MIN_STEM + 1 && n - at >= minStem) {
                        return at;
                    }
                }
            }
        }
        return -1;
    }

    /** Every reading of {@code word} (normalised), bare word first; stems are at least {@link #MIN_STEM} long. */
    public static List<Split> splits(String word) {
        List<Split> out = new ArrayList<>(6);
        out.add(new Split("", false, word));
        int n = word.length();
        // conjunction?
        for (int c = 0; c <= 1; c++) {
            if (c == 1 && (n < 1 || CONJUNCTIONS.indexOf(word.charAt(0)) < 0)) {
                continue;
            }
            // preposition?
            for (int p = 0; p <= 1; p++) {
                int at = c;
                if (p == 1) {
                    if (at >= n || PREPOSITIONS.indexOf(word.charAt(at)) < 0) {
                        continue;
                    }
                    at++;
                }
                String prefix = word.substring(0, at);
                if (at > 0 && n - at >= MIN_STEM) {
                    out.add(new Split(prefix, false, word.substring(at)));
                }
                if (word.startsWith(ARTICLE, at) && n - at - 2 >= MIN_STEM) {
                    out.add(new Split(prefix, true, word.substring(at + 2)));
                }
                // ل + ال → لل: the preposition lam followed by the article's lam
                if (p == 1 && word.charAt(at - 1) == ArabicLetters.LAM && at < n
                        && word.charAt(at) == ArabicLetters.LAM && n - at - 1 >= MIN_STEM) {
                    out.add(new Split(prefix, true, word.substring(at + 1)));
                    // ل + ال + a stem that starts with lam keeps two lams only: ل + اللاذقية → للاذقية
                    if (n - at >= MIN_STEM + 1) {
                        out.add(new Split(prefix, true, word.substring(at)));
                    }
                }
            }
        }
        return out;
    }
}
