package org.tarjama.text;

import java.util.Arrays;
import java.util.HashMap;

/**
 * Remembers the costs {@link TransliteratedName#rank(ArabicSentence, int, double, RankCache)} computed for
 * a name against a stretch of Arabic text, so that the same name beside the same words in another unit
 * (names and their renderings recur across a memory) costs a lookup instead of a DP. The result is the
 * same with or without it. Bounded: forgets everything past {@link #MAX_ENTRIES}. Not thread-safe (one
 * per thread).
 */
public final class RankCache {
    /** Entries kept before the cache starts over (about 200 bytes each). */
    static final int MAX_ENTRIES = 40_000;

    /** The DP's last row for a name against text {@code span} with budget {@code budgetBits}. */
    private record Key(TransliteratedName name, String span, int budgetBits) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.name == name && k.budgetBits == budgetBits && k.span.equals(span);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(name) * 31 + span.hashCode()) * 31 + budgetBits;
        }
    }

    /** Stands for "every path costs more than the budget". */
    static final float[] HOPELESS = new float[0];

    private final HashMap<Key, float[]> rows = new HashMap<>();
    private long lookups;
    private long hits;

    /** The key of the last {@link #get}, which the {@link #put} after a miss stores under. */
    private Key pending;

    /** The row stored for this name, text range and budget, or null when there is none. */
    float[] get(TransliteratedName name, char[] a, int from, int to, float budget) {
        lookups++;
        Key k = new Key(name, new String(a, from, to - from), Float.floatToIntBits(budget));
        float[] r = rows.get(k);
        if (r != null) {
            hits++;
            pending = null;
        } else {
            pending = k;
        }
        return r;
    }

    /**
     * Stores, for the key of the {@link #get} just missed, {@code row[rowFrom, rowTo)} (a copy), or
     * {@link #HOPELESS} when {@code row} is null.
     */
    void put(float[] row, int rowFrom, int rowTo) {
        if (pending == null) {
            throw new IllegalStateException("put without a missed get");
        }
        if (rows.size() >= MAX_ENTRIES) {
            rows.clear();
        }
        rows.put(pending, row == null ? HOPELESS : Arrays.copyOfRange(row, rowFrom, rowTo));
        pending = null;
    }

    /** Lookups made and answered (for measurements). */
    public long lookups() {
        return lookups;
    }

    /** Lookups answered from the cache. */
    public long hits() {
        return hits;
    }
}
