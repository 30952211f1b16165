package org.tarjama.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tarjama.io.TextFiles;

/**
 * The targets on the whole development sets in {@code ../shared/corpora} (run with
 * {@code mvn verify -Pslow}; skipped when the corpora are not next to the clone).
 */
@Tag("slow")
class CorpusAlignmentSlowTest {
    private static final Path CORPORA = Path.of("..", "shared", "corpora");
    private static final SentenceAligner ALIGNER =
            new SentenceAligner(AlignerConfig.defaults().withNames(new TransliterationNames()));

    private static AlignmentScore score(String set) throws IOException {
        Path dir = CORPORA.resolve(set);
        assumeTrue(Files.isDirectory(dir), "no " + dir);
        AlignmentScore total = new AlignmentScore();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path gold : s.filter(p -> p.toString().endsWith(".gold")).sorted().toList()) {
                String base = gold.toString().replaceFirst("\\.gold$", "");
                List<String> en = ParallelText.lines(TextFiles.readString(Path.of(base + ".en"), null));
                List<String> ar = ParallelText.lines(TextFiles.readString(Path.of(base + ".ar"), null));
                total.add(ALIGNER.align(en, ar).beads(),
                        BeadFormat.parseAll(ParallelText.lines(TextFiles.readString(gold, null))));
            }
        }
        return total;
    }

    @Test
    void ntrexDevReachesStrictF1Of095() throws IOException {
        assertThat(score("ntrex_dev").f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void bibleJohnDevReachesStrictF1Of092() throws IOException {
        assertThat(score("bible_john_dev").f1()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void seedNewsReachesStrictF1Of090() throws IOException {
        assertThat(score("seed-news").f1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void mostDeletionsAndThreeToOneBeadsAreRecovered() throws IOException {
        AlignmentScore all = score("ntrex_dev");
        all.add(score("bible_john_dev"));
        long[] del = {0, 0};
        for (String t : List.of("1-0", "0-1")) {
            del[0] += all.perType().get(t)[0];
            del[1] += all.perType().get(t)[1];
        }
        assertThat((double) del[0] / del[1]).isGreaterThan(0.5);
        long[] threeOne = all.perType().get("3-1");
        long[] oneThree = all.perType().get("1-3");
        assertThat((double) (threeOne[0] + oneThree[0]) / (threeOne[1] + oneThree[1])).isGreaterThan(0.8);
    }
}
