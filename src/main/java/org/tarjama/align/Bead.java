package org.tarjama.align;

/**
 * One bead of an alignment: English sentences {@code [enStart, enStart+enCount)} translated by Arabic
 * sentences {@code [arStart, arStart+arCount)}. A bead with an empty side is an unaligned sentence
 * (1-0: English sentence with no Arabic translation; 0-1: Arabic sentence with no English source).
 *
 * @param score confidence in [0,1] that this bead is right (posterior of the bead over all
 *              alignment paths the aligner considered)
 */
public record Bead(int enStart, int enCount, int arStart, int arCount, double score) {
    public Bead {
        if (enStart < 0 || arStart < 0 || enCount < 0 || arCount < 0 || enCount + arCount == 0) {
            throw new IllegalArgumentException("bad bead " + enStart + "+" + enCount + ":" + arStart + "+" + arCount);
        }
    }

    /** Bead type {@code n-m} (English count, Arabic count), e.g. {@code 2-1}. */
    public String type() {
        return enCount + "-" + arCount;
    }

    /** True for 1-0 and 0-1 beads. */
    public boolean isUnaligned() {
        return enCount == 0 || arCount == 0;
    }

    public int enEnd() {
        return enStart + enCount;
    }

    public int arEnd() {
        return arStart + arCount;
    }

    /** The same bead shifted by the given offsets (used when aligning inside paragraph groups). */
    public Bead shifted(int en, int ar) {
        return new Bead(enStart + en, enCount, arStart + ar, arCount, score);
    }

    /** The bead in the vecalign/{@code DOC.gold} notation: {@code [1, 2]:[1]}, {@code [3]:[]}. */
    public String toBeadString() {
        return indices(enStart, enCount) + ":" + indices(arStart, arCount);
    }

    private static String indices(int start, int count) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                sb.append(", ");
            }
            sb.append(start + k);
        }
        return sb.append(']').toString();
    }
}
