/**
 * The embedded translation memory: import, fuzzy lookup, concordance, pre-translation.
 *
 * <h2>Store</h2>
 * A memory is a directory of immutable, checksummed segment files plus a {@code MANIFEST} naming
 * them ({@link org.tarjama.tm.Manifest}). An import ({@link org.tarjama.tm.TmImporter}) streams its
 * units into new segment files, forces them to disk, and only then publishes a new manifest by an
 * atomic rename (followed by a directory fsync). Readers see the memory exactly as the last manifest
 * describes it: a crash or a kill during an import leaves the previous state, and the next import
 * deletes the orphan files. A file lock keeps imports one at a time.
 *
 * <p>Why not Lucene as the store (it was the suggested choice; it is not a dependency of Tarjama): the
 * fuzzy engine needs its own compact postings over exact token ids anyway (Lucene's scoring and fuzzy
 * queries are not token edit-distance percentages), so a Lucene index would have been a second copy
 * of the data whose only use was crash safety, and its per-document inversion is import work
 * (against a 100,000 units/s target) that the engine does not use; and opening a 1,000,000-unit memory would have meant re-tokenising every unit from stored
 * fields (seconds) or keeping a side file in step with Lucene's commits. The same guarantees Lucene's
 * commit points give — write-once files, fsync, atomic publication of a commit, checksums, one
 * writer — come here from about 300 lines. Each unit record stores its English matching keys and its
 * Arabic concordance forms, so opening maps the files and builds the in-memory postings from stored
 * ids without re-tokenising (about 2 s for a million units); the texts stay in the mapped files.
 *
 * <h2>Lookup</h2>
 * {@link org.tarjama.tm.MatchScorer} defines the percentage (CAT conventions: 100 only for identical
 * text, small penalties for case, punctuation, tags and numbers, else word-level edit distance) and
 * {@link org.tarjama.tm.FuzzyIndex} finds, exactly, the best matches at or above a threshold with
 * lossless length, prefix and count filters and banded edit-distance verification.
 *
 * <h2>Concordance</h2>
 * English: consecutive tokens, case-insensitive. Arabic: every word is indexed under each proclitic
 * reading of its {@link org.tarjama.text.ArabicNormalizer#MATCHING} form
 * ({@link org.tarjama.text.ArabicClitics#splits}), so القبة finds بالقبة and للقبة but قبة does not
 * find القبة.
 */
package org.tarjama.tm;
