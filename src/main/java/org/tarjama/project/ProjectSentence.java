package org.tarjama.project;

/**
 * A sentence of a project document: its text, its 0-based paragraph (line of a plain-text source,
 * paragraph of a document) and its char offsets [start, end) in that paragraph of the source. A
 * sentence edited in review keeps the offsets of what it was cut from.
 */
public record ProjectSentence(String text, int paragraph, int start, int end) {
    public ProjectSentence {
        if (text == null) {
            throw new IllegalArgumentException("sentence without text");
        }
    }
}
