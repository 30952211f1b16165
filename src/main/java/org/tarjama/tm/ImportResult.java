package org.tarjama.tm;

/**
 * What an import did.
 *
 * @param read       units read from the input
 * @param added      new units stored
 * @param duplicates units already in the memory (same English and Arabic), not stored again
 * @param skipped    units without both an English and an Arabic text, not stored
 * @param total      units in the memory after the import
 */
public record ImportResult(long read, long added, long duplicates, long skipped, long total) {
}
