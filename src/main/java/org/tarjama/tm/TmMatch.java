package org.tarjama.tm;

import java.util.List;

/**
 * A fuzzy match: the memory unit, its percentage and the Arabic proposed for the query (the
 * memory's Arabic with changed numbers substituted).
 *
 * @param score    match percentage 0–100 (see {@link MatchScorer})
 * @param source   the memory's text in the query's language (English, or Arabic for an Arabic lookup)
 * @param target   the proposed translation
 * @param tuid     the unit's id
 * @param memoryTarget the memory's translation as stored
 * @param diff     word-level differences between {@code source} and the query
 */
public record TmMatch(int score, String source, String target, String tuid, String memoryTarget, List<DiffOp> diff) {
    public TmMatch {
        diff = List.copyOf(diff);
    }
}
