package org.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15: input beyond the documented limits (docs/limits.md) is bad input (exit 3) naming the file
 * and position, long before the heap runs out. In-process runs lower a limit through its system
 * property (small files, fast); the subprocess runs keep the default limits and a small heap, with
 * inputs many times the heap's size would be needed to hold them otherwise.
 */
class InputLimitsTest {
    @TempDir
    Path tmp;

    private String err;
    private final List<String> properties = new ArrayList<>();

    private int run(String... args) {
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(e));
        err = e.toString();
        return code;
    }

    private void limit(String name, long value) {
        String p = "tarjama.limit." + name;
        properties.add(p);
        System.setProperty(p, Long.toString(value));
    }

    @AfterEach
    void clear() {
        properties.forEach(System::clearProperty);
    }

    // ------------------------------------------------------------------ TMX segment

    private Path tmxWithSegment(int chars) throws IOException {
        Path f = tmp.resolve("long.tmx");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"t\" "
                    + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n"
                    + "<body>\n<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>Hello.</seg></tuv><tuv xml:lang=\"ar\"><seg>مرحبا.</seg></tuv></tu>\n"
                    + "<tu tuid=\"2\"><tuv xml:lang=\"en\"><seg>");
            char[] block = "word ".repeat(1000).toCharArray();
            for (int n = 0; n < chars; n += block.length) {
                w.write(block);
            }
            w.write("</seg></tuv><tuv xml:lang=\"ar\"><seg>نص</seg></tuv></tu>\n</body>\n</tmx>\n");
        }
        return f;
    }

    @Test
    void aTmxUnitOverTheLimitIsBadInputWithItsLine() throws IOException {
        limit("unitChars", 10_000);
        Path f = tmxWithSegment(50_000);
        for (String[] c : List.of(new String[] {"tmx", "stats", f.toString()},
                new String[] {"tmx", "convert", "--to", "tsv", f.toString()},
                new String[] {"tm", "import", "--tm", tmp.resolve("tm").toString(), f.toString()})) {
            assertThat(run(c)).as(String.join(" ", c) + "\n" + err).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err).contains("long.tmx").contains("line 6").contains("longer than 10,000 characters")
                    .contains("tarjama.limit.unitChars");
        }
        // under the limit the same file is fine
        limit("unitChars", 100_000);
        assertThat(run("tmx", "stats", f.toString())).as(err).isEqualTo(0);
    }

    // ------------------------------------------------------------------ text line

    private Path textWithLine(String name, int chars) throws IOException {
        Path f = tmp.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("A first paragraph. It is short.\n");
            String block = "The long line goes on and on. ".repeat(100);
            for (int n = 0; n < chars; n += block.length()) {
                w.write(block);
            }
            w.write("\nA last paragraph.\n");
        }
        return f;
    }

    @Test
    void aTextLineOverTheLimitIsBadInputForSegmentAndAlign() throws IOException {
        limit("lineChars", 5_000);
        Path en = textWithLine("long.en", 20_000);
        Path ar = tmp.resolve("short.ar");
        Files.writeString(ar, "فقرة أولى.\nفقرة أخيرة.\n", StandardCharsets.UTF_8);
        assertThat(run("segment", "--lang", "en", en.toString())).as(err).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("long.en").contains("line 2 is longer than 5,000 characters").contains("tarjama.limit.lineChars");
        assertThat(run("align", en.toString(), ar.toString())).as(err).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("long.en").contains("line 2 is longer than 5,000");
        assertThat(run("align", "--segmented", en.toString(), ar.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        // a TSV memory row too
        Path tsv = tmp.resolve("mem.tsv");
        Files.writeString(tsv, "en\tar\n" + "x".repeat(6_000) + "\tس\n", StandardCharsets.UTF_8);
        assertThat(run("tm", "import", "--tm", tmp.resolve("tm").toString(), tsv.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("mem.tsv").contains("line 2");
    }

    @Test
    void aMinifiedJsonGlossaryIsNotALongLine() throws IOException {
        limit("lineChars", 200);
        Path g = tmp.resolve("g.json");
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 40; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"en\":\"Gaza").append(i).append("\",\"ar\":[\"غزة").append(i).append("\"]}");
        }
        Files.writeString(g, sb.append("]"), StandardCharsets.UTF_8);
        assertThat(run("glossary", "convert", "--to", "tsv", g.toString())).as(err).isEqualTo(0);
    }

    // ------------------------------------------------------------------ glossary cell

    @Test
    void aJsonGlossaryStringOverTheLimitIsBadInputWithItsPosition() throws IOException {
        limit("cellChars", 1_000);
        Path g = tmp.resolve("g.json");
        Files.writeString(g, "{\"entries\": [\n {\"en\": \"Gaza\", \"ar\": [\"غزة\"]},\n {\"en\": \"" + "x".repeat(5_000)
                + "\", \"ar\": [\"س\"]}\n]}\n", StandardCharsets.UTF_8);
        Path tsv = tmp.resolve("mem.tsv");
        Files.writeString(tsv, "en\tar\nGaza is here.\tغزة هنا.\n", StandardCharsets.UTF_8);
        assertThat(run("glossary", "convert", "--to", "tbx", g.toString())).as(err).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("g.json").contains("line 3").contains("longer than 1,000 characters");
        assertThat(run("check", "--glossary", g.toString(), tsv.toString())).as(err).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("g.json").contains("longer than 1,000");
    }

    @Test
    void aTbxTermOverTheLimitIsBadInputWithItsLine() throws IOException {
        limit("cellChars", 1_000);
        Path g = tmp.resolve("g.tbx");
        Files.writeString(g, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif type=\"TBX-Basic\" xml:lang=\"en\"><text><body>\n"
                + "<termEntry id=\"1\"><langSet xml:lang=\"en\"><tig><term>Gaza</term></tig></langSet>"
                + "<langSet xml:lang=\"ar\"><tig><term>غزة</term></tig></langSet></termEntry>\n"
                + "<termEntry id=\"2\"><langSet xml:lang=\"en\"><tig><term>" + "x".repeat(5_000) + "</term></tig></langSet>"
                + "<langSet xml:lang=\"ar\"><tig><term>س</term></tig></langSet></termEntry>\n</body></text></martif>\n",
                StandardCharsets.UTF_8);
        assertThat(run("glossary", "convert", "--to", "tsv", g.toString())).as(err).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("g.tbx").contains("line 4").contains("longer than 1,000 characters");
    }

    // ------------------------------------------------------------------ zip bomb

    private Path docx(String name, long documentXmlBytes) throws IOException {
        Path f = tmp.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 16];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long n = 0; n < documentXmlBytes; n += spaces.length) {
                z.write(spaces);
            }
            z.write("Hello.</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    @Test
    void aDocxWhoseXmlInflatesBeyondTheLimitIsRefusedBeforeParsing() throws IOException {
        limit("documentPartBytes", 1 << 20);
        Path bomb = docx("bomb.docx", 4 << 20);
        assertThat(Files.size(bomb)).isLessThan(100_000); // small on disk, large inflated
        Path tm = tmp.resolve("tm");
        Path tsv = tmp.resolve("mem.tsv");
        Files.writeString(tsv, "en\tar\nHello.\tمرحبا.\n", StandardCharsets.UTF_8);
        assertThat(run("tm", "import", "--tm", tm.toString(), tsv.toString())).isEqualTo(0);
        assertThat(run("pretranslate", "--tm", tm.toString(), "-o", tmp.resolve("out.xlf").toString(), bomb.toString()))
                .as(err).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("bomb.docx").contains("word/document.xml").contains("inflate to more than 1,048,576 bytes");
        assertThat(tmp.resolve("out.xlf")).doesNotExist();
    }

    // ------------------------------------------------------------------ manifest

    private Path memory() throws IOException {
        Path tsv = tmp.resolve("mem.tsv");
        Files.writeString(tsv, "en\tar\nThe minister spoke.\tتحدث الوزير.\nVisitors gathered at the dome.\tتجمع الزوار بالقبة.\n",
                StandardCharsets.UTF_8);
        Path tm = tmp.resolve("tm");
        assertThat(run("tm", "import", "--tm", tm.toString(), tsv.toString())).isEqualTo(0);
        return tm;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483647", "-5", "1000000"})
    void aManifestUnitCountTheSegmentCannotHoldIsBadInputForEveryCommand(String units) throws IOException {
        Path tm = memory();
        Path manifest = tm.resolve("MANIFEST");
        List<String> lines = new ArrayList<>(Files.readAllLines(manifest));
        for (int i = 0; i < lines.size(); i++) {
            String[] p = lines.get(i).split(" ");
            if (p[0].equals("segment")) {
                lines.set(i, p[0] + " " + p[1] + " " + units + " " + p[3]);
            }
        }
        Files.write(manifest, lines);
        byte[] damaged = Files.readAllBytes(manifest);
        Path more = tmp.resolve("more.tsv");
        Files.writeString(more, "en\tar\nA new unit.\tوحدة جديدة.\n", StandardCharsets.UTF_8);
        for (String[] c : List.of(new String[] {"tm", "stats", "--tm", tm.toString()},
                new String[] {"lookup", "--tm", tm.toString(), "The minister spoke."},
                new String[] {"tm", "export", "--tm", tm.toString()},
                new String[] {"tm", "import", "--tm", tm.toString(), more.toString()})) {
            assertThat(run(c)).as(String.join(" ", c) + "\n" + err).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err).contains("MANIFEST").contains("damaged").doesNotContain("internal error");
        }
        assertThat(Files.readAllBytes(manifest)).isEqualTo(damaged);
    }

    @Test
    void aMemoryWhoseManifestWasDeletedIsRefusedAndItsSegmentsKept() throws IOException {
        Path tm = memory();
        List<Path> segments;
        try (var s = Files.list(tm)) {
            segments = s.filter(p -> p.getFileName().toString().startsWith("seg-")).toList();
        }
        assertThat(segments).isNotEmpty();
        Files.delete(tm.resolve("MANIFEST"));
        Path more = tmp.resolve("more.tsv");
        Files.writeString(more, "en\tar\nA new unit.\tوحدة جديدة.\n", StandardCharsets.UTF_8);
        assertThat(run("tm", "import", "--tm", tm.toString(), more.toString())).as(err).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("no MANIFEST").contains("Restore MANIFEST");
        assertThat(segments).allMatch(Files::exists);
        assertThat(run("tm", "stats", "--tm", tm.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("lookup", "--tm", tm.toString(), "The minister spoke.")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(segments).allMatch(Files::exists);
    }

    // ------------------------------------------------------------------ default limits, small heap

    private int subprocess(String heap, Path errFile, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), "org.tarjama.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errFile.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void withTheDefaultLimitsHugeSegmentsAndLinesAreRefusedInASmallHeap() throws Exception {
        // 40 M characters: held whole (with a StringBuilder's doubling) it would need far more than 64 MB
        Path tmx = tmxWithSegment(40 << 20);
        Path errFile = tmp.resolve("err.txt");
        assertThat(subprocess("-Xmx64m", errFile, "tmx", "convert", "--to", "tsv", tmx.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Files.readString(errFile)).contains("longer than 4,194,304 characters").doesNotContain("OutOfMemory");
        Files.delete(tmx);
        Path en = textWithLine("huge.en", 40 << 20);
        assertThat(subprocess("-Xmx64m", errFile, "segment", "--lang", "en", en.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Files.readString(errFile)).contains("line 2 is longer than 1,048,576 characters").doesNotContain("OutOfMemory");
    }
}
