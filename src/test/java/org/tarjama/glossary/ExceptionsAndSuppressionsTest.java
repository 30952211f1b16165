package org.tarjama.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarjama.cli.Main;

/**
 * Context exceptions of glossary entries ("Jordan Spieth" is not Jordan → الأردن) in every glossary
 * format, and suppression files of accepted findings for {@code check} and {@code names}, through the
 * real command line.
 */
class ExceptionsAndSuppressionsTest {
    @TempDir
    Path dir;
    StringWriter out;
    StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static final String MEMORY = "en\tar\n"
            + "Jordan Spieth won the Masters.\tفاز جوردان سبيث ببطولة الماسترز.\n"
            + "Jordan closed its border.\tأغلق الأردن حدوده.\n"
            + "Troops left Jordan.\tغادرت القوات البلاد.\n";

    private Path glossary(String format) throws Exception {
        return switch (format) {
            case "tsv" -> write("g.tsv", "en\tar\texceptions\nJordan\tالأردن\tJordan Spieth|Michael Jordan\n");
            case "csv" -> write("g.csv", "en,ar,exceptions\nJordan,الأردن,Jordan Spieth|Michael Jordan\n");
            case "json" -> write("g.json", "{\"entries\": [{\"en\": \"Jordan\", \"ar\": [\"الأردن\"],"
                    + " \"exceptions\": [\"Jordan Spieth\", \"Michael Jordan\"]}]}\n");
            case "tbx" -> write("g.tbx", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif type=\"TBX-Basic\">"
                    + "<text><body><termEntry id=\"e1\"><langSet xml:lang=\"en\">"
                    + "<note>exceptions: Jordan Spieth|Michael Jordan</note><tig><term>Jordan</term></tig></langSet>"
                    + "<langSet xml:lang=\"ar\"><tig><term>الأردن</term></tig></langSet></termEntry></body></text>"
                    + "</martif>\n");
            default -> throw new IllegalArgumentException(format);
        };
    }

    private List<String> errorUnits(String json) throws Exception {
        List<String> u = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(json).get("findings")) {
            if (f.get("severity").asText().equals("error")) {
                u.add(f.get("unit").asText() + ":" + f.get("term").asText());
            }
        }
        return u;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tsv", "csv", "json", "tbx"})
    void aTermInsideAnExceptionPhraseIsNotTheGlossaryName(String format) throws Exception {
        Path g = glossary(format);
        Path m = write("m.tsv", MEMORY);
        assertThat(run("check", "--glossary", g.toString(), "--format", "json", m.toString())).isEqualTo(1);
        // unit 1 (the golfer) is not checked; unit 3 (the country, dropped) still is
        assertThat(errorUnits(out.toString())).containsExactly("3:Jordan");
        assertThat(GlossaryLoader.load(g).entries().get(0).exceptions())
                .containsExactly("Jordan Spieth", "Michael Jordan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tsv", "json", "tbx"})
    void exceptionsSurviveAConversion(String format) throws Exception {
        Path g = glossary("tsv");
        Path o = dir.resolve("out." + format);
        assertThat(run("glossary", "convert", g.toString(), "--to", format, "-o", o.toString())).as(err.toString())
                .isZero();
        assertThat(GlossaryLoader.load(o).entries().get(0).exceptions())
                .containsExactly("Jordan Spieth", "Michael Jordan");
    }

    @Test
    void anExceptionThatCannotApplyIsRefusedWithItsLine() throws Exception {
        Path g = write("bad.tsv", "en\tar\texceptions\nGaza\tغزة\t\nJordan\tالأردن\tJordon Spieth\n");
        assertThat(run("check", "--glossary", g.toString(), write("m.tsv", MEMORY).toString())).isEqualTo(3);
        assertThat(err.toString()).contains("bad.tsv").contains("line 3").contains("Jordon Spieth");
    }

    @Test
    void namesDoesNotJudgeTheGolferAgainstTheCountry() throws Exception {
        Path g = glossary("tsv");
        Path m = write("m.tsv", MEMORY);
        run("names", "--glossary", g.toString(), "--format", "json", m.toString());
        JsonNode names = new ObjectMapper().readTree(out.toString()).get("names");
        for (JsonNode n : names) {
            if (n.get("en").asText().equals("Jordan")) {
                for (JsonNode r : n.get("renderings")) {
                    assertThat(r.get("units").toString()).doesNotContain("1");
                }
            }
        }
    }

    private static final String CHECK_MEMORY = "en\tar\n"
            + "Hamas fired.\tأطلقت الحركة.\n"
            + "A rocket hit Ashkelon.\tأصاب صاروخ عسقلان.\n"
            + "Hamas said so.\tقالت الحركة ذلك.\n";

    @Test
    void checkFindingsHaveStableIdsAndASuppressionFileSilencesThem() throws Exception {
        Path g = write("g.tsv", "en\tar\nHamas\tحماس\nAshkelon\tعسقلان\n");
        Path m = write("m.tsv", CHECK_MEMORY);
        // the same units in another order give the same ids
        Path reordered = write("r.tsv", "en\tar\n" + "Hamas said so.\tقالت الحركة ذلك.\n"
                + "A rocket hit Ashkelon.\tأصاب صاروخ عسقلان.\n" + "Hamas fired.\tأطلقت الحركة.\n");
        assertThat(run("check", "--glossary", g.toString(), "--format", "json", m.toString())).isEqualTo(1);
        List<String> ids = ids(out.toString());
        assertThat(ids).hasSize(2).doesNotHaveDuplicates().allMatch(i -> i.matches("[0-9a-f]{16}"));
        run("check", "--glossary", g.toString(), "--format", "json", reordered.toString());
        assertThat(ids(out.toString())).containsExactlyInAnyOrderElementsOf(ids);

        // accept the first unit's finding only
        Path sup = write("accepted.txt", "# accepted\n" + ids.get(0) + "\tGLOSSARY_TERM_MISSING\tHamas\n\n");
        assertThat(run("check", "--glossary", g.toString(), "--format", "json", "--suppress", sup.toString(),
                m.toString())).isEqualTo(1);
        assertThat(ids(out.toString())).containsExactly(ids.get(1));
        assertThat(err.toString()).contains("1 suppressed");

        // write every id, then suppress them all: clean
        Path all = dir.resolve("all.txt");
        assertThat(run("check", "--glossary", g.toString(), "--write-suppressions", all.toString(), m.toString()))
                .isEqualTo(1);
        assertThat(Files.readString(all, StandardCharsets.UTF_8)).contains(ids.get(0)).contains(ids.get(1));
        assertThat(run("check", "--glossary", g.toString(), "--suppress", all.toString(), m.toString())).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMalformedSuppressionFileIsBadInputWithItsLine() throws Exception {
        Path g = write("g.tsv", "en\tar\nHamas\tحماس\n");
        Path sup = write("s.txt", "# ok\n0123456789abcdef\nnot-an-id\n");
        assertThat(run("check", "--glossary", g.toString(), "--suppress", sup.toString(),
                write("m.tsv", CHECK_MEMORY).toString())).isEqualTo(3);
        assertThat(err.toString()).contains("s.txt").contains("line 3").contains("not-an-id");
    }

    @Test
    void namesFindingsCanBeSuppressedToo() throws Exception {
        Path g = write("g.tsv", "en\tar\nAshkelon\tعسقلان\n");
        Path m = write("n.tsv", "en\tar\n"
                + "A rocket hit Ashkelon.\tأصاب صاروخ عسقلان.\n" + "Sirens in Ashkelon.\tصفارات في أشكلون.\n"
                + "Ashkelon was hit again.\tأصيبت أشكلون مرة أخرى.\n");
        run("names", "--glossary", g.toString(), "--format", "json", m.toString());
        JsonNode waters = name(out.toString(), "Ashkelon");
        assertThat(waters).isNotNull();
        assertThat(waters.get("status").asText()).isEqualTo("inconsistent");
        String id = waters.get("id").asText();
        assertThat(id).matches("[0-9a-f]{16}");

        Path all = dir.resolve("names-accepted.txt");
        assertThat(run("names", "--glossary", g.toString(), "--write-suppressions", all.toString(), m.toString()))
                .isEqualTo(1);
        assertThat(Files.readString(all, StandardCharsets.UTF_8)).contains(id);
        assertThat(run("names", "--glossary", g.toString(), "--format", "json", "--suppress", all.toString(),
                m.toString())).isZero();
        assertThat(name(out.toString(), "Ashkelon")).isNull();
    }

    private static JsonNode name(String json, String en) throws Exception {
        for (JsonNode n : new ObjectMapper().readTree(json).get("names")) {
            if (n.get("en").asText().equals(en)) {
                return n;
            }
        }
        return null;
    }

    private static List<String> ids(String json) throws Exception {
        List<String> u = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(json).get("findings")) {
            u.add(f.get("id").asText());
        }
        return u;
    }
}
