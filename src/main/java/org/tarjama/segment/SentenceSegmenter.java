package org.tarjama.segment;

import java.util.List;

/** Splits one paragraph into sentences. Implementations are thread-safe. */
public interface SentenceSegmenter {
    /**
     * The sentences of {@code paragraph}, in order, trimmed of whitespace at their edges; empty for a
     * blank paragraph. Every non-whitespace character of the paragraph is in exactly one sentence.
     */
    List<Sentence> segment(String paragraph);
}
