package org.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the mistakes a new user makes are refused with the fix in the message (swapped files, a TMX
 * or a translated XLIFF given to align, an extension that disagrees with --format, a .doc), the format is
 * taken from -o's extension, per-side encodings, encodings detected rather than garbled, and
 * conversions that cannot hold every variant say so.
 */
class UsageMistakesTest {
    @TempDir
    Path tmp;

    private Path en;
    private Path ar;
    private String out;
    private String err;

    private static final String EN = "The minister said the new bridge will open next spring.\n"
            + "Prices rose by 5 percent in 2019, to £150 a month.\nVisitors gathered at the dome.\n";
    private static final String AR = "قال الوزير إن الجسر الجديد سيفتح في الربيع المقبل.\n"
            + "ارتفعت الأسعار بنسبة ٥ في المئة في عام ٢٠١٩ إلى ١٥٠ جنيها في الشهر.\nتجمع الزوار بالقبة.\n";

    @BeforeEach
    void files() throws IOException {
        en = tmp.resolve("doc.en");
        ar = tmp.resolve("doc.ar");
        Files.writeString(en, EN, StandardCharsets.UTF_8);
        Files.writeString(ar, AR, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }

    // ------------------------------------------------------------------ align

    @Test
    void swappedFilesAreRefusedWithTheFixAndForceProceeds() {
        Path x = tmp.resolve("x.tmx");
        assertThat(run("align", "-o", x.toString(), ar.toString(), en.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("look swapped").contains("--force to proceed");
        assertThat(x).doesNotExist();
        assertThat(run("align", "--force", "-o", x.toString(), ar.toString(), en.toString())).as(err).isEqualTo(0);
        assertThat(x).exists();
    }

    @Test
    void swappedFilesInAPairsListAreRefusedAtTheirLine() throws IOException {
        Path list = tmp.resolve("pairs.tsv");
        Files.writeString(list, "doc.en\tdoc.ar\n" + "doc.ar\tdoc.en\n", StandardCharsets.UTF_8);
        assertThat(run("align", "--pairs", list.toString(), "--format", "tsv")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("pairs.tsv").contains("line 2").contains("look swapped");
        assertThat(out).isEmpty();
    }

    @Test
    void aTmxOrATranslatedXliffGivenToAlignIsRefusedWithTheCommandThatReadsIt() throws IOException {
        Path tsv = tmp.resolve("mem.tsv");
        Files.writeString(tsv, "en\tar\nHello.\tمرحبا.\n", StandardCharsets.UTF_8);
        Path tmx = tmp.resolve("mem.tmx");
        assertThat(run("tmx", "convert", "--to", "tmx", "-o", tmx.toString(), tsv.toString())).isEqualTo(0);
        assertThat(run("align", tmx.toString(), ar.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("is a TMX file").contains("tmx convert");
        // a TMX whatever its name
        Path disguised = tmp.resolve("mem.txt");
        Files.copy(tmx, disguised);
        assertThat(run("align", en.toString(), disguised.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("is a TMX file");
        // the same file twice
        assertThat(run("align", "-o", tmp.resolve("z.tmx").toString(), tmx.toString(), tmx.toString())).isNotZero();
        assertThat(run("align", en.toString(), en.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("the same file");
        // a translated XLIFF
        Path xlf = tmp.resolve("done.xlf");
        Files.writeString(xlf, "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                + "<file original=\"a.txt\" source-language=\"en\" target-language=\"ar\" datatype=\"plaintext\"><body>"
                + "<trans-unit id=\"1\"><source>Hello.</source><target>مرحبا.</target></trans-unit></body></file></xliff>\n",
                StandardCharsets.UTF_8);
        assertThat(run("align", xlf.toString(), ar.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("translated XLIFF").contains("tarjama merge");
    }

    @Test
    void theFormatComesFromTheOutputsExtensionAndAConflictIsAUsageError() throws IOException {
        Path tsv = tmp.resolve("out.tsv");
        assertThat(run("align", "-o", tsv.toString(), en.toString(), ar.toString())).as(err).isEqualTo(0);
        String written = Files.readString(tsv);
        assertThat(written).doesNotContain("<tmx").contains("\t");
        assertThat(written.lines().findFirst().orElseThrow().split("\t")).hasSize(4);
        assertThat(run("align", "--format", "tmx", "-o", tmp.resolve("o.tsv").toString(), en.toString(), ar.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("names a .tsv file but --format is tmx");
        assertThat(tmp.resolve("o.tsv")).doesNotExist();
        Path json = tmp.resolve("out.json");
        assertThat(run("align", "-o", json.toString(), en.toString(), ar.toString())).isEqualTo(0);
        assertThat(Files.readString(json).strip()).startsWith("{");
        // an unknown extension decides nothing: TMX as before
        Path other = tmp.resolve("out.data");
        assertThat(run("align", "-o", other.toString(), en.toString(), ar.toString())).isEqualTo(0);
        assertThat(Files.readString(other)).contains("<tmx");

        Path mem = tmp.resolve("mem.tsv");
        Files.writeString(mem, "en\tar\n" + "The minister spoke.\tتحدث الوزير.\n", StandardCharsets.UTF_8);
        Path g = tmp.resolve("g.tsv");
        Files.writeString(g, "en\tar\nminister\tوزير\n", StandardCharsets.UTF_8);
        // the other commands with --format (or --to) and -o
        assertThat(run("names", "-o", tmp.resolve("names.json").toString(), mem.toString())).isLessThanOrEqualTo(1);
        assertThat(Files.readString(tmp.resolve("names.json")).strip()).startsWith("{");
        assertThat(run("names", "--format", "html", "-o", tmp.resolve("n.json").toString(), mem.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("check", "--glossary", g.toString(), "-o", tmp.resolve("r.html").toString(), mem.toString()))
                .isLessThanOrEqualTo(1);
        assertThat(Files.readString(tmp.resolve("r.html"))).contains("<html");
        assertThat(run("check", "--glossary", g.toString(), "--format", "json", "-o", tmp.resolve("r.txt").toString(), mem.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("tmx", "convert", "-o", tmp.resolve("m.tmx").toString(), mem.toString())).as(err).isEqualTo(0);
        assertThat(Files.readString(tmp.resolve("m.tmx"))).contains("<tmx");
        assertThat(run("tmx", "convert", "--to", "csv", "-o", tmp.resolve("m.tsv").toString(), tmp.resolve("m.tmx").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("tmx", "convert", tmp.resolve("m.tmx").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("--to is needed");
        assertThat(run("glossary", "convert", "-o", tmp.resolve("g.tbx").toString(), g.toString())).isEqualTo(0);
        assertThat(Files.readString(tmp.resolve("g.tbx"))).contains("<martif");
        assertThat(run("glossary", "convert", "--to", "json", "-o", tmp.resolve("g2.tbx").toString(), g.toString()))
                .isEqualTo(ExitCodes.USAGE);
        Path tm = tmp.resolve("tm");
        assertThat(run("tm", "import", "--tm", tm.toString(), mem.toString())).isEqualTo(0);
        assertThat(run("tm", "export", "--tm", tm.toString(), "-o", tmp.resolve("e.tsv").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("tmx convert");
        assertThat(tmp.resolve("e.tsv")).doesNotExist();
    }

    @Test
    void alignHasAnEncodingForEachSide() throws IOException {
        Charset win = Charset.forName("windows-1256");
        Path arWin = tmp.resolve("win.ar");
        Files.write(arWin, AR.replace("١٥٠", "150").replace("٥", "5").replace("٢٠١٩", "2019").getBytes(win));
        // English UTF-8 with a pound sign: --encoding windows-1256 for both would turn £150 into آ£150
        assertThat(run("align", "--format", "tsv", "--ar-encoding", "windows-1256", en.toString(), arWin.toString()))
                .as(err).isEqualTo(0);
        assertThat(out).contains("£150").doesNotContain("آ£").contains("قال الوزير");
        assertThat(run("align", "--format", "tsv", "--encoding", "windows-1256", "--en-encoding", "UTF-8",
                en.toString(), arWin.toString())).isEqualTo(0);
        assertThat(out).contains("£150").doesNotContain("آ£");
        assertThat(run("align", "--ar-encoding", "no-such-charset", en.toString(), arWin.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("--ar-encoding");
        assertThat(run("align", "--help")).isEqualTo(0);
        assertThat(out).contains("--en-encoding").contains("--ar-encoding").contains("--encoding");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsDetected() throws IOException {
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path a = tmp.resolve("u16-" + cs.name() + ".ar");
            Files.write(a, AR.getBytes(cs));
            Path e = tmp.resolve("u16-" + cs.name() + ".en");
            Files.write(e, EN.getBytes(cs));
            assertThat(run("align", "--format", "tsv", e.toString(), a.toString())).as(cs + ": " + err).isEqualTo(0);
            assertThat(out).contains("The minister said").contains("قال الوزير");
            assertThat(run("segment", "--lang", "ar", a.toString())).as(err).isEqualTo(0);
            assertThat(out).contains("تجمع الزوار بالقبة.");
        }
    }

    @Test
    void iso88596IsToldApartFromWindows1256() throws IOException {
        Path iso = tmp.resolve("iso.ar");
        Files.write(iso, AR.replace("١٥٠", "150").replace("٥", "5").replace("٢٠١٩", "2019").getBytes(Charset.forName("ISO-8859-6")));
        assertThat(run("segment", "--lang", "ar", iso.toString())).as(err).isEqualTo(0);
        assertThat(out).contains("قال الوزير إن الجسر الجديد").contains("تجمع الزوار بالقبة.");
        Path win = tmp.resolve("win.ar");
        Files.write(win, AR.replace("١٥٠", "150").replace("٥", "5").replace("٢٠١٩", "2019").getBytes(Charset.forName("windows-1256")));
        assertThat(run("segment", "--lang", "ar", win.toString())).as(err).isEqualTo(0);
        assertThat(out).contains("قال الوزير إن الجسر الجديد").contains("تجمع الزوار بالقبة.");
    }

    @Test
    void anUnknownEncodingInAnXmlDeclarationIsRefusedWithItsName() throws IOException {
        Path tmx = tmp.resolve("odd.tmx");
        Files.writeString(tmx, "<?xml version=\"1.0\" encoding=\"x-klingon-7\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/>"
                + "<body><tu><tuv xml:lang=\"en\"><seg>Hi</seg></tuv><tuv xml:lang=\"ar\"><seg>مرحبا</seg></tuv></tu></body></tmx>\n",
                StandardCharsets.UTF_8);
        for (String[] c : List.of(new String[] {"tmx", "stats", tmx.toString()}, new String[] {"tmx", "convert", "--to", "tsv", tmx.toString()})) {
            assertThat(run(c)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err).contains("odd.tmx").contains("x-klingon-7").contains("UTF-8");
        }
    }

    @Test
    void anUnsupportedFormatIsRefusedWithTheSupportedList() throws IOException {
        Path doc = tmp.resolve("letter.doc");
        Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0});
        assertThat(run("align", doc.toString(), ar.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains(".doc is not a format Tarjama reads").contains("save it as .docx").contains(".odt").contains(".html");
        Path tm = tmp.resolve("tm");
        Path mem = tmp.resolve("mem.tsv");
        Files.writeString(mem, "en\tar\nHello.\tمرحبا.\n", StandardCharsets.UTF_8);
        assertThat(run("tm", "import", "--tm", tm.toString(), mem.toString())).isEqualTo(0);
        assertThat(run("pretranslate", "--tm", tm.toString(), "-o", tmp.resolve("o.xlf").toString(), doc.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("Supported:");
        // binary data under another name names the supported formats too
        Path bin = tmp.resolve("letter.en");
        Files.copy(doc, bin);
        assertThat(run("segment", "--lang", "en", bin.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains("binary data").contains(".docx");
    }

    // ------------------------------------------------------------------ conversions

    @Test
    void tmxToTsvCountsTheVariantsItCannotWrite() throws IOException {
        Path tmx = tmp.resolve("multi.tmx");
        Files.writeString(tmx, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\n"
                + "<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>Hello.</seg></tuv><tuv xml:lang=\"ar\"><seg>مرحبا.</seg></tuv>"
                + "<tuv xml:lang=\"fr\"><seg>Bonjour.</seg></tuv></tu>\n"
                + "<tu tuid=\"2\"><tuv xml:lang=\"en\"><seg>Colour.</seg></tuv><tuv xml:lang=\"en-GB\"><seg>Colour (GB).</seg></tuv>"
                + "<tuv xml:lang=\"ar\"><seg>لون.</seg></tuv><tuv xml:lang=\"fr\"><seg>Couleur.</seg></tuv></tu>\n"
                + "<tu tuid=\"3\"><tuv xml:lang=\"en\"><seg>Only two.</seg></tuv><tuv xml:lang=\"ar\"><seg>اثنان فقط.</seg></tuv></tu>\n"
                + "</body></tmx>\n", StandardCharsets.UTF_8);
        for (String to : new String[] {"tsv", "csv", "xliff"}) {
            assertThat(run("tmx", "convert", "--to", to, tmx.toString())).as(err).isEqualTo(0);
            assertThat(err).contains("2 fr variants not written").contains("--tgt fr")
                    .contains("1 en-GB variant not written").contains("second en variant")
                    .contains("3 variants not written");
        }
        // with only the pair there is nothing to say
        Path two = tmp.resolve("two.tsv");
        Files.writeString(two, "en\tar\nHello.\tمرحبا.\n", StandardCharsets.UTF_8);
        assertThat(run("tmx", "convert", "--to", "tsv", two.toString())).isEqualTo(0);
        assertThat(err).doesNotContain("not written");
    }
}
