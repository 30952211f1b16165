package org.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed tool, from outside (issue 15, "installable"): run by maven-failsafe-plugin after {@code package},
 * so it sees the real jar, launcher, completion, man pages and distribution zip of this build.
 */
class LauncherIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String VERSION = System.getProperty("tarjama.version", "0.1.0-SNAPSHOT");

    record Run(int code, String out, String err) {
    }

    private static Run run(Path cwd, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().putAll(env);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    @Test
    void theVersionedJarRunsWithJavaJarFromAnyDirectory(@TempDir Path elsewhere) throws Exception {
        Path jar = ROOT.resolve("target/tarjama-" + VERSION + ".jar");
        Path copy = Files.copy(jar, elsewhere.resolve("tarjama-" + VERSION + ".jar"));
        Run r = run(elsewhere, Map.of(), javaBin(), "-jar", copy.toString(), "--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("tarjama " + VERSION + " (commit ").contains("Java ");
        Run help = run(elsewhere, Map.of(), javaBin(), "-jar", copy.toString(), "align", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: tarjama align");
    }

    @Test
    void aSymlinkOnPathRunsTheLauncherFromAnotherDirectory(@TempDir Path tmp) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path other = Files.createDirectories(tmp.resolve("bin2"));
        Path cwd = Files.createDirectories(tmp.resolve("work"));
        Files.createSymbolicLink(other.resolve("tarjama"), ROOT.resolve("tarjama"));
        // a relative link to a link: the launcher follows the whole chain back to the checkout
        Files.createSymbolicLink(bin.resolve("tarjama"), Path.of("../bin2/tarjama"));
        String path = bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        Run r = run(cwd, Map.of("PATH", path), "bash", "-c", "tarjama --version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("tarjama " + VERSION + " (commit ");
        assertThat(r.err()).doesNotContain("\u001b").doesNotContain("[INFO]");
        // a second run starts from the class-data archive the first one made
        assertThat(ROOT.resolve("target/cds/tarjama.jsa")).exists();
        Run again = run(cwd, Map.of("PATH", path), "bash", "-c", "tarjama --version");
        assertThat(again.code()).isZero();
        assertThat(again.out()).isEqualTo(r.out());
        assertThat(again.err()).isEmpty();
    }

    @Test
    void exitCodesPassThroughTheLauncher(@TempDir Path cwd) throws Exception {
        Run r = run(cwd, Map.of(), ROOT.resolve("tarjama").toString(), "align", "--no-such-option");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--no-such-option");
    }

    @Test
    void completionAndManPagesAreGenerated() throws Exception {
        Path completion = ROOT.resolve("target/completion/tarjama_completion");
        Run r = run(ROOT, Map.of(), "bash", "-c", "source '" + completion + "' && complete -p tarjama");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("tarjama");
        String man = Files.readString(ROOT.resolve("target/man/man1/tarjama-align.1"), StandardCharsets.UTF_8);
        assertThat(man).contains(".TH \"TARJAMA\\-ALIGN\"").contains("\\-\\-segmented");
        assertThat(ROOT.resolve("target/man/man1/tarjama.1")).exists();
    }

    @Test
    void theDistributionHoldsLaunchersJarCompletionAndManPages() throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(ROOT.resolve("target/tarjama-" + VERSION + ".zip").toFile())) {
            zip.stream().forEach(e -> names.add(e.getName()));
        }
        String base = "tarjama-" + VERSION + "/";
        assertThat(names).contains(base + "tarjama", base + "tarjama.cmd", base + "lib/tarjama.jar",
                base + "completion/tarjama_completion", base + "man/man1/tarjama.1", base + "README.md",
                base + "tmx-samples/seed.raw.en", base + "tmx-samples/seed.raw.ar");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
