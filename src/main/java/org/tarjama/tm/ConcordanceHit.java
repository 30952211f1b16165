package org.tarjama.tm;

/**
 * One occurrence of a concordance phrase.
 *
 * @param tuid   the unit's id
 * @param source the unit's English
 * @param target the unit's Arabic
 * @param inArabic true when the phrase was found in {@code target}, false for {@code source}
 * @param start  start offset of the occurrence in the searched text
 * @param end    end offset (exclusive)
 */
public record ConcordanceHit(String tuid, String source, String target, boolean inArabic, int start, int end) {
    /** The text the phrase was found in. */
    public String text() {
        return inArabic ? target : source;
    }
}
