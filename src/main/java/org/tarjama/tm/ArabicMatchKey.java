package org.tarjama.tm;

import org.tarjama.text.ArabicClitics;

/**
 * The key under which fuzzy matching compares an Arabic word when only its proclitics differ. Two
 * words (normalised with {@link org.tarjama.text.ArabicNormalizer#MATCHING}) that differ only in a
 * proclitic chain ({@code و ف ب ل ك} and the article {@code ال}, {@code لل} included) get the same key,
 * so {@link MatchScorer} can charge such a difference half a word.
 *
 * <p>The key strips, from the front and as long as at least {@link ArabicClitics#MIN_STEM} letters
 * remain, every proclitic letter and the article in any order. It is not a stem (it over-strips a
 * word that starts with one of those letters: وزير gives زير), but it is consistent, which a
 * linguistic reading is not: the key of {@code p + w} is the key of {@code w} for every proclitic
 * chain {@code p}, because the stripping from {@code w} on depends only on {@code w}. Consistency is
 * what keeps the index lossless (a proclitic-only difference never separates two words' keys); the
 * price is that two different words with one key (بلد, ولد) differ by half a word instead of one.
 * Written by hand: Lucene's Arabic light stemmer also removes suffixes and is not consistent in
 * this sense.
 */
final class ArabicMatchKey {
    private static final String LETTERS = ArabicClitics.CONJUNCTIONS + ArabicClitics.PREPOSITIONS;

    private ArabicMatchKey() {
    }

    /** The key of a normalised word. */
    static String of(String word) {
        int at = 0;
        int n = word.length();
        while (true) {
            if (n - at - 1 >= ArabicClitics.MIN_STEM && LETTERS.indexOf(word.charAt(at)) >= 0) {
                at++;
            } else if (n - at - 2 >= ArabicClitics.MIN_STEM && word.startsWith(ArabicClitics.ARTICLE, at)) {
                at += 2;
            } else {
                break;
            }
        }
        return at == 0 ? word : word.substring(at);
    }
}
