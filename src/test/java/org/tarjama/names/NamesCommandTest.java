package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.Main;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryLoader;

/** {@code tarjama names} in-process, on the seed article (golden expectations from its README). */
class NamesCommandTest {
    @TempDir
    Path tmp;

    private static Path resource(String name) {
        try {
            return Path.of(NamesCommandTest.class.getResource("/org/tarjama/names/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Run(int code, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static JsonNode name(JsonNode root, String en) {
        for (JsonNode n : root.get("names")) {
            if (n.get("en").asText().equals(en)) {
                return n;
            }
        }
        throw new AssertionError(en + " not in " + root);
    }

    private static List<String> renderings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.get("renderings").forEach(r -> out.add(r.get("ar").asText()));
        return out;
    }

    @Test
    void seedMarksAbuZuhrisShortFormPartialAndFindsNoInconsistentName() throws IOException {
        // the seed article is consistently translated: Hamas beside Israel in many units is not rendered
        // إسرائيل (co-occurrence alone would say so; competitive linking gives the word to Israel)
        Run r = run("names", "--format", "json", resource("seed-pairs.tsv").toString());
        assertThat(r.code()).isEqualTo(0);
        JsonNode n = name(r.json(), "Abu Zuhri");
        assertThat(renderings(n)).containsExactly("زهري");
        assertThat(n.get("renderings").get(0).get("partial").asBoolean()).isTrue();
        assertThat(renderings(name(r.json(), "Sami Abu Zuhri"))).containsExactly("سامي أبو زهري");
        assertThat(renderings(name(r.json(), "Hamas"))).containsExactly("حماس");
    }

    @Test
    void seedReutersWithAndWithoutTheLamIsOneConsistentRendering() throws IOException {
        JsonNode n = name(run("names", "--format", "json", resource("seed-pairs.tsv").toString()).json(), "Reuters");
        assertThat(n.get("status").asText()).isEqualTo("consistent");
        assertThat(renderings(n)).containsExactly("رويترز");
        assertThat(n.get("renderings").get(0).get("count").asInt()).isEqualTo(3);
    }

    @Test
    void seedExonymsComeFromCldrAndIronDomeIsUnmatched() throws IOException {
        JsonNode root = run("names", "--format", "json", resource("seed-pairs.tsv").toString()).json();
        assertThat(renderings(name(root, "Jerusalem"))).containsExactly("القدس");
        assertThat(renderings(name(root, "Germany"))).containsExactly("ألمانيا");
        JsonNode n = name(root, "Iron Dome");
        assertThat(n.get("status").asText()).isEqualTo("unrendered");
        assertThat(n.get("renderings")).isEmpty();
        // found nowhere (translated: القبة الحديدية): listed as unmatched, not as dropped
        assertThat(n.has("unrendered")).isFalse();
        assertThat(n.get("unmatched").get("units").get(0).asInt()).isEqualTo(12);
    }

    @Test
    void seedWithAGlossaryApprovingAsqalanReportsAshkelonInconsistent() throws IOException {
        Run plain = run("names", "--format", "json", resource("seed-pairs.tsv").toString());
        assertThat(name(plain.json(), "Ashkelon").get("status").asText()).isEqualTo("consistent");
        Run r = run("names", "--format", "json", "--glossary", resource("glossary-ashkelon.tsv").toString(),
                resource("seed-pairs.tsv").toString());
        assertThat(r.code()).isEqualTo(1);
        JsonNode n = name(r.json(), "Ashkelon");
        assertThat(n.get("status").asText()).isEqualTo("inconsistent");
        assertThat(renderings(n)).containsExactly("أشكلون");
        assertThat(n.get("approved").get(0).asText()).isEqualTo("عسقلان");
    }

    @Test
    void seedWithAnUnhamzatedIsraelReportsSpelling() throws IOException {
        List<String> lines = Files.readAllLines(resource("seed-pairs.tsv"), StandardCharsets.UTF_8);
        // the translator writes اسرائيل once: an orthographic slip, not a different rendering
        lines.set(2, lines.get(2).replaceFirst("إسرائيل", "اسرائيل"));
        Path f = tmp.resolve("seed-variant.tsv");
        Files.write(f, lines, StandardCharsets.UTF_8);
        JsonNode n = name(run("names", "--format", "json", f.toString()).json(), "Israel");
        assertThat(n.get("status").asText()).isEqualTo("spelling");
        assertThat(renderings(n)).containsExactly("إسرائيل", "اسرائيل");
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        JsonNode root = run("names", "--format", "json", resource("seed-pairs.tsv").toString()).json();
        assertThat(root.fieldNames()).toIterable().containsExactly("names");
        for (JsonNode n : root.get("names")) {
            assertThat(n.get("en").isTextual()).isTrue();
            assertThat(n.get("status").asText()).isIn("consistent", "spelling", "inconsistent", "unrendered");
            for (JsonNode x : n.get("renderings")) {
                assertThat(x.fieldNames()).toIterable().containsExactly("ar", "count", "units", "partial");
                assertThat(x.get("count").isIntegralNumber()).isTrue();
                assertThat(x.get("units").isArray()).isTrue();
                x.get("units").forEach(u -> assertThat(u.isIntegralNumber()).isTrue());
            }
        }
    }

    @Test
    void exitsZeroWithoutInconsistentNames() throws IOException {
        Path f = tmp.resolve("ok.tsv");
        Files.writeString(f, "Rockets hit Haifa.\tأصابت صواريخ حيفا.\nSirens in Haifa.\tصفارات في حيفا.\n");
        Run r = run("names", f.toString());
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("CONSISTENT").contains("Haifa").contains("حيفا");
    }

    @Test
    void readsTmxAndNumbersUnitsAcrossInputs() throws IOException {
        Path tmx = tmp.resolve("m.tmx");
        Files.writeString(tmx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence"
                 o-tmf="t" adminlang="en" srclang="en-US" datatype="plaintext"/><body>
                <tu tuid="a"><tuv xml:lang="en-US"><seg>Kavanaugh spoke.</seg></tuv><tuv xml:lang="ar-SA"><seg>تحدث كافانو.</seg></tuv></tu>
                </body></tmx>
                """);
        Path tsv = tmp.resolve("m.tsv");
        Files.writeString(tsv, "Kavanaugh left.\tغادر كيفانو.\n");
        Run r = run("names", "--format", "json", tmx.toString(), tsv.toString());
        assertThat(r.code()).isEqualTo(1);
        JsonNode n = name(r.json(), "Kavanaugh");
        assertThat(n.get("status").asText()).isEqualTo("inconsistent");
        assertThat(n.get("renderings").get(0).get("units").get(0).asInt()).isEqualTo(1);
        assertThat(n.get("renderings").get(1).get("units").get(0).asInt()).isEqualTo(2);
    }

    @Test
    void exitsThreeOnAMissingOrMalformedInput() throws IOException {
        assertThat(run("names", tmp.resolve("missing.tsv").toString()).code()).isEqualTo(3);
        Path bad = tmp.resolve("bad.tsv");
        Files.writeString(bad, "only one column\n");
        Run r = run("names", bad.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("bad.tsv");
    }

    @Test
    void exitsTwoOnAnUnknownFormat() {
        assertThat(run("names", "--format", "xml", resource("seed-pairs.tsv").toString()).code()).isEqualTo(2);
    }

    @Test
    void textAndHtmlListInconsistentNamesFirstWithTheirUnits() throws IOException {
        String gl = resource("glossary-ashkelon.tsv").toString();
        Run t = run("names", "--glossary", gl, resource("seed-pairs.tsv").toString());
        assertThat(t.out().indexOf("INCONSISTENT")).isLessThan(t.out().indexOf("CONSISTENT   "));
        assertThat(t.out()).contains("أشكلون").contains("Ashkelon");
        Path html = tmp.resolve("names.html");
        Run h = run("names", "--glossary", gl, "--format", "html", "-o", html.toString(),
                resource("seed-pairs.tsv").toString());
        assertThat(h.code()).isEqualTo(1);
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("Abu Zuhri").contains("dir=\"rtl\"");
        assertThat(page.indexOf("class=\"inconsistent\"")).isLessThan(page.indexOf("class=\"consistent\""));
    }

    @Test
    void suggestedGlossaryHasTheMajorityRenderingAndLoadsBack() {
        Path out = tmp.resolve("suggested.tsv");
        Run r = run("names", "--format", "tsv", "-o", out.toString(), resource("seed-pairs.tsv").toString());
        assertThat(r.code()).isEqualTo(0);
        Glossary g = GlossaryLoader.load(out);
        assertThat(g.find("Reuters").orElseThrow().preferred()).isEqualTo("رويترز");
        assertThat(g.find("Sami Abu Zuhri").orElseThrow().preferred()).isEqualTo("سامي أبو زهري");
        assertThat(g.find("Jerusalem").orElseThrow().preferred()).isEqualTo("القدس");
        assertThat(g.find("Abu Zuhri")).isEmpty(); // only a partial rendering: nothing to approve
        assertThat(g.find("Iron Dome")).isEmpty();
        Path tbx = tmp.resolve("suggested.tbx");
        assertThat(run("names", "--format", "tbx", "-o", tbx.toString(), resource("seed-pairs.tsv").toString()).code())
                .isEqualTo(0);
        assertThat(GlossaryLoader.load(tbx).find("Haifa").orElseThrow().preferred()).isEqualTo("حيفا");
    }

    @Test
    void suggestedGlossaryKeepsTheApprovedFormOfTheGivenGlossary() {
        // the memory writes أشكلون (its only rendering); the house glossary approves عسقلان
        Path out = tmp.resolve("suggested.tsv");
        Run r = run("names", "--format", "tsv", "--glossary", resource("glossary-ashkelon.tsv").toString(),
                "-o", out.toString(), resource("seed-pairs.tsv").toString());
        assertThat(r.code()).isEqualTo(1);
        Glossary g = GlossaryLoader.load(out);
        assertThat(g.find("Ashkelon").orElseThrow().preferred()).isEqualTo("عسقلان");
        assertThat(g.find("Ashkelon").orElseThrow().forbidden()).containsExactly("أشكلون");
        assertThat(g.find("Reuters").orElseThrow().preferred()).isEqualTo("رويترز");
    }

    @Test
    void aDirectoryGivenAsInputOrGlossaryIsNamedAsSuch() {
        Run r = run("names", tmp.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("is a directory").doesNotContain("no such file");
        r = run("names", "--glossary", tmp.toString(), resource("seed-pairs.tsv").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("is a directory");
        r = run("tm", "import", "--tm", tmp.resolve("tm").toString(), tmp.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("is a directory");
    }

    @Test
    void namesDifferingOnlyInCaseShareOneSuggestedEntrySoTheGlossaryLoadsBack() throws IOException {
        Path tsv = Files.writeString(tmp.resolve("case.tsv"), "Kevin MacDonald spoke.\tتحدث كيفن ماكدونالد.\n"
                + "Kevin Macdonald left.\tغادر كيفن ماكدونالد.\n", StandardCharsets.UTF_8);
        for (String format : List.of("tsv", "tbx")) {
            Path out = tmp.resolve("suggested." + format);
            assertThat(run("names", "--format", format, "-o", out.toString(), tsv.toString()).code()).isEqualTo(0);
            Glossary g = GlossaryLoader.load(out);
            assertThat(g.find("Kevin MacDonald").orElseThrow().preferred()).isEqualTo("كيفن ماكدونالد");
            assertThat(g.find("Kevin MacDonald").orElseThrow().note()).contains("written Kevin Macdonald");
        }
    }
}
