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
    void goldForKnownDocumentsMustCoverEverySentenceOnceInOrder() {
        assertThat(BeadFormat.parseAll(List.of("[0]:[0]", "", "[1, 2]:[1]", "[3]:[]"), 4, 2)).hasSize(3);
        assertThatThrownBy(() -> BeadFormat.parseAll(List.of("[0]:[0]", "[1]:[1]", "[500]:[600]"), 2, 2))
                .isInstanceOf(BeadFormat.Malformed.class).hasMessageContaining("should start at English sentence 2")
                .extracting(e -> ((BeadFormat.Malformed) e).line()).isEqualTo(3);
        assertThatThrownBy(() -> BeadFormat.parseAll(List.of("[0]:[0]", "[1]:[1, 2]"), 2, 2))
                .hasMessageContaining("past the end");
        assertThatThrownBy(() -> BeadFormat.parseAll(List.of("[0]:[0]"), 3, 1))
                .hasMessage("the beads cover 1 of 3 English and 1 of 1 Arabic sentences");
        assertThatThrownBy(() -> BeadFormat.parseAll(List.of("[1]:[1]", "[0]:[0]"), 2, 2))
                .extracting(e -> ((BeadFormat.Malformed) e).line()).isEqualTo(1);
        assertThatThrownBy(() -> BeadFormat.parseAll(List.of("[0]:[0]", "[1,,2]:[1]")))
                .isInstanceOf(BeadFormat.Malformed.class).hasMessage("not a sentence index: '' in [1,,2]")
                .extracting(e -> ((BeadFormat.Malformed) e).line()).isEqualTo(2);
    }

    @Test
    void evalAlignNamesTheGoldFileAndLineOfABadBead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("d.en"), "One.\nTwo.\n");
        java.nio.file.Files.writeString(dir.resolve("d.ar"), "واحد.\nاثنان.\n");
        java.nio.file.Files.writeString(dir.resolve("d.gold"), "[0]:[0]\n[1]:[1]\n[500]:[600]\n");
        org.tarjama.cli.CliRunner.Result r = org.tarjama.cli.CliRunner.run("eval", "align", dir.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("tarjama: " + dir.resolve("d.gold") + ", line 3: bead [500]:[600]");
        java.nio.file.Files.writeString(dir.resolve("d.gold"), "[0]:[0]\n[1]:[1]\n");
        assertThat(org.tarjama.cli.CliRunner.run("eval", "align", dir.toString()).out()).contains("1.000  1.000  1.000");
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

    @Test
    void theHighScoreIsMeasuredAgainstTheGold() {
        List<Bead> gold = BeadFormat.parseAll(List.of("[0]:[0]", "[1, 2]:[1]", "[3]:[2]"));
        // right and sure, wrong and sure, right but unsure
        List<Bead> pred = List.of(new Bead(0, 1, 0, 1, 0.97), new Bead(1, 1, 1, 1, 0.95), new Bead(2, 1, 1, 0, 0.9),
                new Bead(3, 1, 2, 1, 0.6));
        AlignmentScore s = new AlignmentScore();
        s.add(pred, gold);
        assertThat(s.highPrecision()).isEqualTo(0.5);
        assertThat(s.highAmongRight()).isEqualTo(0.5);
    }
}
