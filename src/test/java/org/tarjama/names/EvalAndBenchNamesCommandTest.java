package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.Main;

class EvalAndBenchNamesCommandTest {
    @TempDir
    Path tmp;

    private static final String PAIRS = """
            haifa\tحيفا\tname
            reuters\tرويترز\tname
            allen\tألين\tperson
            netanyahu\tنتنياهو\tperson
            ashkelon\tأشكلون\tname
            hamas\tحماس\tname
            obama\tأوباما\tperson
            kerry\tكيري\tperson
            abbas\tعباس\tperson
            afghanistan\tأفغانستان\tname
            """;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void evalPrintsPrecisionRecallAndF1AsJson() throws Exception {
        Path f = tmp.resolve("pairs.tsv");
        Files.writeString(f, PAIRS);
        String[] r = run("eval", "names", "--format", "json", "--rank-sample", "20", f.toString());
        assertThat(r[0]).isEqualTo("0");
        JsonNode res = new ObjectMapper().readTree(r[1]).get("pairs.tsv");
        assertThat(res.get("pairs").asInt()).isEqualTo(10);
        JsonNode at = res.get("atThreshold");
        assertThat(at.get("recall").asDouble()).isEqualTo(1.0);
        assertThat(at.get("precision").asDouble()).isGreaterThan(0.8);
        assertThat(res.get("rankAccuracy").asDouble()).isGreaterThan(0.8);
    }

    @Test
    void evalTextSaysHowNegativesAreBuilt() throws Exception {
        Path f = tmp.resolve("pairs.tsv");
        Files.writeString(f, PAIRS);
        String[] r = run("eval", "names", "--rank-sample", "5", f.toString());
        assertThat(r[1]).contains("negatives:").contains("F1").contains("pairs.tsv");
    }

    @Test
    void benchRunsOnGivenData() throws Exception {
        Path names = Files.createDirectories(tmp.resolve("names"));
        Files.writeString(names.resolve("pairs.tsv"), PAIRS);
        Path seed = Path.of(getClass().getResource("/org/tarjama/seed/seed.gold").toURI()).getParent();
        String[] r = run("bench", "names", "--units", "300", "--seed-dir", seed.toString(), "--names-dir",
                names.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("300 units").contains("units/s").contains("heap");
    }

    @Test
    void benchRecombinesTheUnitsOfAGivenCorpus() throws Exception {
        Path names = Files.createDirectories(tmp.resolve("names"));
        Files.writeString(names.resolve("pairs.tsv"), PAIRS);
        // the seed article is an aligned corpus too (seed.en, seed.ar, seed.gold)
        Path corpus = Path.of(getClass().getResource("/org/tarjama/seed/seed.gold").toURI()).getParent();
        String[] r = run("bench", "names", "--units", "300", "--corpus", corpus.toString(), "--names-dir",
                names.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("300 units").contains("units/s").contains("heap")
                .contains("units recombined from the aligned sentence pairs of " + corpus);
        String[] missing = run("bench", "names", "--units", "10", "--corpus", tmp.resolve("none").toString(),
                "--names-dir", names.toString());
        assertThat(missing[0]).isNotEqualTo("0");
        assertThat(missing[2]).contains("no such directory");
    }

    @Test
    void evalNamesRealListsTheMissesWithVerbose() throws Exception {
        // three units: Haifa rendered in two, dropped in the third (gold "-"); Netanyahu once
        Path d = Files.createDirectories(tmp.resolve("nr"));
        Files.writeString(d.resolve("memory.tsv"), """
                Rockets fell on Haifa on Monday.\tسقطت صواريخ على حيفا يوم الاثنين.
                Haifa is a port.\tحيفا ميناء.
                The city of Haifa was quiet, Netanyahu said.\tقال نتنياهو إن المدينة كانت هادئة.
                """);
        Files.writeString(d.resolve("occurrences.tsv"), """
                uid\ten_name\tar_rendering\tkind\tnote
                u1\tHaifa\tحيفا\ttranslit\t
                u2\tHaifa\tحيفا\ttranslit\t
                u3\tHaifa\t-\tunrendered\t
                u3\tNetanyahu\tنتنياهو\ttranslit\t
                """);
        Files.writeString(d.resolve("names.tsv"), """
                en_name\tstatus\trenderings\tunits
                Haifa\tsometimes-unrendered\tحيفا|-\tu1,u2,u3
                Netanyahu\tsingle\tنتنياهو\tu3
                """);
        String[] quiet = run("eval", "names-real", d.toString());
        assertThat(quiet[0]).isEqualTo("0");
        assertThat(quiet[1].lines()).hasSize(4);
        assertThat(quiet[1]).startsWith("names inconsistent P=");
        String[] r = run("eval", "names-real", "--verbose", d.toString());
        assertThat(r[1]).startsWith(quiet[1]);
        // every line after the four figures is one miss, tagged by its kind
        assertThat(r[1].lines().skip(4)).allMatch(l -> l.matches(
                "(inconsistent|unrendered|check)-(fp|fn)\t.*|glossary-wrong\t.*"));
        boolean found = quiet[1].contains("names unrendered P=1.00 R=1.00");
        assertThat(r[1].contains("unrendered-fn\thaifa\t3")).isEqualTo(!found);
    }
}
