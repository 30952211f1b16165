package org.tarjama.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof with third-party tools that the TBX Tarjama writes is usable: the TBX v3 output validates against
 * the TBX-Core RELAX NG schema with libxml2, and OmegaT 3.6's own TBX reader loads the project glossary
 * {@code glossary/names.tbx} (TBX-Basic v2). Under CI ({@code CI} set) a missing tool fails the test;
 * elsewhere the test is skipped with a message saying what to install.
 */
class TbxInteropTest {
    private static final Path OMEGAT = Path.of("/usr/share/omegat/OmegaT.jar");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... cmd) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", cmd) + " did not finish in 300 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void missing(String what) {
        String msg = what + " is not installed (apt-get install -y omegat libxml2-utils; .ci/run installs it)";
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0")) {
            fail("CI: " + msg);
        }
        Assumptions.abort(msg);
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void tbxV3OutputValidatesAgainstTheTbxCoreSchema() throws Exception {
        if (!onPath("xmllint")) {
            missing("xmllint");
        }
        Path rng = dir.resolve("TBXcoreStructV03.rng");
        Files.copy(GlossaryLoaderTest.resource("TBXcoreStructV03.rng"), rng);
        Path tbx = dir.resolve("names-v3.tbx");
        try (OutputStream out = Files.newOutputStream(tbx)) {
            GlossaryWriter.write(GlossaryLoader.load(Path.of("glossary/names.tsv")), GlossaryWriter.Format.TBX_V3, out);
        }
        Run r = run("xmllint", "--noout", "--relaxng", rng.toString(), tbx.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("validates");
        // and the schema really checks: a TBX v3 file with a langSec without terms is refused
        Path broken = dir.resolve("broken.tbx");
        Files.writeString(broken, Files.readString(tbx).replaceFirst("(?s)<termSec>.*?</termSec>", ""));
        assertThat(run("xmllint", "--noout", "--relaxng", rng.toString(), broken.toString()).exit()).isNotZero();
    }

    @Test
    void omegatReadsTheProjectGlossary() throws Exception {
        if (!Files.isRegularFile(OMEGAT)) {
            missing("OmegaT");
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = OMEGAT + java.io.File.pathSeparator + OMEGAT.getParent().resolve("lib") + "/*"
                + java.io.File.pathSeparator + System.getProperty("java.class.path");
        Path project = Files.createDirectories(dir.resolve("project"));
        Run r = run(javaBin, "-cp", cp, OmegatTbxProbe.class.getName(), Path.of("glossary/names.tbx").toAbsolutePath()
                .toString(), project.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Hamas\tحماس").contains("Iron Dome\tالقبة الحديدية")
                .contains("Sami Abu Zuhri\tسامي أبو زهري").contains("Ashkelon\tعسقلان");
        for (GlossaryEntry e : GlossaryLoader.load(Path.of("glossary/names.tsv")).entries()) {
            assertThat(r.out()).as(e.en()).contains(e.en() + "\t" + e.preferred());
        }
    }
}
