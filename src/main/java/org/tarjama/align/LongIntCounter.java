package org.tarjama.align;

import java.util.Arrays;

/**
 * Open-addressing map from long keys to int counts: the co-occurrence table of lexicon learning
 * touches millions of word pairs on long documents, where boxed hash maps are several times slower.
 */
final class LongIntCounter {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] counts;
    private int size;

    LongIntCounter(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        counts = new int[cap];
        Arrays.fill(keys, EMPTY);
    }

    void increment(long key) {
        int i = slot(key); // first: slot() may rehash, replacing the counts array
        counts[i]++;
    }

    /** The slot of {@code key}, claimed (with count 0) when the key is new. */
    private int slot(long key) {
        if (size * 2 >= keys.length) {
            rehash();
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = key;
            size++;
        }
        return i;
    }

    /** The count of {@code key}, or 0. */
    int get(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return counts[i];
            }
            i = (i + 1) & mask;
        }
        return 0;
    }

    /** Sets the count of {@code key}. */
    void put(long key, int value) {
        int i = slot(key); // first: slot() may rehash, replacing the counts array
        counts[i] = value;
    }

    /** Calls {@code visitor} for every key with its count. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit(keys[i], counts[i]);
            }
        }
    }

    /** A (key, count) consumer. */
    interface Visitor {
        void visit(long key, int count);
    }

    private void rehash() {
        long[] ok = keys;
        int[] oc = counts;
        keys = new long[ok.length * 2];
        counts = new int[ok.length * 2];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int k = 0; k < ok.length; k++) {
            if (ok[k] != EMPTY) {
                int i = mix(ok[k]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = ok[k];
                counts[i] = oc[k];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
