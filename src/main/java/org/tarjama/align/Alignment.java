package org.tarjama.align;

import java.util.List;

/**
 * The result of aligning two sentence lists: monotone beads covering every sentence of both sides
 * exactly once, in order, and warnings about the input (wildly different sizes, an empty side).
 */
public record Alignment(List<Bead> beads, List<String> warnings) {
    public Alignment {
        beads = List.copyOf(beads);
        warnings = List.copyOf(warnings);
    }

    /** Number of 1-0 and 0-1 beads. */
    public long unalignedCount() {
        return beads.stream().filter(Bead::isUnaligned).count();
    }
}
