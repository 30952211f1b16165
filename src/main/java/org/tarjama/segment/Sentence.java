package org.tarjama.segment;

/**
 * One sentence of a paragraph: its text (whitespace at its edges trimmed) and its char offsets
 * [start, end) in the paragraph it was cut from.
 */
public record Sentence(String text, int start, int end) {
}
