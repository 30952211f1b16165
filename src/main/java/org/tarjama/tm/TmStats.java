package org.tarjama.tm;

/**
 * A memory's size.
 *
 * @param units        translation units
 * @param segments     segment files
 * @param bytes        bytes on disk
 * @param englishTerms distinct English matching keys
 * @param generation   commit count
 */
public record TmStats(long units, int segments, long bytes, int englishTerms, long generation) {
}
