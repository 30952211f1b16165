package org.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15: standard output checked like a file, outputs that would replace an input or damage a memory
 * refused, option values that used to crash refused as usage errors.
 */
class OutputSafetyTest {
    @TempDir
    Path tmp;

    private Path tsv;
    private Path tmx;
    private Path glossary;
    private Path tm;
    private String err;

    private static final String EN_AR = String.join("\n",
            "en\tar",
            "The minister said the new bridge will open next spring.\tقال الوزير إن الجسر الجديد سيفتح في الربيع المقبل.",
            "Sami Abu Zuhri spoke in Gaza.\tتحدث سامي أبو زهري في غزة.",
            "Visitors gathered at the dome.\tتجمع الزوار بالقبة.",
            "");

    @BeforeEach
    void files() throws IOException {
        tsv = tmp.resolve("mem.tsv");
        Files.writeString(tsv, EN_AR, StandardCharsets.UTF_8);
        glossary = tmp.resolve("names.tsv");
        Files.writeString(glossary, "en\tar\nGaza\tغزة\nSami Abu Zuhri\tسامي أبو زهري\n", StandardCharsets.UTF_8);
        tm = tmp.resolve("tm");
        assertThat(run("tm", "import", "--tm", tm.toString(), tsv.toString())).isEqualTo(0);
        tmx = tmp.resolve("mem.tmx");
        assertThat(run("tmx", "convert", "--to", "tmx", "-o", tmx.toString(), tsv.toString())).isEqualTo(0);
    }

    private int run(String... args) {
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(e));
        err = e.toString();
        return code;
    }

    /** Standard output that fails as /dev/full does, after {@code room} characters. */
    private int runToFullStdout(int room, String... args) {
        Writer full = new Writer() {
            int written;

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                written += len;
                if (written > room) {
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(full), new PrintWriter(e));
        err = e.toString();
        return code;
    }

    @Test
    void everyCommandThatPrintsFailsWithExit3WhenStdoutCannotBeWritten() throws IOException {
        Path en = tmp.resolve("a.en");
        Path ar = tmp.resolve("a.ar");
        Files.writeString(en, "The minister spoke. Visitors gathered at the dome.\n", StandardCharsets.UTF_8);
        Files.writeString(ar, "تحدث الوزير. تجمع الزوار بالقبة.\n", StandardCharsets.UTF_8);
        List<String[]> commands = List.of(
                new String[] {"tmx", "convert", "--to", "tsv", tmx.toString()},
                new String[] {"tmx", "stats", tmx.toString()},
                new String[] {"segment", "--lang", "en", en.toString()},
                new String[] {"tm", "export", "--tm", tm.toString()},
                new String[] {"lookup", "--tm", tm.toString(), "The minister said the bridge will open."},
                new String[] {"check", "--glossary", glossary.toString(), "--format", "json", tsv.toString()},
                new String[] {"glossary", "convert", "--to", "tbx", glossary.toString()},
                new String[] {"align", en.toString(), ar.toString()},
                new String[] {"names", tsv.toString()},
                new String[] {"--help"});
        for (String[] c : commands) {
            int code = runToFullStdout(0, c);
            assertThat(code).as(String.join(" ", c) + "\n" + err).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err).as(String.join(" ", c)).contains("cannot write standard output");
        }
    }

    @Test
    void devFullAsStdoutOfTheRealProcessExits3() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                "org.tarjama.cli.Main", "tmx", "convert", "--to", "tsv", tmx.toString());
        File full = new File("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "/dev/full (Linux)");
        pb.redirectOutput(full);
        Path errFile = tmp.resolve("err.txt");
        pb.redirectError(errFile.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Files.readString(errFile)).contains("cannot write standard output: No space left on device");
    }

    @Test
    void glossaryConvertToTbxOnDevFullExits3() {
        org.junit.jupiter.api.Assumptions.assumeTrue(new File("/dev/full").exists(), "/dev/full (Linux)");
        for (String to : new String[] {"tbx", "tbx3", "tsv", "json"}) {
            assertThat(run("glossary", "convert", "--to", to, "-o", "/dev/full", glossary.toString()))
                    .as(to + ": " + err).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err).contains("cannot write /dev/full").doesNotContain("internal error");
        }
        assertThat(run("tmx", "convert", "--to", "tsv", "-o", "/dev/full", tmx.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("names", "--format", "json", "-o", "/dev/full", tsv.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483647", "0", "-1", "257"})
    void namesRefusesAThreadCountOutOfRange(String n) {
        assertThat(run("names", "--threads", n, tsv.toString())).as(err).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("--threads must be between 1 and");
        assertThat(run("check", "--threads", n, "--glossary", glossary.toString(), tsv.toString())).isEqualTo(ExitCodes.USAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "0", "1", "-0.5", "Infinity"})
    void namesRefusesAThresholdOutsideTheOpenUnitInterval(String t) {
        assertThat(run("names", "--threshold", t, tsv.toString())).as(err).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("--threshold must be between 0 and 1");
    }

    @Test
    void namesRefusesToWriteOverItsInput() throws IOException {
        byte[] before = Files.readAllBytes(tsv);
        assertThat(run("names", "--format", "tsv", "-o", tsv.toString(), tsv.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("is an input file");
        assertThat(Files.readAllBytes(tsv)).isEqualTo(before);
        // another spelling of the same file
        Path other = tmp.resolve(".").resolve("mem.tsv");
        assertThat(run("names", "--format", "tsv", "-o", other.toString(), tsv.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("names", "--format", "tsv", "-o", glossary.toString(), "--glossary", glossary.toString(), tsv.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readAllBytes(tsv)).isEqualTo(before);
    }

    @Test
    void noCommandWritesIntoAMemoryDirectory() throws IOException {
        Path manifest = tm.resolve("MANIFEST");
        byte[] before = Files.readAllBytes(manifest);
        List<String[]> commands = List.of(
                new String[] {"tm", "export", "--tm", tm.toString(), "-o", manifest.toString()},
                new String[] {"tm", "export", "--tm", tm.toString(), "-o", tm.resolve("copy.tmx").toString()},
                new String[] {"tmx", "convert", "--to", "tmx", "-o", manifest.toString(), tsv.toString()},
                new String[] {"names", "-o", manifest.toString(), tsv.toString()},
                new String[] {"check", "--glossary", glossary.toString(), "-o", manifest.toString(), tsv.toString()},
                new String[] {"glossary", "convert", "--to", "tsv", "-o", manifest.toString(), glossary.toString()});
        for (String[] c : commands) {
            assertThat(run(c)).as(String.join(" ", c) + "\n" + err).isEqualTo(ExitCodes.USAGE);
            assertThat(err).contains("inside the translation memory");
        }
        assertThat(Files.readAllBytes(manifest)).isEqualTo(before);
        try (var files = Files.list(tm)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmx") || n.contains(".part"));
        }
        assertThat(run("tm", "stats", "--tm", tm.toString())).isEqualTo(0);
    }

    @Test
    void anEmptyOutputNameIsAUsageErrorThatSaysSo() {
        for (String[] c : List.of(
                new String[] {"tmx", "convert", "--to", "tsv", "-o", "", tmx.toString()},
                new String[] {"names", "-o", "", tsv.toString()},
                new String[] {"tm", "export", "--tm", tm.toString(), "-o", ""})) {
            assertThat(run(c)).as(String.join(" ", c) + "\n" + err).isEqualTo(ExitCodes.USAGE);
            assertThat(err).contains("empty file name").doesNotContain("directory");
        }
    }

    @Test
    void tmxConvertAndFilterAndMergeRefuseAnOutputThatIsAnInput() throws IOException {
        byte[] before = Files.readAllBytes(tmx);
        assertThat(run("tmx", "filter", "--lang", "en,ar", "-o", tmx.toString(), tmx.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("tmx", "merge", "-o", tmx.toString(), tmx.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("tmx", "convert", "--to", "tsv", "-o", tmx.toString(), tmx.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readAllBytes(tmx)).isEqualTo(before);
    }

    @Test
    void leftoversOfAKilledRunAreRemovedAndLiveOnesKept() throws Exception {
        Path out = tmp.resolve("out.tsv");
        // a temporary file of a process that no longer exists (a pid that is not running), a minute old
        long dead = deadPid();
        Path stale = tmp.resolve(".out.tsv.tarjama-" + dead + "-123.part");
        Files.writeString(stale, "half");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        // one of a live process (this one): another run writing the same output right now
        Path live = tmp.resolve(".out.tsv.tarjama-" + ProcessHandle.current().pid() + "-456.part");
        Files.writeString(live, "in progress");
        Files.setLastModifiedTime(live, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertThat(run("tmx", "convert", "--to", "tsv", "-o", out.toString(), tmx.toString())).isEqualTo(0);
        assertThat(stale).doesNotExist();
        assertThat(live).exists();
        assertThat(out).exists();
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(javaBin(), "-version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        return p.pid();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void aKilledConversionLeavesNoVisibleOutput() throws Exception {
        // a large TMX so the conversion is still running when it is killed
        StringBuilder sb = new StringBuilder("en\tar\n");
        for (int i = 0; i < 200_000; i++) {
            sb.append("Sentence number ").append(i).append(" of the test.\tالجملة رقم ").append(i).append(" من الاختبار.\n");
        }
        Path big = tmp.resolve("big.tsv");
        Files.writeString(big, sb, StandardCharsets.UTF_8);
        Path out = tmp.resolve("big.tmx");
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-cp", System.getProperty("java.class.path"),
                "org.tarjama.cli.Main", "tmx", "convert", "--to", "tmx", "-o", out.toString(), big.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
        // kill -9 as soon as the temporary file appears
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean sawTemp = false;
        while (p.isAlive() && System.nanoTime() < deadline && !sawTemp) {
            try (var files = Files.list(tmp)) {
                sawTemp = files.anyMatch(f -> f.getFileName().toString().startsWith(".big.tmx.tarjama-"));
            }
            Thread.sleep(5);
        }
        p.destroyForcibly().waitFor();
        assertThat(out).doesNotExist();
        try (var files = Files.list(tmp)) {
            // whatever is left is hidden and marked as temporary, never the output's name
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.contains("big.tmx")))
                    .allMatch(n -> n.startsWith(".big.tmx.tarjama-") && n.endsWith(".part"));
        }
    }
}
