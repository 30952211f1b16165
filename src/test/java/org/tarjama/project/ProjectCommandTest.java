package org.tarjama.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.CliRunner;

/** The alignment project through the command line: align --format project, stats, export, realign, bad input. */
class ProjectCommandTest {
    @TempDir
    Path dir;
    Path en;
    Path ar;
    Path tjp;

    /** Copies the seed pair (tmx-samples/seed.raw.*, also under test resources) into a temporary folder. */
    static Path[] seed(Path dir) throws IOException {
        Path en = dir.resolve("seed.raw.en");
        Path ar = dir.resolve("seed.raw.ar");
        for (Path p : List.of(en, ar)) {
            try (InputStream in = ProjectCommandTest.class.getResourceAsStream("/org/tarjama/seed/" + p.getFileName())) {
                Files.copy(in, p);
            }
        }
        return new Path[] {en, ar};
    }

    @BeforeEach
    void align() throws IOException {
        Path[] s = seed(dir);
        en = s[0];
        ar = s[1];
        tjp = dir.resolve("seed.tjp");
        CliRunner.Result r = CliRunner.run("align", "--format", "project", "-o", tjp.toString(), en.toString(), ar.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    private static String withoutDate(String tmx) {
        return tmx.replaceFirst("creationdate=\"\\d{8}T\\d{6}Z\"", "creationdate=\"X\"");
    }

    @Test
    void theProjectFileHasTheDocumentedShape() throws IOException {
        JsonNode root = new ObjectMapper().readTree(tjp.toFile());
        assertThat(root.get("format").asText()).isEqualTo("tarjama-alignment");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        JsonNode d = root.get("documents").get(0);
        assertThat(d.get("source").get("sha256").asText()).isEqualTo(ProjectFiles.sha256(en));
        assertThat(d.get("source").get("path").asText()).isEqualTo("seed.raw.en");
        assertThat(d.get("en").size()).isEqualTo(33);
        assertThat(d.get("ar").size()).isEqualTo(21);
        assertThat(d.get("en").get(0).get("text").asText()).startsWith("As fighting between Israel and the Gaza Strip");
        JsonNode b = d.get("beads").get(0);
        assertThat(b.get("status").asText()).isEqualTo("auto");
        assertThat(b.get("type").asText()).isEqualTo(b.get("en").size() + "-" + b.get("ar").size());
        assertThat(root.get("aligner").get("learnLexicon").asBoolean()).isTrue();
    }

    @Test
    void anUntouchedProjectExportsWhatAlignWrites() throws IOException {
        Path ref = dir.resolve("ref.tmx");
        Path out = dir.resolve("out.tmx");
        assertThat(CliRunner.run("align", "--format", "tmx", "-o", ref.toString(), en.toString(), ar.toString()).exitCode()).isZero();
        CliRunner.Result r = CliRunner.run("project", "export", "--format", "tmx", "-o", out.toString(), tjp.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        // byte for byte but for the header's creation time
        assertThat(withoutDate(Files.readString(out))).isEqualTo(withoutDate(Files.readString(ref)));
        Path refTsv = dir.resolve("ref.tsv");
        Path outTsv = dir.resolve("out.tsv");
        CliRunner.run("align", "--format", "tsv", "-o", refTsv.toString(), en.toString(), ar.toString());
        CliRunner.run("project", "export", "--format", "tsv", "-o", outTsv.toString(), tjp.toString());
        assertThat(Files.readString(outTsv)).isEqualTo(Files.readString(refTsv));
    }

    @Test
    void confirmedBeadsCarryTheirStatusAndCanBeExportedAlone() throws IOException {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(tjp.toFile());
        var beads = root.get("documents").get(0).withArray("beads");
        ((ObjectNode) beads.get(0)).put("status", "confirmed");
        ((ObjectNode) beads.get(1)).put("status", "rejected");
        Files.writeString(tjp, root.toString());
        Path out = dir.resolve("c.tmx");
        CliRunner.Result r = CliRunner.run("project", "export", "--status", "confirmed", "-o", out.toString(), tjp.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String tmx = Files.readString(out);
        assertThat(tmx.split("<tu ", -1)).hasSize(2);
        assertThat(tmx).contains("<prop type=\"x-status\">confirmed</prop>").contains("As fighting between Israel and the Gaza Strip");
        Path all = dir.resolve("all.tmx");
        CliRunner.run("project", "export", "-o", all.toString(), tjp.toString());
        String t = Files.readString(all);
        assertThat(t.split("<tu ", -1)).hasSize(21 - 1 + 1);
        assertThat(t).doesNotContain("x-status\">rejected");
        CliRunner.Result s = CliRunner.run("project", "stats", "--format", "json", tjp.toString());
        JsonNode st = new ObjectMapper().readTree(s.out());
        assertThat(st.get("total").get("status").get("confirmed").asInt()).isEqualTo(1);
        assertThat(st.get("total").get("status").get("rejected").asInt()).isEqualTo(1);
        assertThat(st.get("total").get("beads").asInt()).isEqualTo(22);
    }

    @Test
    void realignKeepsConfirmedBeadsAndRealignsTheRest() throws IOException {
        AlignmentProject p = ProjectFiles.read(tjp);
        ProjectDocument d = p.documents().get(0);
        // a reviewer's wrong decision merged beads 2 and 3 and confirmed the merge; bead 5 is confirmed as is
        List<ProjectBead> beads = new ArrayList<>(d.beads());
        ProjectBead b2 = beads.get(2);
        ProjectBead b3 = beads.get(3);
        ProjectBead merged = new ProjectBead(b2.enStart(), b2.enCount() + b3.enCount(), b2.arStart(),
                b2.arCount() + b3.arCount(), 0.5, BeadStatus.CONFIRMED);
        beads.set(2, merged);
        beads.remove(3);
        beads.set(4, beads.get(4).withStatus(BeadStatus.CONFIRMED));
        // and the tail was messed up: the last two beads joined as one automatic bead
        ProjectBead x = beads.get(beads.size() - 2);
        ProjectBead y = beads.get(beads.size() - 1);
        ProjectBead wrong = new ProjectBead(x.enStart(), x.enCount() + y.enCount(), x.arStart(), x.arCount() + y.arCount(),
                0.1, BeadStatus.AUTO);
        beads.remove(beads.size() - 1);
        beads.set(beads.size() - 1, wrong);
        ProjectFiles.write(tjp, p.withDocument(0, d.withBeads(beads)));
        CliRunner.Result r = CliRunner.run("project", "realign", tjp.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<ProjectBead> after = ProjectFiles.read(tjp).documents().get(0).beads();
        assertThat(after).contains(merged, beads.get(4));
        assertThat(after).doesNotContain(wrong);
        // everything not confirmed is what the aligner proposes again: the original beads come back
        assertThat(after.subList(after.size() - 2, after.size()))
                .extracting(ProjectBead::enStart, ProjectBead::arStart)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(x.enStart(), x.arStart()),
                        org.assertj.core.groups.Tuple.tuple(y.enStart(), y.arStart()));
        assertThat(after.get(0).type()).isEqualTo(d.beads().get(0).type());
        assertThat(after.get(0).status()).isEqualTo(BeadStatus.AUTO);
        assertThat(ProjectDocument.coverageProblem(d.en().size(), d.ar().size(), after)).isNull();
    }

    @Test
    void aTruncatedProjectIsAnErrorNamingFileAndPositionAndIsLeftAlone() throws IOException {
        byte[] all = Files.readAllBytes(tjp);
        byte[] cut = java.util.Arrays.copyOf(all, all.length / 2);
        Files.write(tjp, cut);
        for (String[] cmd : List.of(new String[] {"project", "stats", tjp.toString()},
                new String[] {"project", "export", "-o", dir.resolve("x.tmx").toString(), tjp.toString()},
                new String[] {"project", "realign", tjp.toString()})) {
            CliRunner.Result r = CliRunner.run(cmd);
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err()).contains(tjp.toString()).containsPattern("line \\d+, column \\d+").contains("truncated");
        }
        assertThat(Files.readAllBytes(tjp)).isEqualTo(cut);
        assertThat(dir.resolve("x.tmx")).doesNotExist();
    }

    @Test
    void aBadBeadIsReportedWhereItIs() throws IOException {
        String text = Files.readString(tjp);
        // the second bead claims the first English sentence again
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(text);
        var beads = root.get("documents").get(0).withArray("beads");
        ((ObjectNode) beads.get(1)).putArray("en").add(0);
        Files.writeString(tjp, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        CliRunner.Result r = CliRunner.run("project", "stats", tjp.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains(tjp.toString()).containsPattern("line \\d+, column \\d+")
                .contains("/documents/0/beads/1/en/0");
    }

    @Test
    void aNewerFormatVersionIsAClearError() throws IOException {
        Files.writeString(tjp, Files.readString(tjp).replaceFirst("\"version\" : 1", "\"version\" : 2"));
        CliRunner.Result r = CliRunner.run("project", "stats", tjp.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("format version 2, newer than").contains("use a newer Tarjama");
    }

    @Test
    void aChangedSourceDocumentGivesAWarning() throws IOException {
        Files.writeString(en, Files.readString(en) + "One more line.\n", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("project", "stats", tjp.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("warning").contains("seed.raw.en").contains("has changed since it was aligned");
    }
}
