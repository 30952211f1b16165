package org.tarjama.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers {@link TransliteratedName#similarity(String)} and {@link TransliteratedName#similarity(String,
 * double)} of a name and an Arabic text: a memory renders a name the same way in many units, and the names
 * check scores the same rendering (and its trimmed forms) against the same name in each of them. The
 * results are the same with or without it (the similarity is a function of the name, the text and the
 * floor). Bounded: forgets everything past {@link #MAX_ENTRIES}. Not thread-safe (one per thread).
 */
public final class SimilarityCache {
    /** Entries kept before the cache starts over. */
    static final int MAX_ENTRIES = 20_000;

    private record Key(TransliteratedName name, String text, long floorBits) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.name == name && k.floorBits == floorBits && k.text.equals(text);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(name) * 31 + text.hashCode()) * 31 + Long.hashCode(floorBits);
        }
    }

    private final Map<Key, Double> scores = new HashMap<>();
    private final int maxEntries;
    private long lookups;
    private long hits;

    /** A cache of {@link #MAX_ENTRIES} entries. */
    public SimilarityCache() {
        this(MAX_ENTRIES);
    }

    /** A cache that starts over past {@code maxEntries} entries. */
    SimilarityCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /** {@code name.similarity(arabic)}. */
    public double similarity(TransliteratedName name, String arabic) {
        return similarity(name, arabic, Double.NaN);
    }

    /** {@code name.similarity(arabic, floor)}. */
    public double similarity(TransliteratedName name, String arabic, double floor) {
        lookups++;
        Key k = new Key(name, arabic, Double.doubleToLongBits(floor));
        Double known = scores.get(k);
        if (known != null) {
            hits++;
            return known;
        }
        double v = Double.isNaN(floor) ? name.similarity(arabic) : name.similarity(arabic, floor);
        if (scores.size() >= maxEntries) {
            scores.clear();
        }
        scores.put(k, v);
        return v;
    }

    /** Lookups made (for measurements). */
    public long lookups() {
        return lookups;
    }

    /** Lookups answered from the cache. */
    public long hits() {
        return hits;
    }
}
