package org.tarjama.align;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** BeadDp's bit trick gives what the JDK gives. */
class BeadDpTest {

    @Test
    void lowestBitOfEverySingleBit() {
        for (int b = 0; b < 64; b++) {
            assertThat(BeadDp.lowestBit(1L << b)).as("bit %d", b).isEqualTo(b);
        }
    }

    @Property(tries = 5000)
    void lowestBitIsNumberOfTrailingZeros(@ForAll long mask) {
        if (mask != 0) {
            assertThat(BeadDp.lowestBit(mask)).isEqualTo(Long.numberOfTrailingZeros(mask));
        }
    }
}
