package org.tarjama.tm;

/**
 * An open-addressing set of longs (the dedup hashes of a memory's units): 8 bytes a unit instead of
 * a boxed {@code HashSet<Long>}'s ~50. Zero is stored out of band.
 */
final class LongHashSet {
    private long[] table = new long[1 << 10];
    private int size;
    private boolean hasZero;

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    /** Adds {@code v}; false if it was present. */
    boolean add(long v) {
        if (v == 0) {
            boolean was = hasZero;
            hasZero = true;
            return !was;
        }
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = (int) (v ^ (v >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = v;
        size++;
        return true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long v : old) {
            if (v != 0) {
                int i = (int) (v ^ (v >>> 32)) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = v;
            }
        }
    }
}
