package org.tarjama.text;

import java.util.Arrays;

/**
 * Remembers the costs {@link TransliteratedName#rank(ArabicSentence, int, double, RankCache)} computed for
 * a name against a stretch of Arabic text, so that the same name beside the same words in another unit
 * (names and their renderings recur across a memory) costs a lookup instead of a DP. The result is the
 * same with or without it. Bounded: forgets everything past {@link #MAX_ENTRIES}. Not thread-safe (one
 * per thread). An open-addressing table over parallel arrays: a lookup allocates nothing.
 */
public final class RankCache {
    /** Entries kept before the cache starts over (a text range and a DP row each, about 100 bytes). */
    static final int MAX_ENTRIES = 40_000;
    /** Slots (a power of two, well above {@link #MAX_ENTRIES}: short probe runs). */
    private static final int SLOTS = 1 << 16;

    /** Stands for "every path costs more than the budget". */
    static final float[] HOPELESS = new float[0];

    private final TransliteratedName[] names = new TransliteratedName[SLOTS];
    private final char[][] spans = new char[SLOTS][];
    private final int[] budgets = new int[SLOTS];
    private final int[] hashes = new int[SLOTS];
    private final float[][] rows = new float[SLOTS][];
    private final int maxEntries;
    private int size;
    private long lookups;
    private long hits;

    /** Where the {@link #put} after a missed {@link #get} stores (-1: no miss pending), and what. */
    private int pendingSlot = -1;
    private int pendingHash;
    private TransliteratedName pendingName;
    private char[] pendingText;
    private int pendingFrom;
    private int pendingTo;
    private int pendingBudget;

    /** A cache of {@link #MAX_ENTRIES} entries. */
    public RankCache() {
        this(MAX_ENTRIES);
    }

    /** A cache that starts over past {@code maxEntries} entries (at most three quarters of the slots). */
    RankCache(int maxEntries) {
        if (maxEntries < 1 || maxEntries > SLOTS / 4 * 3) {
            throw new IllegalArgumentException("maxEntries " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /** The row stored for this name, text range and budget, or null when there is none. */
    float[] get(TransliteratedName name, char[] a, int from, int to, float budget) {
        lookups++;
        int budgetBits = Float.floatToIntBits(budget);
        int h = System.identityHashCode(name) * 31 + budgetBits;
        for (int i = from; i < to; i++) {
            h = 31 * h + a[i];
        }
        h ^= h >>> 16;
        int mask = SLOTS - 1;
        int slot = h & mask;
        while (names[slot] != null) {
            if (hashes[slot] == h && names[slot] == name && budgets[slot] == budgetBits
                    && Arrays.equals(spans[slot], 0, spans[slot].length, a, from, to)) {
                hits++;
                pendingSlot = -1;
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        pendingSlot = slot;
        pendingHash = h;
        pendingName = name;
        pendingText = a;
        pendingFrom = from;
        pendingTo = to;
        pendingBudget = budgetBits;
        return null;
    }

    /**
     * Stores, for the key of the {@link #get} just missed, {@code row[rowFrom, rowTo)} (a copy), or
     * {@link #HOPELESS} when {@code row} is null.
     */
    void put(float[] row, int rowFrom, int rowTo) {
        if (pendingSlot < 0) {
            throw new IllegalStateException("put without a missed get");
        }
        int slot = pendingSlot;
        if (size >= maxEntries) {
            Arrays.fill(names, null);
            Arrays.fill(spans, null);
            Arrays.fill(rows, null);
            size = 0;
            slot = pendingHash & (SLOTS - 1);
        }
        names[slot] = pendingName;
        spans[slot] = Arrays.copyOfRange(pendingText, pendingFrom, pendingTo);
        budgets[slot] = pendingBudget;
        hashes[slot] = pendingHash;
        rows[slot] = row == null ? HOPELESS : Arrays.copyOfRange(row, rowFrom, rowTo);
        size++;
        pendingSlot = -1;
        pendingName = null;
        pendingText = null;
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
