package org.tarjama.align;

import java.io.Serializable;
import java.util.List;

/**
 * Finds anchor phrases (e.g. glossary term pairs) in sentences. An anchor found in an English
 * sentence and in an Arabic sentence under the same key is strong evidence that they translate
 * each other. Implementations do the (clitic- and normalisation-aware) matching; the aligner only
 * compares keys. Implementations must be thread-safe and serializable (they travel inside an
 * {@link AlignerConfig}).
 */
public interface PhraseAnchors extends Serializable {
    /** No phrase anchors. */
    PhraseAnchors NONE = NoAnchors.INSTANCE;

    /** Keys of the anchors occurring in an English sentence. */
    List<String> inEnglish(String sentence);

    /** Keys of the anchors occurring in an Arabic sentence. */
    List<String> inArabic(String sentence);

    /** No anchors (an enum, so that it stays a singleton after deserialisation). */
    enum NoAnchors implements PhraseAnchors {
        INSTANCE;

        @Override
        public List<String> inEnglish(String sentence) {
            return List.of();
        }

        @Override
        public List<String> inArabic(String sentence) {
            return List.of();
        }
    }
}
