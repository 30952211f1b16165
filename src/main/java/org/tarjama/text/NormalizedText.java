package org.tarjama.text;

import org.tarjama.model.Span;

/**
 * A normalised text together with the map back to the original: for each char of {@link #text()},
 * the original range it came from. Several normalised chars may map to one original char (a
 * presentation-form ligature such as ﻻ becomes لا), and original chars that were removed (tatweel,
 * harakat, bidi marks) are covered by the spans of their neighbours when a range is mapped back.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    NormalizedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Original start offset of normalised char {@code i}; {@code i == length()} maps to the original end. */
    public int originalStart(int i) {
        return i >= text.length() ? original.length() : starts[i];
    }

    /** Original end offset of the normalised range ending (exclusive) at {@code i}. */
    public int originalEnd(int i) {
        return i <= 0 ? 0 : ends[i - 1];
    }

    /** Maps a normalised range [start, end) to the original range it was made from. */
    public Span toOriginal(int start, int end) {
        if (start == end) {
            int at = originalStart(start);
            return new Span(at, at);
        }
        return new Span(originalStart(start), originalEnd(end));
    }

    @Override
    public String toString() {
        return text;
    }
}
