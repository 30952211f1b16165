package org.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsOneSentencePerLineAndABlankLineBetweenParagraphs() throws IOException {
        Path in = dir.resolve("in.txt");
        Files.writeString(in, "He left. Did he?\n\n\nYes!\nNo.\n", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("segment", "--lang", "en", in.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("He left.\nDid he?\n\nYes!\n\nNo.\n");
    }

    @Test
    void segmentsWindows1256ArabicDetectedAutomatically() throws IOException {
        Path in = dir.resolve("legacy.txt");
        Files.write(in, "وصل الوفد. ثم غادر.\n".getBytes(Charset.forName("windows-1256")));
        CliRunner.Result r = CliRunner.run("segment", "--lang", "ar", in.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("وصل الوفد.\nثم غادر.\n");
    }

    @Test
    void jsonGivesOffsetsIntoTheParagraph() throws IOException {
        Path in = dir.resolve("in.txt");
        Files.writeString(in, "He left. Did he?\n", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("segment", "--lang", "en", "--format", "json", in.toString());
        assertThat(r.out().lines()).containsExactly(
                "{\"file\":\"" + in + "\",\"line\":1,\"start\":0,\"end\":8,\"text\":\"He left.\"}",
                "{\"file\":\"" + in + "\",\"line\":1,\"start\":9,\"end\":16,\"text\":\"Did he?\"}");
    }

    @Test
    void lastLineWithoutTerminatorIsSegmentedInEveryEncoding() throws IOException {
        // A final line without a newline made the reader decode again after flushing: internal error (exit 4).
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16, Charset.forName("windows-1256")}) {
            Path in = dir.resolve("nonl-" + cs.name() + ".txt");
            Files.write(in, "وصل الوفد. ثم غادر.\nقال د. أحمد إنه عاد.".getBytes(cs));
            CliRunner.Result r = CliRunner.run("segment", "--lang", "ar", in.toString());
            assertThat(r.err()).as(cs.name()).isEmpty();
            assertThat(r.exitCode()).as(cs.name()).isZero();
            assertThat(r.out()).as(cs.name()).isEqualTo("وصل الوفد.\nثم غادر.\n\nقال د. أحمد إنه عاد.\n");
        }
    }

    @Test
    void emptyInputGivesEmptyOutput() throws IOException {
        Path in = dir.resolve("empty.txt");
        Files.writeString(in, "");
        CliRunner.Result r = CliRunner.run("segment", "--lang", "ar", in.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingFileIsBadInputWithNothingOnStdout() {
        CliRunner.Result r = CliRunner.run("segment", "--lang", "ar", dir.resolve("nope.txt").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("nope.txt").contains("no such file").doesNotContain("Exception");
    }

    @Test
    void directoryIsBadInput() {
        CliRunner.Result r = CliRunner.run("segment", "--lang", "ar", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("directory");
    }

    @Test
    void binaryDataIsBadInputWithNothingOnStdout() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "He left.\n");
        Path bin = dir.resolve("bin.dat");
        Files.write(bin, new byte[] {'x', 0, 'y'});
        CliRunner.Result r = CliRunner.run("segment", "--lang", "en", good.toString(), bin.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("bin.dat").contains("byte offset 1");
    }

    @Test
    void undecodableBytesUnderForcedEncodingNameTheFileAndOffset() throws IOException {
        Path in = dir.resolve("legacy.txt");
        Files.write(in, "وصل الوفد.\n".getBytes(Charset.forName("windows-1256")));
        CliRunner.Result r = CliRunner.run("segment", "--lang", "ar", "--encoding", "UTF-8", in.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("legacy.txt").contains("byte offset 0");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRunner.run("segment", "x.txt").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("segment", "--lang", "ar", "--encoding", "nope-enc", "x.txt").exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void versionAndHelpWork() {
        assertThat(CliRunner.run("--version").out()).startsWith("tarjama ");
        CliRunner.Result help = CliRunner.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("segment").contains("align").contains("check");
    }

    private Path corpus() throws IOException {
        Path c = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(c.resolve("d.raw.en"), "He left. Did he?\nYes.\n");
        Files.writeString(c.resolve("d.en"), "He left.\nDid he?\nYes.\n");
        return c;
    }

    @Test
    void evalSegmentScoresACorpusFolder() throws IOException {
        CliRunner.Result r = CliRunner.run("eval", "segment", "--lang", "en", corpus().toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("corpus +en +1\\.000 +1\\.000 +1\\.000");
    }

    @Test
    void evalSegmentRefusesAFolderWithNothingToScoreInsteadOfAPerfectScore() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRunner.Result r = CliRunner.run("eval", "segment", "--lang", "en", empty.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(empty.toString()).contains("no DOC.raw.en");
        assertThat(CliRunner.run("eval", "segment", "--lang", "xx", corpus().toString()).exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void evalSegmentNamesTheLineOfAGoldSentenceMissingFromTheRawTextOrABadBead() throws IOException {
        Path c = corpus();
        Files.writeString(c.resolve("d.en"), "He left.\nDid he?\nYes.\nA sentence the raw text does not have.\n");
        CliRunner.Result r = CliRunner.run("eval", "segment", "--lang", "en", c.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).startsWith("tarjama: " + c.resolve("d.en") + ", line 4: ");
        Files.writeString(c.resolve("d.en"), "He left.\nDid he?\nYes.\n");
        Files.writeString(c.resolve("d.gold"), "[0]:[0]\n[1, x]:[1]\n");
        CliRunner.Result b = CliRunner.run("eval", "segment", "--lang", "en", c.toString());
        assertThat(b.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(b.err()).startsWith("tarjama: " + c.resolve("d.gold") + ", line 2: ").doesNotContain("internal error");
    }

    @Test
    void malformedSrxRulesAreOneLocatedErrorLine() throws IOException {
        Path srx = dir.resolve("broken.srx");
        Files.writeString(srx, "<srx>\n<body>");
        Path in = dir.resolve("in.txt");
        Files.writeString(in, "He left. Did he?\n");
        java.io.ByteArrayOutputStream sysErr = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        System.setErr(new java.io.PrintStream(sysErr, true, StandardCharsets.UTF_8));
        CliRunner.Result r;
        try {
            r = CliRunner.run("segment", "--lang", "en", "--srx", srx.toString(), in.toString());
        } finally {
            System.setErr(old);
        }
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines()).containsExactly("tarjama: " + srx + ", line 2, column 7: not usable SRX rules: "
                + "XML document structures must start and end within the same entity.");
        assertThat(sysErr.toString(StandardCharsets.UTF_8)).as("nothing printed by the XML parser itself").isEmpty();
    }

    @Test
    void anInvalidRegularExpressionInSrxRulesIsOneErrorLine() throws IOException {
        Path srx = dir.resolve("regex.srx");
        Files.writeString(srx, "<?xml version=\"1.0\"?><srx version=\"2.0\" xmlns=\"http://www.lisa.org/srx20\">"
                + "<header segmentsubflows=\"yes\" cascade=\"no\"/><body><languagerules><languagerule languagerulename=\"d\">"
                + "<rule break=\"yes\"><beforebreak>([</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>"
                + "</languagerules><maprules><languagemap languagepattern=\".*\" languagerulename=\"d\"/></maprules></body></srx>");
        Path in = dir.resolve("in.txt");
        Files.writeString(in, "He left. Did he?\n");
        CliRunner.Result r = CliRunner.run("segment", "--lang", "en", "--srx", srx.toString(), in.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines()).containsExactly(
                "tarjama: " + srx + ": not usable SRX rules: a rule's regular expression is invalid: Unclosed character class");
    }
}
