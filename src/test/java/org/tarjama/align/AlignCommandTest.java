package org.tarjama.align;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.CliRunner;

/** {@code tarjama align} run in-process. */
class AlignCommandTest {
    @TempDir
    Path dir;
    Path en;
    Path ar;
    Path rawEn;
    Path rawAr;

    @BeforeEach
    void files() throws IOException {
        en = write("seed.en", String.join("\n", TestData.lines("/org/tarjama/seed/seed.en")) + "\n");
        ar = write("seed.ar", String.join("\n", TestData.lines("/org/tarjama/seed/seed.ar")) + "\n");
        rawEn = write("seed.raw.en", String.join("\n", TestData.lines("/org/tarjama/seed/seed.raw.en")) + "\n");
        rawAr = write("seed.raw.ar", String.join("\n", TestData.lines("/org/tarjama/seed/seed.raw.ar")) + "\n");
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void beadsFormatPrintsOneGoldStyleBeadPerLine() {
        CliRunner.Result r = CliRunner.run("align", "--segmented", "--format", "beads", en.toString(), ar.toString());
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).allMatch(l -> l.matches("\\[[0-9, ]*]:\\[[0-9, ]*]"));
        AlignmentScore s = new AlignmentScore();
        s.add(BeadFormat.parseAll(lines), BeadFormat.parseAll(TestData.lines("/org/tarjama/seed/seed.gold")));
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.9);
        assertThat(lines).contains("[15, 16, 17]:[10]");
    }

    @Test
    void plainTextIsSegmentedAndAlignedParagraphsFirst() {
        CliRunner.Result r = CliRunner.run("align", "--format", "beads", rawEn.toString(), rawAr.toString());
        assertThat(r.exitCode()).isZero();
        AlignmentScore s = new AlignmentScore();
        s.add(BeadFormat.parseAll(r.out().lines().toList()), BeadFormat.parseAll(TestData.lines("/org/tarjama/seed/seed.gold")));
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void tmxHasEnglishFirstAndTheAlignmentProps() throws IOException {
        Path out = dir.resolve("seed.tmx");
        CliRunner.Result r = CliRunner.run("align", rawEn.toString(), rawAr.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        String tmx = Files.readString(out);
        assertThat(tmx).contains("<prop type=\"x-alignment-score\">", "<prop type=\"x-bead\">2-1</prop>",
                "<prop type=\"x-source-doc\">seed.raw.en</prop>", "<prop type=\"x-target-doc\">seed.raw.ar</prop>");
        assertThat(tmx.indexOf("xml:lang=\"en\"")).isLessThan(tmx.indexOf("xml:lang=\"ar\""));
        // the untranslated English sentence is not in the TMX but is counted on stderr
        assertThat(r.err()).contains("1 English and 0 Arabic sentences unaligned");
    }

    @Test
    void tsvHasTextScoreAndBeadColumns() {
        CliRunner.Result r = CliRunner.run("align", "--segmented", "--format", "tsv", en.toString(), ar.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).allSatisfy(l -> {
            String[] cols = l.split("\t", -1);
            assertThat(cols).hasSize(4);
            assertThat(Double.parseDouble(cols[2])).isBetween(0.0, 1.0);
            assertThat(cols[3]).matches("[0-3]-[0-3]");
        });
    }

    @Test
    void jsonListsEveryBeadWithSentencesAndOffsets() throws IOException {
        CliRunner.Result r = CliRunner.run("align", "--format", "json", rawEn.toString(), rawAr.toString());
        assertThat(r.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode beads = root.get("beads");
        int en = 0;
        for (JsonNode b : beads) {
            en += b.get("en").size();
            assertThat(b.get("score").asDouble()).isBetween(0.0, 1.0);
            assertThat(b.get("type").asText()).matches("[0-3]-[0-3]");
        }
        assertThat(en).isEqualTo(33);
        JsonNode first = beads.get(0).get("en").get(0);
        assertThat(first.get("line").asInt()).isEqualTo(1);
        assertThat(first.get("start").asInt()).isZero();
        assertThat(first.get("end").asInt()).isPositive();
    }

    @Test
    void minScoreFiltersIntoTheReportAndCountsOnStderr() throws IOException {
        Path out = dir.resolve("out.tsv");
        Path report = dir.resolve("report.json");
        CliRunner.Result r = CliRunner.run("align", "--segmented", "--format", "tsv", "--min-score", "1.0",
                "--report", report.toString(), en.toString(), ar.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        JsonNode rep = new ObjectMapper().readTree(report.toFile());
        int listed = rep.get("documents").get(0).get("beads").size();
        long written = Files.readAllLines(out).size();
        // every bead is either written or listed: nothing silently dropped
        assertThat(listed + written).isEqualTo(22);
        assertThat(r.err()).contains("below --min-score").contains("listed in " + report);
    }

    @Test
    void textReportListsTheUntranslatedSentence() throws IOException {
        Path report = dir.resolve("report.txt");
        CliRunner.Result r = CliRunner.run("align", "--segmented", "--report", report.toString(), en.toString(), ar.toString(),
                "-o", dir.resolve("x.tmx").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(report)).contains("english-only\t1-0\t[14]:[]").contains("  en: Sirens sounded");
    }

    @Test
    void emptyArabicFileLeavesEverySentenceUnalignedWithAWarning() throws IOException {
        Path empty = write("empty.ar", "");
        CliRunner.Result r = CliRunner.run("align", "--segmented", "--format", "beads", en.toString(), empty.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).hasSize(33).allMatch(l -> l.endsWith(":[]"));
        assertThat(r.err()).contains("warning").contains("Arabic side has no sentences");
    }

    @Test
    void charactersNotAllowedInXmlAreRemovedFromTheTmxWithAWarningNamingTheUnit() throws IOException {
        Path e = write("ctl.en", "He left.\u0001 Then he came back.\n");
        Path a = write("ctl.ar", "غادر. ثم عاد.\n");
        Path out = dir.resolve("ctl.tmx");
        CliRunner.Result r = CliRunner.run("align", "--segmented", e.toString(), a.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(out)).doesNotContain("\u0001").contains("He left. Then he came back.");
        assertThat(r.err()).contains("warning").contains("unit 1").contains("XML 1.0");
    }

    @Test
    void missingFileIsBadInputNamingTheFile() {
        CliRunner.Result r = CliRunner.run("align", en.toString(), dir.resolve("nope.ar").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("nope.ar").contains("no such file");
    }

    @Test
    void binaryInputIsBadInput() throws IOException {
        Path bin = dir.resolve("bin.ar");
        Files.write(bin, new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        CliRunner.Result r = CliRunner.run("align", en.toString(), bin.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("bin.ar");
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRunner.Result r = CliRunner.run("align", "--format", "xml", en.toString(), ar.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--format");
    }

    @Test
    void oneFileIsAUsageError() {
        assertThat(CliRunner.run("align", en.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void pairsListAlignsEveryPairIntoOneTmx() throws IOException {
        Path list = write("list.tsv", "seed.en\tseed.ar\nseed.raw.en\tseed.raw.ar\n");
        Path out = dir.resolve("all.tmx");
        CliRunner.Result r = CliRunner.run("align", "--pairs", list.toString(), "-o", out.toString(), "--segmented");
        assertThat(r.exitCode()).isZero();
        String tmx = Files.readString(out);
        assertThat(tmx).contains("<prop type=\"x-source-doc\">seed.en</prop>", "<prop type=\"x-source-doc\">seed.raw.en</prop>");
        assertThat(r.err()).contains("aligned 2 document pairs");
    }

    @Test
    void pairsListWithAMissingColumnIsBadInputNamingTheLine() throws IOException {
        Path list = write("bad.tsv", "seed.en\tseed.ar\nseed.raw.en\n");
        CliRunner.Result r = CliRunner.run("align", "--pairs", list.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("bad.tsv").contains("2");
    }

    @Test
    void pairsListWithAMissingFileIsBadInputNamingTheListAndLine() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Path list = write("sub/pairs.tsv", "../seed.en\t../seed.ar\n# comment\n../seed.raw.en\tmissing.ar\n");
        CliRunner.Result r = CliRunner.run("align", "--pairs", list.toString(), "--segmented");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("tarjama: " + list + ", line 3: ")
                .contains("missing.ar").contains("no such file").doesNotContain("Exception");
    }

    @Test
    void pairsListWithABinaryFileIsBadInputNamingTheListLineAndFile() throws IOException {
        Files.write(dir.resolve("bin.ar"), new byte[] {'a', 0, 'b'});
        Path list = write("pairs.tsv", "seed.en\tseed.ar\nseed.raw.en\tbin.ar\n");
        CliRunner.Result r = CliRunner.run("align", "--pairs", list.toString(), "--segmented");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().strip()).startsWith("tarjama: " + list + ", line 2: ").contains("bin.ar").contains("binary");
        Path one = write("one.tsv", "seed.raw.en\tbin.ar\n");
        assertThat(CliRunner.run("align", "--pairs", one.toString()).err()).startsWith("tarjama: " + one + ", line 1: ");
    }

    @Test
    void reportOnTheOutputFileIsAUsageErrorAndWritesNothing() throws IOException {
        Path out = dir.resolve("out.tmx");
        CliRunner.Result r = CliRunner.run("align", "--segmented", en.toString(), ar.toString(), "-o", out.toString(),
                "--report", dir.resolve(".").resolve("out.tmx").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--report and -o name the same file");
        assertThat(out).doesNotExist();
    }

    @Test
    void outputOnAnInputFileIsAUsageErrorAndTheInputIsKept() throws IOException {
        String before = Files.readString(en);
        CliRunner.Result r = CliRunner.run("align", "--segmented", "--format", "tsv", en.toString(), ar.toString(),
                "-o", en.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("-o " + en + " is an input file");
        assertThat(Files.readString(en)).isEqualTo(before);
        CliRunner.Result rep = CliRunner.run("align", "--segmented", en.toString(), ar.toString(), "--report", ar.toString());
        assertThat(rep.exitCode()).isEqualTo(2);
        assertThat(Files.readString(ar)).startsWith(TestData.lines("/org/tarjama/seed/seed.ar").get(0));
    }

    @Test
    void blankLinesInSegmentedInputAreNotSentencesAndMakeNoEmptyUnits() throws IOException {
        Path e = write("b.en", "The delegation arrived on Monday.\n\nIt left on Tuesday.\n");
        Path a = write("b.ar", "وصل الوفد يوم الإثنين.\n\u00a0 \nوغادر يوم الثلاثاء.\n");
        CliRunner.Result tsv = CliRunner.run("align", "--segmented", "--format", "tsv", e.toString(), a.toString());
        assertThat(tsv.exitCode()).isZero();
        assertThat(tsv.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).doesNotStartWith("\t"));
        assertThat(CliRunner.run("align", "--segmented", "--format", "beads", e.toString(), a.toString()).out().lines())
                .containsExactly("[0]:[0]", "[1]:[1]");
        JsonNode json = new ObjectMapper().readTree(
                CliRunner.run("align", "--segmented", "--format", "json", e.toString(), a.toString()).out());
        assertThat(json.get("beads").get(1).get("en").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(json.get("beads").get(1).get("en").get(0).get("text").asText()).isEqualTo("It left on Tuesday.");
    }

    @Test
    void anUnwritableReportLeavesNoTmxBehind() {
        Path out = dir.resolve("out.tmx");
        CliRunner.Result r = CliRunner.run("align", "--segmented", en.toString(), ar.toString(), "-o", out.toString(),
                "--report", dir.resolve("no-such-folder").resolve("r.txt").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("no-such-folder").contains("does not exist");
        assertThat(out).doesNotExist();
    }

    @Test
    void minScoreThatIsNotANumberBetweenZeroAndOneIsAUsageError() {
        for (String x : new String[] {"NaN", "1.5", "-0.1"}) {
            assertThat(CliRunner.run("align", "--segmented", en.toString(), ar.toString(), "--min-score", x).exitCode())
                    .as(x).isEqualTo(2);
        }
    }

    @Test
    void swappedFilesAreRefusedUnlessForcedAndOtherScriptMismatchesWarnedAbout() throws IOException {
        // issue 15: swapped files are refused (exit 3) with the fix; --force aligns them as given, with the warning
        CliRunner.Result refused = CliRunner.run("align", "--segmented", "--format", "tsv", ar.toString(), en.toString());
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("look swapped").contains("--force");
        CliRunner.Result swapped = CliRunner.run("align", "--force", "--segmented", "--format", "tsv", ar.toString(), en.toString());
        assertThat(swapped.exitCode()).isZero();
        assertThat(swapped.err()).contains("seed.ar / " + en + ": the English file is mostly Arabic script")
                .contains("swapped");
        Path en2 = write("seed-copy.en", java.nio.file.Files.readString(en));
        assertThat(CliRunner.run("align", "--segmented", "--format", "tsv", en.toString(), en2.toString()).err())
                .contains("the Arabic file has little or no Arabic script");
        assertThat(CliRunner.run("align", "--segmented", "--format", "tsv", en.toString(), ar.toString()).err())
                .doesNotContain("script");
    }

    @Test
    void languageCodesThatWouldMakeAnInvalidTmxAreUsageErrors() {
        for (String[] args : new String[][] {{"--source-lang", "en US"}, {"--source-lang", ""}, {"--target-lang", "ar/SA"},
            {"--target-lang", "en"}}) {
            CliRunner.Result r = CliRunner.run("align", "--segmented", en.toString(), ar.toString(), args[0], args[1]);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
        }
        CliRunner.Result ok = CliRunner.run("align", "--segmented", en.toString(), ar.toString(), "--source-lang", "en_US",
                "--target-lang", "ar-SA");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("<tuv xml:lang=\"en-US\">", "<tuv xml:lang=\"ar-SA\">");
    }

    @Test
    void userDictionaryIsAccepted() throws IOException {
        Path dict = write("dict.tsv", "siren\tصفارة|صفارات\n");
        CliRunner.Result r = CliRunner.run("align", "--segmented", "--format", "beads", "--dictionary", dict.toString(),
                en.toString(), ar.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).hasSizeGreaterThan(20);
    }

    @Test
    void glossaryPairsAreAccepted() throws IOException {
        Path glossary = write("names.tsv", "en\tar\nIron Dome\tالقبة الحديدية\nHaifa\tحيفا\n");
        CliRunner.Result r = CliRunner.run("align", "--segmented", "--format", "beads", "--glossary", glossary.toString(),
                en.toString(), ar.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("[15, 16, 17]:[10]");
    }
}
