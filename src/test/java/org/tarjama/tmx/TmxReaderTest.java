package org.tarjama.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.model.Diagnostic;
import org.tarjama.model.TranslationUnit;

class TmxReaderTest {
    static Path resource(String name) {
        try {
            return Path.of(TmxReaderTest.class.getResource("/org/tarjama/tmx/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<TranslationUnit> readAll(TmxReader r) {
        List<TranslationUnit> l = new ArrayList<>();
        r.forEachRemaining(l::add);
        return l;
    }

    private static TmxReader of(String xml) {
        return TmxReader.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.tmx");
    }

    private static final String HEAD = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"t\" creationtoolversion=\"1\" "
            + "segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n";

    @Test
    void readsTheSeedFixtureBackUnitForUnit(@TempDir Path dir) {
        List<TranslationUnit> seed = SeedTmx.units();
        assertThat(seed).hasSize(21);
        assertThat(SeedTmx.read(SeedTmx.write(dir.resolve("seed.tmx"), TmxProfile.GENERIC))).isEqualTo(seed);
    }

    @Test
    void namesTheElementAMisplacedEndTagCloses() {
        assertThatThrownBy(() -> readAll(TmxReader.open(resource("broken/broken-units.tmx"))))
                .isInstanceOf(TmxFormatException.class)
                .hasMessageEndingWith("broken-units.tmx: line 7, column 1: </tu> closes <tuv> opened at line 6");
    }

    @Test
    void lenientModeSkipsEveryBrokenUnitReportsEachAndKeepsTheRest() {
        try (TmxReader r = TmxReader.open(resource("broken/broken-units.tmx"), true)) {
            List<TranslationUnit> units = readAll(r);
            assertThat(units).extracting(TranslationUnit::tuid).containsExactly("2", "6");
            assertThat(r.skippedCount()).isEqualTo(4);
            assertThat(r.skipped()).extracting(d -> d.location().line() + ":" + d.location().column())
                    .containsExactly("7:1", "9:84", "11:1", "11:14");
            assertThat(r.skipped()).extracting(Diagnostic::message).satisfiesExactly(
                    m -> assertThat(m).startsWith("</tu> closes <tuv> opened at line 6"),
                    m -> assertThat(m).contains("Undeclared general entity \"bogus\""),
                    m -> assertThat(m).startsWith("<tu> before the </tu> of the <tu> opened at line 10"),
                    m -> assertThat(m).startsWith("<tuv> without a language"));
        }
    }

    @Test
    void reportsATruncatedFile() {
        assertThatThrownBy(() -> readAll(of(HEAD + "<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>cut")))
                .isInstanceOf(TmxFormatException.class).hasMessageContaining("the file ends inside <tu> opened at line 5");
    }

    @Test
    void reportsAMissingEndOfBody() {
        assertThatThrownBy(() -> readAll(of(HEAD + "<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>\n")))
                .isInstanceOf(TmxFormatException.class).hasMessageContaining("t.tmx: line 6, column 1: the file ends inside <body>");
    }

    @Test
    void reportsAFileThatIsNotTmx() {
        assertThatThrownBy(() -> readAll(of("<?xml version=\"1.0\"?><xliff version=\"1.2\"/>")))
                .isInstanceOf(TmxFormatException.class).hasMessageContaining("unexpected <xliff> before <body>");
    }

    @Test
    void reportsATuvWithoutSeg() {
        assertThatThrownBy(() -> readAll(of(HEAD + "<tu>\n  <tuv xml:lang=\"en\"></tuv></tu></body></tmx>")))
                .isInstanceOf(TmxFormatException.class).hasMessageContaining("line 6, column 3: <tuv xml:lang=\"en\"> has no <seg>");
    }

    @Test
    void reportsForeignElementsInASegment() {
        assertThatThrownBy(() -> readAll(of(HEAD + "<tu><tuv xml:lang=\"en\"><seg>a <b>bold</b></seg></tuv></tu></body></tmx>")))
                .isInstanceOf(TmxFormatException.class).hasMessageContaining("<b> is not allowed in <seg>");
    }

    @Test
    void neverLoadsAnExternalEntity() {
        try (TmxReader r = TmxReader.open(resource("malicious/xxe.tmx"), true)) {
            List<TranslationUnit> units = readAll(r);
            assertThat(units).extracting(TranslationUnit::tuid).containsExactly("1");
            assertThat(r.hadDoctype()).isTrue();
            assertThat(r.skipped()).singleElement().satisfies(d -> assertThat(d.message()).contains("Undeclared general entity \"secret\""));
        }
        assertThatThrownBy(() -> readAll(TmxReader.open(resource("malicious/xxe.tmx"))))
                .isInstanceOf(TmxFormatException.class).hasMessageContaining("line 10").hasMessageNotContaining("root:");
    }

    @Test
    @Timeout(10)
    void neverExpandsEntitiesDeclaredInTheFile() {
        assertThatThrownBy(() -> TmxReader.open(resource("malicious/billion-laughs.tmx")).header())
                .isInstanceOf(TmxFormatException.class).hasMessageContaining("Undeclared general entity \"lol9\"");
        try (TmxReader r = TmxReader.open(resource("malicious/billion-laughs-body.tmx"), true)) {
            assertThat(readAll(r)).extracting(TranslationUnit::tuid).containsExactly("2");
            assertThat(r.skippedCount()).isEqualTo(1);
        }
    }

    @Test
    void keepsTheLocationOfEachUnit() {
        try (TmxReader r = of(HEAD + "<tu tuid=\"a\"><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>\n  <tu tuid=\"b\"><tuv xml:lang=\"en\"><seg>y</seg></tuv></tu></body></tmx>")) {
            r.next();
            r.next();
            assertThat(r.location().line()).isEqualTo(6);
            assertThat(r.location().column()).isEqualTo(3);
            assertThat(r.location().unit()).isEqualTo(2);
            assertThat(r.location().tuid()).isEqualTo("b");
        }
    }

    @Test
    void readsAnEmptyBodyAndSelfClosedUnits() {
        try (TmxReader r = of(HEAD + "</body></tmx>")) {
            assertThat(r.hasNext()).isFalse();
            assertThat(r.srcLang()).isEqualTo("en");
        }
    }

    @Test
    void countsLinesOfWindowsLineEndings() {
        String xml = (HEAD + "<tu tuid=\"1\">\n<tuv xml:lang=\"en\"><seg>a\nb</seg></tuv>\n</tu>\n<tu tuid=\"2\">\n<tuv xml:lang=\"en\"><seg>c</seg>\n</tu>\n</body></tmx>")
                .replace("\n", "\r\n");
        try (TmxReader r = of(xml)) {
            assertThat(r.next().text("en")).isEqualTo("a\nb");
            assertThatThrownBy(r::next).hasMessageEndingWith("t.tmx: line 11, column 1: </tu> closes <tuv> opened at line 10");
        }
    }

    @Test
    void readsASelfClosedBody() {
        try (TmxReader r = of(HEAD.replace("<body>\n", "<body/>\n") + "</tmx>\n")) {
            assertThat(r.hasNext()).isFalse();
        }
    }

    @Test
    void reportsTextAfterTheLastUnitInStrictModeAndKeepsUnitsInLenientMode() {
        String xml = HEAD + "<tu><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>\nstray text\n<tu><tuv xml:lang=\"en\"><seg>y</seg></tuv></tu></body></tmx>";
        assertThatThrownBy(() -> readAll(of(xml))).hasMessageContaining("t.tmx: line 6, column 1: unexpected text in <body>; expected <tu>");
        try (TmxReader r = TmxReader.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.tmx", true)) {
            assertThat(readAll(r)).hasSize(2);
            assertThat(r.trailingProblems()).hasSize(1);
        }
    }

    @Test
    void reportsBytesThatAreNotUtf8() {
        byte[] head = (HEAD + "<tu><tuv xml:lang=\"en\"><seg>").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[head.length + 3];
        System.arraycopy(head, 0, bad, 0, head.length);
        bad[head.length] = (byte) 0xC3;
        bad[head.length + 1] = (byte) 0x28;
        bad[head.length + 2] = '<';
        assertThatThrownBy(() -> readAll(TmxReader.open(new ByteArrayInputStream(bad), "bad.tmx", true)))
                .isInstanceOf(TmxFormatException.class).hasMessageContaining("not valid UTF-8");
    }
}
