package org.tarjama.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.tarjama.segment.Sentence;
import org.junit.jupiter.api.Test;

class BoundaryEvaluationTest {
    private static final String P = "One. Two. Three.";

    @Test
    void countsTruePositivesFalsePositivesAndMisses() {
        List<Sentence> predicted = List.of(new Sentence("One. Two.", 0, 9), new Sentence("Three.", 10, 16));
        BoundaryEvaluation e = BoundaryEvaluation.of(P, List.of("One.", "Two.", "Three."), predicted);
        assertThat(e.truePositives()).isEqualTo(1);
        assertThat(e.falsePositives()).isZero();
        assertThat(e.falseNegatives()).isEqualTo(1);
        assertThat(e.precision()).isEqualTo(1.0);
        assertThat(e.recall()).isEqualTo(0.5);
    }

    @Test
    void boundariesInsideAKnownJoinedGoldLineAreIgnoredNotFalse() {
        List<Sentence> predicted = List.of(new Sentence("One.", 0, 4), new Sentence("Two.", 5, 9),
                new Sentence("Three.", 10, 16));
        BoundaryEvaluation e = BoundaryEvaluation.of(P, List.of("One. Two.", "Three."), Set.of(0), predicted);
        assertThat(e.truePositives()).isEqualTo(1);
        assertThat(e.falsePositives()).isZero();
        assertThat(e.ignored()).isEqualTo(1);
    }
}
