package org.tarjama.align;

/**
 * Scores whether an English word and an Arabic word are the same proper name written in two
 * scripts (Reuters ~ رويترز, Allen ~ ألين). The aligner only asks about capitalised English words
 * and Arabic words of sentences that may be translations of each other.
 */
@FunctionalInterface
public interface NameMatcher {
    /** No name anchors. */
    NameMatcher NONE = (en, ar) -> 0;

    /** Similarity in [0,1]; 1 = certainly the same name. */
    double similarity(String englishWord, String arabicWord);
}
