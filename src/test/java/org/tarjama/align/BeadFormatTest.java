package org.tarjama.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BeadFormatTest {
    @Test
    void parsesAndPrintsTheGoldNotation() {
        List<Bead> beads = BeadFormat.parseAll(List.of("[0]:[0]", "[1, 2]:[1]", "[3]:[]", "[]:[2]", "[4]:[3, 4, 5]"));
        assertThat(beads).extracting(Bead::toBeadString)
                .containsExactly("[0]:[0]", "[1, 2]:[1]", "[3]:[]", "[]:[2]", "[4]:[3, 4, 5]");
        assertThat(beads).extracting(Bead::type).containsExactly("1-1", "2-1", "1-0", "0-1", "1-3");
        // an empty side gets the position where it sits
        assertThat(beads.get(2).arStart()).isEqualTo(2);
        assertThat(beads.get(3).enStart()).isEqualTo(4);
    }

    @Test
    void rejectsNonConsecutiveIndices() {
        assertThatThrownBy(() -> BeadFormat.parseAll(List.of("[1, 3]:[1]"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void strictScoreExcludesDeletionsAndLaxCountsOverlaps() {
        List<Bead> gold = BeadFormat.parseAll(List.of("[0]:[0]", "[1, 2]:[1]", "[3]:[]"));
        List<Bead> pred = BeadFormat.parseAll(List.of("[0]:[0]", "[1]:[1]", "[2, 3]:[]"));
        AlignmentScore s = new AlignmentScore();
        s.add(pred, gold);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.laxF1()).isEqualTo(1.0);
        assertThat(s.perType().get("1-0")).containsExactly(0, 1);
    }
}
