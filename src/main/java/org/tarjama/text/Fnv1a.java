package org.tarjama.text;

/**
 * 64-bit FNV-1a (Fowler–Noll–Vo), the one non-cryptographic text hash of Tarjama: the TM's dedup key
 * ({@code tm.PreparedUnit}, stored in segment files, so its values must never change) and the TMX
 * duplicate counter ({@code tmx.TmxStats}). Hashes UTF-16 code units, one step per {@code char}.
 */
public final class Fnv1a {
    /** The 64-bit offset basis. */
    public static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    /** The 64-bit FNV prime. */
    public static final long PRIME = 0x100000001b3L;

    private Fnv1a() {
    }

    /** One step: {@code (h XOR value) * PRIME}. */
    public static long step(long h, int value) {
        return (h ^ value) * PRIME;
    }

    /** {@code h} extended by every char of {@code s}. */
    public static long add(long h, CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    /** The murmur3 64-bit finaliser (fmix64): spreads FNV's weak low bits over the whole word. */
    public static long avalanche(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
