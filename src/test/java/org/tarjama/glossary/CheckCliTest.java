package org.tarjama.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.Main;

/** {@code tarjama check} and {@code tarjama glossary convert} in-process: exit codes and output shapes. */
class CheckCliTest {
    @TempDir
    Path dir;
    Path glossary;
    Path good;
    Path bad;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void files() throws Exception {
        glossary = dir.resolve("names.tsv");
        Files.writeString(glossary, "en\tar\tforbidden\nIron Dome\tالقبة الحديدية\t\nAshkelon\tعسقلان\tأشكلون\n"
                + "Hamas\tحماس\t\n", StandardCharsets.UTF_8);
        good = dir.resolve("good.tsv");
        Files.writeString(good, "en\tar\nHamas fired.\tأطلقت حماس.\n", StandardCharsets.UTF_8);
        bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "en\tar\nHamas fired.\tأطلقت حماس.\nA rocket hit Ashkelon.\tأصاب صاروخ أشكلون.\n"
                + "The Iron Dome <stopped> it.\tأسقطته القبة.\nRockets fell.\tسقطت صواريخ حماس.\n",
                StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void exitsZeroWhenClean() {
        assertThat(run("check", "--glossary", glossary.toString(), good.toString())).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exitsOneOnErrorsAndHonoursFailOn() {
        assertThat(run("check", "--glossary", glossary.toString(), bad.toString())).isEqualTo(1);
        assertThat(run("check", "--glossary", glossary.toString(), bad.toString(), "--fail-on", "never")).isZero();
        Path warnOnly = dir.resolve("warn.tsv");
        try {
            Files.writeString(warnOnly, "en\tar\nRockets fell.\tسقطت صواريخ حماس.\n", StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(run("check", "--glossary", glossary.toString(), warnOnly.toString())).isZero();
        assertThat(run("check", "--glossary", glossary.toString(), warnOnly.toString(), "--fail-on", "warning"))
                .isEqualTo(1);
    }

    @Test
    void exitsThreeOnBadInputNamingTheFile() throws Exception {
        Path broken = dir.resolve("broken.tsv");
        Files.writeString(broken, "en\tar\nIron Dome\n", StandardCharsets.UTF_8);
        assertThat(run("check", "--glossary", broken.toString(), good.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("broken.tsv").contains("line 2");
        assertThat(run("check", "--glossary", glossary.toString(), dir.resolve("missing.tmx").toString())).isEqualTo(3);
    }

    @Test
    void refusesToWriteTheReportOverTheMemoryOrTheGlossary() throws Exception {
        String memory = Files.readString(bad);
        String names = Files.readString(glossary);
        assertThat(run("check", "--glossary", glossary.toString(), bad.toString(), "-o", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("-o " + bad + " is the input memory");
        assertThat(run("check", "--glossary", glossary.toString(), bad.toString(), "-o", glossary.toString())).isEqualTo(2);
        assertThat(run("glossary", "convert", "--to", "tbx", "-o", glossary.toString(), glossary.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is the glossary being converted");
        assertThat(Files.readString(bad)).isEqualTo(memory);
        assertThat(Files.readString(glossary)).isEqualTo(names);
        // a TSV memory converted to TMX over itself is refused too; TMX to TMX in place is a rewrite
        assertThat(run("tmx", "convert", "--to", "tmx", "-o", bad.toString(), bad.toString())).isEqualTo(2);
        assertThat(Files.readString(bad)).isEqualTo(memory);
        Path tmx = dir.resolve("m.tmx");
        assertThat(run("tmx", "convert", "--to", "tmx", "-o", tmx.toString(), bad.toString())).isZero();
        assertThat(run("tmx", "convert", "--to", "tsv", "-o", tmx.toString(), tmx.toString())).isEqualTo(2);
        assertThat(run("tmx", "convert", "--to", "tmx", "-o", tmx.toString(), tmx.toString())).isZero();
        assertThat(Files.readString(tmx)).contains("<seg>أصاب صاروخ أشكلون.</seg>");
    }

    @Test
    void aGlossaryWithoutEntriesIsBadInputNotACleanPass() throws Exception {
        Path headerOnly = dir.resolve("header-only.tsv");
        Files.writeString(headerOnly, "en\tar\n", StandardCharsets.UTF_8);
        assertThat(run("check", "--glossary", headerOnly.toString(), bad.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("header-only.tsv: the glossary has no entries");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exitsTwoOnABadOption() {
        assertThat(run("check", "--glossary", glossary.toString(), good.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(run("check", "--glossary", glossary.toString(), good.toString(), "--fail-on", "sometimes")).isEqualTo(2);
    }

    @Test
    void writesTheJsonShapeOfTheIssue() throws Exception {
        assertThat(run("check", "--glossary", glossary.toString(), bad.toString(), "--format", "json")).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode fs = root.get("findings");
        assertThat(fs).hasSize(3);
        JsonNode forbidden = fs.get(0);
        assertThat(forbidden.get("unit").asInt()).isEqualTo(2);
        assertThat(forbidden.get("tuid").asText()).isEqualTo("2");
        assertThat(forbidden.get("code").asText()).isEqualTo("GLOSSARY_FORBIDDEN_VARIANT");
        assertThat(forbidden.get("severity").asText()).isEqualTo("error");
        assertThat(forbidden.get("term").asText()).isEqualTo("Ashkelon");
        assertThat(forbidden.get("found").asText()).isEqualTo("أشكلون");
        assertThat(forbidden.get("span")).hasSize(2);
        String ar = "أصاب صاروخ أشكلون.";
        assertThat(ar.substring(forbidden.get("span").get(0).asInt(), forbidden.get("span").get(1).asInt()))
                .isEqualTo("أشكلون");
        assertThat(forbidden.get("message").asText()).isNotBlank();
        assertThat(fs.get(1).get("code").asText()).isEqualTo("GLOSSARY_TERM_MISSING");
        assertThat(fs.get(1).get("term").asText()).isEqualTo("Iron Dome");
        assertThat(fs.get(2).get("code").asText()).isEqualTo("GLOSSARY_TARGET_ONLY");
        JsonNode summary = root.get("summary");
        assertThat(summary.get("units").asInt()).isEqualTo(4);
        assertThat(summary.get("errors").asInt()).isEqualTo(2);
        assertThat(summary.get("warnings").asInt()).isEqualTo(1);
    }

    @Test
    void carriesTheTuidOfTmxUnits() throws Exception {
        Path tmx = dir.resolve("m.tmx");
        Files.writeString(tmx, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>"
                + "<body><tu tuid=\"a-17\"><tuv xml:lang=\"en\"><seg>Ashkelon</seg></tuv><tuv xml:lang=\"ar\"><seg>أشكلون</seg></tuv></tu>"
                + "</body></tmx>", StandardCharsets.UTF_8);
        assertThat(run("check", "--glossary", glossary.toString(), tmx.toString(), "--format", "json")).isEqualTo(1);
        JsonNode f = new ObjectMapper().readTree(out.toString()).get("findings").get(0);
        assertThat(f.get("unit").asInt()).isEqualTo(1);
        assertThat(f.get("tuid").asText()).isEqualTo("a-17");
    }

    @Test
    void writesOneTextLinePerFindingWithTheSpanMarked() {
        run("check", "--glossary", glossary.toString(), bad.toString());
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("unit 2: error GLOSSARY_FORBIDDEN_VARIANT").contains("[[Ashkelon]]")
                .contains("[[أشكلون]]");
    }

    @Test
    void writesAnEscapedRightToLeftHtmlPage() throws Exception {
        Path html = dir.resolve("r.html");
        assertThat(run("check", "--glossary", glossary.toString(), bad.toString(), "--format", "html", "-o",
                html.toString())).isEqualTo(1);
        String page = Files.readString(html);
        assertThat(page).contains("dir=\"rtl\"").contains("lang=\"ar\"").contains("&lt;stopped&gt;")
                .doesNotContain("<stopped>").contains("<mark>أشكلون</mark>");
    }

    @Test
    void aLargeHtmlReportIsSplitIntoLinkedFilesWithAnIndex() throws Exception {
        Path html = dir.resolve("review.html");
        assertThat(run("check", "--glossary", glossary.toString(), bad.toString(), "--format", "html",
                "--rows-per-file", "1", "-o", html.toString())).isEqualTo(1);
        // three findings, one per file, and the index under the report's own name
        for (int k = 1; k <= 3; k++) {
            String part = Files.readString(dir.resolve("review-" + k + ".html"));
            assertThat(part.split("<tr class=", -1)).hasSize(2);
            assertThat(part).contains("href=\"review.html\"").contains("This is part " + k);
            assertThat(part.contains("href=\"review-" + (k + 1) + ".html\"")).isEqualTo(k < 3);
            assertThat(part.contains("href=\"review-" + (k - 1) + ".html\"")).isEqualTo(k > 1);
        }
        assertThat(dir.resolve("review-4.html")).doesNotExist();
        String index = Files.readString(html);
        assertThat(index).contains("href=\"review-1.html\"").contains("href=\"review-3.html\"")
                .contains("<h2>Summary</h2>").contains("3 findings");
        assertThat(err.toString()).contains("3 files");
        // no temporary file is left
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aReportThatFitsOneFileIsOnePage() throws Exception {
        Path html = dir.resolve("one.html");
        assertThat(run("check", "--glossary", glossary.toString(), bad.toString(), "--format", "html",
                "--rows-per-file", "3", "-o", html.toString())).isEqualTo(1);
        assertThat(Files.readString(html)).contains("<h2>Summary</h2>").doesNotContain("nav class=\"parts\"");
        assertThat(dir.resolve("one-1.html")).doesNotExist();
        assertThat(run("check", "--glossary", glossary.toString(), bad.toString(), "--format", "html",
                "--rows-per-file", "0", "-o", html.toString())).isEqualTo(2);
    }

    @Test
    void convertsTheGlossaryToTbxAndBack() throws Exception {
        Path tbx = dir.resolve("names.tbx");
        assertThat(run("glossary", "convert", "--to", "tbx", "-o", tbx.toString(), glossary.toString())).isZero();
        assertThat(Files.readString(tbx)).contains("<martif").contains("deprecatedTerm-admn-sts");
        assertThat(run("glossary", "convert", "--to", "tsv", tbx.toString())).isZero();
        assertThat(out.toString()).isEqualTo(GlossaryLoader.load(glossary).entries().size() == 3
                ? "en\tar\tvariants\tforbidden\tderived\tnote\nIron Dome\tالقبة الحديدية\t\t\t\t\n"
                + "Ashkelon\tعسقلان\t\tأشكلون\t\t\nHamas\tحماس\t\t\t\t\n" : "");
        assertThat(run("glossary", "convert", "--to", "xlsx", glossary.toString())).isEqualTo(2);
    }
}
