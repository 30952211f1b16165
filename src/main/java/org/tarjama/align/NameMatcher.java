package org.tarjama.align;

import java.io.Serializable;

/**
 * Scores whether an English word and an Arabic word are the same proper name written in two
 * scripts (Reuters ~ رويترز, Allen ~ ألين). The aligner only asks about capitalised English words
 * and Arabic words of sentences that may be translations of each other. Implementations must be
 * thread-safe and serializable (they travel inside an {@link AlignerConfig}).
 */
@FunctionalInterface
public interface NameMatcher extends Serializable {
    /** No name anchors. */
    NameMatcher NONE = NoNames.INSTANCE;

    /** Similarity in [0,1]; 1 = certainly the same name. */
    double similarity(String englishWord, String arabicWord);

    /** The matcher that never matches (an enum, so that it stays a singleton after deserialisation). */
    enum NoNames implements NameMatcher {
        INSTANCE;

        @Override
        public double similarity(String englishWord, String arabicWord) {
            return 0;
        }
    }
}
