package org.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of {@code check}, {@code names} and {@code align --report} (text, JSON, HTML, the split
 * HTML, the suggested glossaries and the suppression files) byte for byte as they were before the
 * findings model was unified: a change of any report is a change of a command-line contract and must
 * show up here. Inputs are the bundled samples ({@code tmx-samples/}, {@code glossary/}) and the names
 * test fixtures. The goldens live in {@code src/test/resources/org/tarjama/report/golden/}; {@code {OUT}}
 * in them stands for the run's temporary folder. When a report changes on purpose, rerun with
 * {@code -Dtarjama.regold=true} to rewrite them, and review the diff.
 */
class ReportGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/org/tarjama/report/golden");
    private static final String PAIRS = "src/test/resources/org/tarjama/names/seed-pairs.tsv";
    private static final String ASHKELON = "src/test/resources/org/tarjama/names/glossary-ashkelon.tsv";
    private static final String SEED = "tmx-samples/seed.tmx";

    @TempDir
    Path tmp;

    /**
     * One command line: its name (the golden files' stem), its arguments ({@code {OUT}} = the temporary
     * folder) and the files it writes there, compared besides its standard output and exit code.
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                c("check-text", List.of(), "check", "--glossary", "glossary/names.tsv", SEED),
                c("check-json", List.of(), "check", "--glossary", "glossary/names.tbx", SEED, "--format", "json"),
                c("check-html", List.of("review.html"), "check", "--glossary", "glossary/names.tsv", SEED,
                        "--format", "html", "-o", "{OUT}/review.html", "--fail-on", "warning"),
                c("check-html-split", List.of("split.html", "split-1.html", "split-2.html", "split-3.html"),
                        "check", "--glossary", "glossary/names.tsv", SEED, "-o", "{OUT}/split.html", "--rows-per-file", "2"),
                c("check-pairs-json", List.of(), "check", "--glossary", ASHKELON, PAIRS, "--format", "json"),
                c("check-pairs-text", List.of(), "check", "--glossary", "glossary/names.tsv", PAIRS, "--fail-on", "never"),
                c("check-suppressions", List.of("check.ids"), "check", "--glossary", "glossary/names.tsv", SEED,
                        "--format", "json", "--write-suppressions", "{OUT}/check.ids"),
                c("check-suppressed-json", List.of(), "check", "--glossary", "glossary/names.tsv", SEED, "--format", "json",
                        "--suppress", GOLDEN + "/check-accepted.ids"),
                c("check-suppressed-text", List.of(), "check", "--glossary", "glossary/names.tsv", SEED,
                        "--suppress", GOLDEN + "/check-accepted.ids"),
                c("names-text", List.of(), "names", SEED),
                c("names-glossary-text", List.of(), "names", "--glossary", "glossary/names.tsv", SEED),
                c("names-json", List.of(), "names", "--format", "json", SEED),
                c("names-glossary-json", List.of(), "names", "--glossary", "glossary/names.tsv", "--format", "json", SEED),
                c("names-html", List.of(), "names", "--format", "html", SEED),
                c("names-glossary-html", List.of(), "names", "--glossary", "glossary/names.tsv", "--format", "html", SEED),
                c("names-html-file", List.of("names.html"), "names", "--format", "html", SEED, "-o", "{OUT}/names.html"),
                c("names-html-split", List.of("n.html", "n-1.html", "n-2.html", "n-3.html"), "names", SEED,
                        "-o", "{OUT}/n.html", "--rows-per-file", "8"),
                c("names-tsv", List.of(), "names", "--format", "tsv", SEED),
                c("names-tbx", List.of(), "names", "--format", "tbx", SEED),
                c("names-pairs-json", List.of(), "names", "--format", "json", PAIRS),
                c("names-pairs-glossary-text", List.of(), "names", "--glossary", ASHKELON, PAIRS),
                c("names-suppressions", List.of("names.ids"), "names", "--format", "json", SEED,
                        "--write-suppressions", "{OUT}/names.ids"),
                c("names-suppressed-json", List.of(), "names", "--format", "json", SEED,
                        "--suppress", GOLDEN + "/names-accepted.ids"),
                c("names-suppressed-html", List.of(), "names", "--format", "html", SEED,
                        "--suppress", GOLDEN + "/names-accepted.ids"),
                c("align-report-text", List.of("dropped.txt"), "align", "tmx-samples/seed.raw.en", "tmx-samples/seed.raw.ar",
                        "--format", "tsv", "--min-score", "0.5", "--report", "{OUT}/dropped.txt"),
                c("align-report-json", List.of("dropped.json"), "align", "tmx-samples/seed.raw.en",
                        "tmx-samples/seed.raw.ar", "--format", "tsv", "--min-score", "0.5", "--report", "{OUT}/dropped.json"),
                c("align-report-html", List.of("dropped.html"), "align", "tmx-samples/seed.raw.en",
                        "tmx-samples/seed.raw.ar", "--format", "tsv", "--min-score", "0.5", "--report", "{OUT}/dropped.html"));
    }

    private static Arguments c(String name, List<String> files, String... args) {
        return Arguments.of(name, files, List.of(args));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportIsByteForByteTheGolden(String name, List<String> files, List<String> args) throws IOException {
        String out = tmp.toString();
        List<String> argv = new ArrayList<>();
        for (String a : args) {
            argv.add(a.replace("{OUT}", out));
        }
        CliRunner.Result r = CliRunner.run(argv.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isLessThan(2);
        check(name + ".out", "exit " + r.exitCode() + "\n" + r.out().replace(out, "{OUT}"));
        for (String f : files) {
            check(name + "." + f, Files.readString(tmp.resolve(f), StandardCharsets.UTF_8).replace(out, "{OUT}"));
        }
    }

    private static void check(String golden, String actual) throws IOException {
        Path g = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("tarjama.regold")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(g, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(g).as("golden file " + g + " (write it with -Dtarjama.regold=true)").exists();
        assertThat(actual).as(golden).isEqualTo(Files.readString(g, StandardCharsets.UTF_8));
    }
}
