package org.tarjama.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LengthModelTest {
    @Test
    void estimatesTheRatioFromTheDocumentTotals() {
        LengthModel lm = LengthModel.fromTotals(20000, 23000);
        assertThat(lm.ratio()).isCloseTo(1.15, within(0.01));
        // a tiny document is pulled toward the typical ratio
        assertThat(LengthModel.fromTotals(100, 40).ratio()).isBetween(0.4, 0.85);
    }

    @Test
    void costIsZeroAtTheExpectedRatioAndGrowsWithTheDifference() {
        LengthModel lm = new LengthModel(1.2, 2.0);
        assertThat(lm.cost(100, 120)).isCloseTo(0, within(1e-9));
        double small = lm.cost(100, 130);
        double large = lm.cost(100, 200);
        assertThat(small).isPositive();
        assertThat(large).isGreaterThan(small);
        // symmetric in the sign of the difference
        assertThat(lm.cost(100, 110)).isCloseTo(lm.cost(100, 130), within(0.2));
    }

    @Test
    void relativeDifferencesCostLessOnLongerSentences() {
        LengthModel lm = new LengthModel(1.0, 2.0);
        // 20% off on a short sentence is more plausible than 20% off on a long one
        assertThat(lm.cost(20, 24)).isLessThan(lm.cost(200, 240));
    }

    @Test
    void refitLearnsRatioAndVarianceFromPairs() {
        int[] en = new int[40];
        int[] ar = new int[40];
        for (int k = 0; k < 40; k++) {
            en[k] = 50 + 3 * k;
            ar[k] = (int) Math.round(en[k] * 0.8) + (k % 2 == 0 ? 3 : -3);
        }
        LengthModel lm = new LengthModel(1.5, 10).refit(en, ar, 40);
        // shrunk a little toward the previous estimate, but most of the way to the data's 0.8
        assertThat(lm.ratio()).isBetween(0.8, 0.95);
        assertThat(lm.variance()).isLessThan(10);
    }

    @Test
    void gaussianCostIsGaleAndChurchsTwoTailedCost() {
        LengthModel lm = new LengthModel(1.0, 1.0);
        // δ = 0 → P(|Δ| ≥ 0) = 1 → cost 0
        assertThat(lm.gaussianCost(100, 100)).isCloseTo(0, within(1e-6));
        // δ ≈ 1.96 → two-tailed p = 0.05
        int ar = 100 + (int) Math.round(1.96 * Math.sqrt(100));
        assertThat(lm.gaussianCost(100, ar)).isCloseTo(-Math.log(0.05), within(0.15));
    }
}
