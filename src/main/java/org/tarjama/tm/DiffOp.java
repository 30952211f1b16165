package org.tarjama.tm;

/**
 * One step of the word-level difference between a memory's English and the query.
 *
 * @param kind   what happened to the word
 * @param source the word in the memory's English (empty for an insertion)
 * @param query  the word in the query (empty for a deletion)
 */
public record DiffOp(Kind kind, String source, String query) {
    /** EQUAL: same word; REPLACE: changed (or case differs); DELETE: only in the memory; INSERT: only in the query. */
    public enum Kind { EQUAL, REPLACE, DELETE, INSERT }
}
