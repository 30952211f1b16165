package org.tarjama.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.CliRunner;

/**
 * An XLIFF from {@code pretranslate --copy-source} translated by OmegaT 3.6 in console mode (from its
 * tm/auto memory) merges back into an Arabic .docx. Under CI ({@code CI} set) a missing OmegaT fails
 * the test; elsewhere it is skipped (.ci/run installs it from Debian).
 */
class OmegatMergeTest {
    @TempDir
    Path dir;

    @Test
    void omegatTranslatedXliffMergesIntoTheDocument() throws Exception {
        requireOmegat();
        Path project = dir.resolve("project");
        for (String d : List.of("source", "target", "tm/auto", "glossary", "dictionary", "omegat")) {
            Files.createDirectories(project.resolve(d));
        }
        // Paragraph segmentation (sentence_seg false): each trans-unit is one OmegaT segment.
        Files.writeString(project.resolve("omegat.project"), """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <omegat>
                    <project version="1.0">
                        <source_dir>__DEFAULT__</source_dir>
                        <target_dir>__DEFAULT__</target_dir>
                        <tm_dir>__DEFAULT__</tm_dir>
                        <glossary_dir>__DEFAULT__</glossary_dir>
                        <glossary_file>__DEFAULT__</glossary_file>
                        <dictionary_dir>__DEFAULT__</dictionary_dir>
                        <source_lang>en</source_lang>
                        <target_lang>ar</target_lang>
                        <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
                        <target_tok>org.omegat.tokenizer.LuceneArabicTokenizer</target_tok>
                        <sentence_seg>false</sentence_seg>
                        <support_default_translations>true</support_default_translations>
                        <remove_tags>false</remove_tags>
                    </project>
                </omegat>
                """);
        // The translator's memory, for OmegaT; Tarjama's memory is empty, so nothing is pretranslated.
        Path mem = DocumentRoundTripTest.fixture("MEM.tsv");
        assertThat(CliRunner.run("tmx", "convert", "--to", "tmx", "--profile", "omegat", "-o",
                project.resolve("tm/auto/mem.tmx").toString(), mem.toString()).exitCode()).isZero();
        Path tm = dir.resolve("tm");
        Path other = Files.writeString(dir.resolve("other.tsv"), "en\tar\nSomething else.\tشيء آخر.\n");
        assertThat(CliRunner.run("tm", "import", "--tm", tm.toString(), other.toString()).exitCode()).isZero();
        Path xlf = project.resolve("source/rescue-en.xlf");
        CliRunner.Result p = CliRunner.run("pretranslate", "--tm", tm.toString(), "--copy-source", "-o", xlf.toString(),
                DocumentRoundTripTest.fixture("rescue-en.docx").toString());
        assertThat(p.exitCode()).as(p.err()).isZero();

        Files.createDirectories(dir.resolve("config"));
        ProcessBuilder pb = new ProcessBuilder("omegat", "--mode=console-translate", "--disable-project-locking", "--quiet",
                "--config-dir=" + dir.resolve("config"), project.toString()).directory(dir.toFile());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("omegat.log").toFile());
        Process proc = pb.start();
        if (!proc.waitFor(300, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            fail("omegat did not finish in 300 s");
        }
        assertThat(proc.exitValue()).as(Files.readString(dir.resolve("omegat.log"))).isZero();
        Path translated = project.resolve("target/rescue-en.xlf");
        assertThat(translated).exists();

        Path out = dir.resolve("ar.docx");
        CliRunner.Result m = CliRunner.run("merge", "-o", out.toString(), translated.toString());
        assertThat(m.exitCode()).as(m.err()).isZero();
        // OmegaT fills the segments without tags from tm/auto (exact matches); the two with a bold or
        // italic tag are fuzzy for it, and "Nobody was hurt." is only half of a 2-1 memory unit: they
        // stay English.
        assertThat(m.err()).contains("6 segments merged: 3 translated, 3 untranslated (left in English)");
        String doc = DocumentRoundTripTest.zipEntry(out, "word/document.xml");
        assertThat(doc).contains("إنقاذ في البحر", "إنه قائد عظيم.", "رفعنا القبعات لتوماس.",
                "<w:bidi/>", "<w:br/>");
        assertThat(doc).contains("harbour", "Nobody was hurt.");
    }

    private static void requireOmegat() {
        boolean ok;
        try {
            Process p = new ProcessBuilder("sh", "-c", "command -v omegat").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            ok = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            ok = false;
        }
        if (!ok) {
            String ci = System.getenv("CI");
            String msg = "OmegaT is not installed (apt-get install -y omegat; .ci/run installs it)";
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0")) {
                fail("CI: " + msg);
            }
            Assumptions.abort(msg);
        }
    }
}
