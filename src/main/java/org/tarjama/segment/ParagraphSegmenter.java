package org.tarjama.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Streams paragraphs (one per line; blank lines are paragraph breaks too) through a segmenter, one
 * paragraph at a time, so memory does not grow with the input.
 */
public final class ParagraphSegmenter {
    /** Receives each paragraph's sentences. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param line      1-based line number of the paragraph in its input
         * @param paragraph the paragraph's text as read
         * @param sentences its sentences, with offsets into {@code paragraph}
         */
        void paragraph(long line, String paragraph, List<Sentence> sentences);
    }

    private final SentenceSegmenter segmenter;

    public ParagraphSegmenter(SentenceSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** Segments every non-blank line of {@code reader}; returns the number of characters read. */
    public long run(BufferedReader reader, Sink sink) {
        long chars = 0;
        long line = 0;
        try {
            String l;
            while ((l = reader.readLine()) != null) {
                line++;
                chars += l.length() + 1;
                if (line == 1 && !l.isEmpty() && l.charAt(0) == '\uFEFF') {
                    l = l.substring(1);
                }
                if (l.isBlank()) {
                    continue;
                }
                sink.paragraph(line, l, segmenter.segment(l));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chars;
    }
}
