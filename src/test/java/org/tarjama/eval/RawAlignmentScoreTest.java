package org.tarjama.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.align.AlignerConfig;
import org.tarjama.align.Bead;
import org.tarjama.align.ParallelText;
import org.tarjama.model.BadInputException;

/** Whole-path (segmentation + alignment) scoring of raw documents against sentence-level gold. */
class RawAlignmentScoreTest {
    @TempDir
    Path dir;

    private void copy(String resource, String name) throws IOException {
        try (InputStream in = RawAlignmentScoreTest.class.getResourceAsStream(resource)) {
            Files.copy(in, dir.resolve(name));
        }
    }

    private void write(String name, String... lines) throws IOException {
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** Gold: "A1. A2." is one English unit translated by two Arabic sentences; B is 1-1; C has no Arabic. */
    private void tinyGold() throws IOException {
        write("d.en", "The minister arrived on Monday. He met the president.", "Talks lasted three hours.",
                "Nobody translated this.");
        write("d.ar", "وصل الوزير يوم الاثنين.", "والتقى الرئيس.", "واستمرت المحادثات ثلاث ساعات.");
        write("d.gold", "[0]:[0, 1]", "[1]:[2]", "[2]:[]");
        write("d.raw.en", "The minister arrived on Monday. He met the president. Talks lasted three hours. Nobody translated this.");
        write("d.raw.ar", "وصل الوزير يوم الاثنين. والتقى الرئيس. واستمرت المحادثات ثلاث ساعات.");
    }

    private RawAlignmentScore score(Bead... beads) {
        ParallelText text = ParallelText.read(dir.resolve("d.raw.en"), dir.resolve("d.raw.ar"), false, null);
        assertThat(text.enTexts()).hasSize(4);
        assertThat(text.arTexts()).hasSize(3);
        return RawAlignmentScore.of(dir, "d", text, List.of(beads));
    }

    @Test
    void pairsAreJudgedByTheGoldTextTheyCover() throws IOException {
        tinyGold();
        // raw sentences: en 0 "The minister…", 1 "He met…", 2 "Talks…", 3 "Nobody…"; ar 0, 1, 2
        RawAlignmentScore fine = score(new Bead(0, 1, 0, 1, 0.95), new Bead(1, 1, 1, 1, 0.95),
                new Bead(2, 1, 2, 1, 0.5), new Bead(3, 1, 3, 0, 1));
        assertThat(fine.pairs()).isEqualTo(3);
        assertThat(fine.exact()).isEqualTo(1 / 3.0);
        assertThat(fine.consistent()).isEqualTo(1 / 3.0);
        // the two 1-1 pairs inside the gold's [0]:[0, 1] are finer than the gold, which cannot judge them
        assertThat(fine.finer()).isEqualTo(2 / 3.0);
        assertThat(fine.highPairs()).isEqualTo(2);
        assertThat(fine.highConsistent()).isZero();
        assertThat(fine.consistentHigh()).isZero();
        // …but each is one Arabic line of the unit: the pieces a synthetic 1-2 join was made of
        assertThat(fine.alongLines()).isEqualTo(2 / 3.0);
        assertThat(fine.lineConsistent()).isEqualTo(1.0);
        assertThat(fine.highLineConsistent()).isEqualTo(1.0);

        // half of the English unit against both Arabic lines is finer but not along the lines
        RawAlignmentScore half = score(new Bead(0, 1, 0, 2, 0.95), new Bead(1, 1, 2, 0, 1), new Bead(2, 1, 2, 1, 0.95),
                new Bead(3, 1, 3, 0, 1));
        assertThat(half.finer()).isEqualTo(0.5);
        assertThat(half.alongLines()).isZero();
        assertThat(half.lineConsistent()).isEqualTo(0.5);

        RawAlignmentScore coarse = score(new Bead(0, 3, 0, 3, 0.92), new Bead(3, 1, 3, 0, 1));
        assertThat(coarse.consistent()).isEqualTo(1.0);
        assertThat(coarse.exact()).isZero();
        assertThat(coarse.goldCoverage()).isEqualTo(1.0);
        assertThat(coarse.highConsistent()).isEqualTo(1.0);

        // a pair that carries the untranslated sentence is not consistent: a run never includes a 1-0 unit
        RawAlignmentScore withDeletion = score(new Bead(0, 2, 0, 2, 0.99), new Bead(2, 2, 2, 1, 0.99));
        assertThat(withDeletion.exact()).isEqualTo(0.5);
        assertThat(withDeletion.consistent()).isEqualTo(0.5);
        assertThat(withDeletion.finer()).isZero();
    }

    @Test
    void rawTextThatIsNotTheGoldTextIsRefusedWithItsLine() throws IOException {
        tinyGold();
        write("d.raw.ar", "وصل الوزير يوم الثلاثاء. والتقى الرئيس. واستمرت المحادثات ثلاث ساعات.");
        assertThatThrownBy(() -> RawAlignmentScore.of(dir, "d", AlignerConfig.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("d.raw.ar").hasMessageContaining("line 1").hasMessageContaining("d.ar");
    }

    @Test
    void aRealNewsDocumentScoresAsTheCorpusDoes() throws IOException {
        for (String ext : List.of("en", "ar", "gold", "raw.en", "raw.ar")) {
            copy("/org/tarjama/align/ntrex-000." + ext, "ntrex-000." + ext);
        }
        RawAlignmentScore s = RawAlignmentScore.of(dir, "ntrex-000", AlignerConfig.standard());
        assertThat(s.pairs()).isGreaterThan(30);
        // what the gold can judge is almost always right; the rest is finer than synthetic joins
        assertThat(s.consistent() + s.finer()).isGreaterThanOrEqualTo(0.9);
        assertThat(s.consistentHigh()).isGreaterThanOrEqualTo(0.8);
        // the finer pairs are the units the synthetic joins were made of
        assertThat(s.lineConsistent()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.highLineConsistent()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theSeedArticleIsAlignedExactlyFromItsRawText() throws IOException {
        for (String ext : List.of("en", "ar", "gold", "raw.en", "raw.ar")) {
            copy("/org/tarjama/seed/seed." + ext, "seed." + ext);
        }
        RawAlignmentScore s = RawAlignmentScore.of(dir, "seed", AlignerConfig.standard());
        assertThat(s.pairs()).isEqualTo(21);
        assertThat(s.exact()).isEqualTo(1.0);
        assertThat(s.highConsistent()).isEqualTo(1.0);
        assertThat(s.consistentHigh()).isGreaterThanOrEqualTo(0.95);
    }
}
