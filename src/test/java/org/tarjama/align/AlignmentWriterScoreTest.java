package org.tarjama.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The score column's fast formatting writes exactly what {@code String.format("%.2f")} wrote. */
class AlignmentWriterScoreTest {

    @Property(tries = 5000)
    void anyScoreFormatsAsFormatterDoes(@ForAll("scores") double x) {
        assertThat(AlignmentWriter.twoDecimals(x)).isEqualTo(String.format(Locale.ROOT, "%.2f", x));
    }

    @Provide
    Arbitrary<Double> scores() {
        // posteriors in [0, 1], halfway cases (k/1000 with k odd: 0.005, 0.125, 1.005 ...) and a few wide values
        Arbitrary<Double> halfway = Arbitraries.integers().between(0, 2000).map(k -> k / 1000.0);
        Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1);
        Arbitrary<Double> wide = Arbitraries.doubles().between(-1e6, 1e6);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, unit), net.jqwik.api.Tuple.of(4, halfway), net.jqwik.api.Tuple.of(1, wide));
    }

    @Test
    void edgeValues() {
        for (double x : new double[] {0.0, -0.0, 1.0, 0.005, 0.015, 0.995, 0.9949999999999999, 1e-12, 0.125, 0.375,
                Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 0.3 * 3}) {
            assertThat(AlignmentWriter.twoDecimals(x)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%.2f", x));
        }
    }
}
