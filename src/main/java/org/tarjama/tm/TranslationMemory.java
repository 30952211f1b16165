package org.tarjama.tm;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.tarjama.model.TranslationUnit;

/**
 * A translation memory opened for reading: fuzzy lookup with CAT percentages, concordance, size and
 * export. This is the seam between the capabilities that use a memory (pretranslation, the CLI, the
 * server) and the stores that hold one: {@link EmbeddedMemory} (a directory on this machine) and any
 * store found through {@link MemoryStores} (an index on a search cluster). Every store scores with
 * {@link MatchScorer}, so a match and its percentage are the same whichever store answers.
 * Implementations are safe for concurrent readers.
 */
public interface TranslationMemory extends AutoCloseable {

    /** Opens the embedded memory in {@code dir}; a directory without a memory opens as an empty memory. */
    static TranslationMemory open(Path dir) {
        return EmbeddedMemory.open(dir);
    }

    /** True when {@code dir} holds an embedded memory (a committed manifest). */
    static boolean exists(Path dir) {
        return EmbeddedMemory.exists(dir);
    }

    /** Where the memory lives, for messages: a directory or a URL without credentials. */
    String location();

    /** Number of units. */
    long size();

    /** The memory's size and shape. */
    TmStats stats();

    /**
     * The best {@code top} matches of an English query scoring at least {@code min} percent, best
     * first (ties in insertion order). Exact: the same as scoring every unit with
     * {@link MatchScorer#score(String, String)}.
     */
    List<TmMatch> lookup(String query, int min, int top);

    /**
     * The best matches of a query in {@code sourceLang} ({@code en} or {@code ar}, see
     * {@link Directions#arabicSource}): for an Arabic query the memory's Arabic is the match's source
     * and its English the proposed target. Arabic is compared the Arabic way
     * ({@link MatchScorer#scoreArabic}); the percentage means the same as for English.
     */
    List<TmMatch> lookup(String query, String sourceLang, int min, int top);

    /**
     * Occurrences of {@code phrase} (consecutive words) in the English ({@code arabic == false}) or
     * the Arabic of the units, at most {@code limit}.
     */
    List<ConcordanceHit> concordance(String phrase, boolean arabic, int limit);

    /** Every unit, in insertion order. */
    void forEach(Consumer<TranslationUnit> sink);

    /** Prepares the Arabic concordance ahead of its first use (a server warms up before it answers). */
    default void warmArabic() {
    }

    /** Releases the memory; a store without resources to release does nothing. */
    @Override
    void close();
}
