package org.tarjama.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjama.tmx.TmxCommandsTest.tarjama;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;

/**
 * The LISA TMX compliance kit (src/test/resources/org/tarjama/tmx/compkit, public domain): every import
 * test extracted as the kit expects, every file valid, every TMX → TMX rewrite valid against the TMX 1.4b
 * DTD and identical to its input element for element, attribute for attribute.
 */
class KitComplianceTest {
    static final Path KIT = TmxReaderTest.resource("compkit");

    /** The source → target pairs an import of {@code tmx} for {@code src} → {@code tgt} yields, in order. */
    static Map<String, String> extract(Path tmx, String src, String tgt) {
        Map<String, String> pairs = new LinkedHashMap<>();
        try (TmxReader r = TmxReader.open(tmx)) {
            while (r.hasNext()) {
                r.next().pair(src, tgt).ifPresent(p -> pairs.put(p[0].text(), p[1].text()));
            }
        }
        return pairs;
    }

    static List<String> lines(Path f, Charset cs) throws IOException {
        String s = new String(Files.readAllBytes(f), cs);
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return s.lines().filter(l -> !l.isEmpty()).toList();
    }

    @ParameterizedTest(name = "ImportTest{0}: {1} -> {2}")
    @CsvSource({"1A, en-us, fr-ca, fr-ca, UTF-8", "1B, en-us, fr-ca, fr-ca, UTF-8", "1C, en-us, fr-ca, fr-ca, UTF-8",
        "1D, en-us, en-gb, en-gb, UTF-8", "1E, en-us, en-gb, en-gb, UTF-8", "1F, en-us, en-gb, en-gb, UTF-8",
        "1G, en-us, en-gb, en-gb, UTF-8", "1H, en-us, en-gb, en-gb, UTF-8", "1I, en-us, ja-jp, ja-jp, UTF-16LE"})
    void importTestTranslatesTheSourceDocumentLineByLine(String test, String src, String tgt, String suffix, String cs) throws IOException {
        Map<String, String> pairs = extract(KIT.resolve("ImportTest" + test + ".tmx"), src, tgt);
        List<String> source = lines(KIT.resolve("ImportTest" + test + ".txt"), StandardCharsets.UTF_8);
        List<String> target = lines(KIT.resolve("ImportTest" + test + "_" + suffix + ".txt"), Charset.forName(cs));
        assertThat(source).hasSameSizeAs(target);
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < source.size(); i++) {
            expected.put(source.get(i), target.get(i));
        }
        assertThat(pairs).containsExactlyEntriesOf(expected);
    }

    @Test
    void import1cTakesTheAskedVariantNotTheFirstOneOfTheLanguage() {
        assertThat(extract(KIT.resolve("ImportTest1C.tmx"), "en-gb", "fr-ca")).containsExactly(
                Map.entry("First entry in UK English", "First entry in French Canadian"),
                Map.entry("Second entry in UK English", "Second entry in French Canadian"),
                Map.entry("Third entry in UK English", "Third entry in French Canadian"));
        assertThat(extract(KIT.resolve("ImportTest1C.tmx"), "EN-GB", "Ja-jP")).hasSize(3).containsKey("Second entry in UK English");
        // en is ambiguous in 1C (en-us and en-gb): no guess
        assertThat(extract(KIT.resolve("ImportTest1C.tmx"), "en", "fr")).isEmpty();
    }

    @Test
    void import1jSelectsLanguagesByCodeWhateverTheOrderAndTheHeader() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("First entry in US English", "First entry in UK English");
        expected.put("Second entry in US English", "Second entry in UK English");
        assertThat(extract(KIT.resolve("ImportTest1J.tmx"), "en-us", "en-gb")).containsExactlyEntriesOf(expected);
        // "For import with source=en-us and target=en-gb, only first and second entries should be imported"
        assertThat(extract(KIT.resolve("ImportTest1J_many.tmx"), "en-us", "en-gb")).containsExactlyEntriesOf(expected);
    }

    @Test
    void import1kImportsNothingForEnUsToEnGb() {
        // no en-us variant; the en-gb one is the target's, so the source does not fall back to it
        assertThat(extract(KIT.resolve("ImportTest1K.tmx"), "en-us", "en-gb")).isEmpty();
        Result r = run("tmx", "convert", "--to", "tsv", "--src", "en-us", "--tgt", "en-gb", KIT.resolve("ImportTest1K.tmx").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("en-us\ten-gb\n");
        // a unique base-language fallback is taken, and said
        Result de = run("tmx", "convert", "--to", "tsv", "--src", "de", "--tgt", "en-gb", KIT.resolve("ImportTest1K.tmx").toString());
        assertThat(de.out()).isEqualTo("de\ten-gb\nFirst Entry - German\tFirst Entry - UK English\n");
        assertThat(de.err()).contains("note: ", "no de variant: using the de-de variant");
    }

    @Test
    void import1lReadsEveryElementAndAttribute() {
        List<TranslationUnit> units = SeedTmx.read(KIT.resolve("ImportTest1L.tmx"));
        assertThat(units).singleElement().satisfies(u -> {
            assertThat(u.tuid()).isEqualTo("tu001");
            assertThat(u.attributes()).containsEntry("srclang", "en-us").containsEntry("usagecount", "100").hasSize(13);
            assertThat(u.notes()).containsExactly("Text of tu note 1", "Text of tu note 2");
            assertThat(u.variants()).extracting(Variant::lang).containsExactly("en-us", "fr", "en-gb");
            assertThat(u.pair("en-us", "fr")).get().extracting(p -> p[1].text()).isEqualTo("Texte du segment.");
            assertThat(u.pair("en-us", "en-gb")).get().extracting(p -> p[1].text()).isEqualTo("Text of the segment.");
        });
        try (TmxReader r = TmxReader.open(KIT.resolve("ImportTest1L.tmx"))) {
            assertThat(r.header().notes()).containsExactly("Text of header note 1", "Text of header note 2");
        }
    }

    /** The native document text of a segment: code content as is, text escaped as the document format escapes it. */
    static String nativeText(Variant v, boolean html) throws Exception {
        XMLStreamReader x = UnitParser.newFactory().createXMLStreamReader(new java.io.StringReader("<seg>" + v.markup() + "</seg>"));
        StringBuilder sb = new StringBuilder();
        int code = 0;
        x.nextTag();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT && !x.getLocalName().equals("hi")) {
                code++;
            } else if (ev == XMLStreamConstants.END_ELEMENT && !x.getLocalName().equals("hi") && !x.getLocalName().equals("seg")) {
                code--;
            } else if (ev == XMLStreamConstants.CHARACTERS) {
                String t = x.getText();
                sb.append(code > 0 || !html ? t : t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"));
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource({"ImportTest2A.tmx", "ImportTest2A-0index.tmx"})
    void import2aSegmentsWithTheirCodesAreTheHtmlDocumentsText(String file) throws Exception {
        String en = Files.readString(KIT.resolve("ImportTest2A.htm"), Charset.forName("windows-1252"));
        String fr = Files.readString(KIT.resolve("ImportTest2A_fr-ca.htm"), Charset.forName("windows-1252"));
        List<TranslationUnit> units = SeedTmx.read(KIT.resolve(file));
        assertThat(units).hasSize(7);
        for (TranslationUnit u : units) {
            Variant[] p = u.pair("en-us", "fr-ca").orElseThrow();
            String s = nativeText(p[0], true);
            String t = nativeText(p[1], true);
            if (s.startsWith("Some text with") || s.startsWith("Picture")) {
                // <hi> is not a native code; <ph> holds <img .../> written as <img .../> in the HTML
                s = s.replace("&lt;img", "<img");
                t = t.replace("&lt;img", "<img");
            }
            assertThat(en).as(file).contains(s);
            assertThat(fr).as(file).contains(t);
        }
        // the last unit has its source second ("source and target order inverted (valid in TMX)")
        assertThat(units.get(6).variants().get(0).lang()).isEqualTo("FR-CA");
        assertThat(units.get(6).pair("en-us", "fr-ca").orElseThrow()[0].text()).isEqualTo("Some text with a part highlighted.");
    }

    @Test
    void import2bAnd2cKeepCodesOutOfTheText() throws Exception {
        List<TranslationUnit> b = SeedTmx.read(KIT.resolve("ImportTest2B.tmx"));
        List<TranslationUnit> a = SeedTmx.read(KIT.resolve("ImportTest2A.tmx"));
        assertThat(b).extracting(u -> u.pair("en-us", "fr-ca").orElseThrow()[0].text())
                .containsExactlyElementsOf(a.stream().map(u -> u.pair("en-us", "fr-ca").orElseThrow()[0].text()).toList());
        String rtf = Files.readString(KIT.resolve("ImportTest2B.rtf"), StandardCharsets.ISO_8859_1);
        assertThat(rtf).contains(nativeText(b.get(0).pair("en-us", "fr-ca").orElseThrow()[0], false));
        TranslationUnit c = SeedTmx.read(KIT.resolve("ImportTest2C.tmx")).get(0);
        assertThat(c.pair("en-us", "fr").orElseThrow()[0].text()).isEqualTo("Click  to start.");
        assertThat(c.pair("en-us", "fr").orElseThrow()[1].text()).isEqualTo("Cliquez  pour commencer.");
    }

    @Test
    void export1aIsTheResourceFilesStrings() throws IOException {
        List<String> en = quoted(KIT.resolve("ExportTest1A.rc"));
        List<String> fr = quoted(KIT.resolve("ExportTest1A_fr.rc"));
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < en.size(); i++) {
            expected.put(en.get(i), fr.get(i));
        }
        assertThat(extract(KIT.resolve("ExportTest1A.tmx"), "en-us", "fr-ca")).containsExactlyEntriesOf(expected);
    }

    private static List<String> quoted(Path rc) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(rc, Charset.forName("windows-1252"))) {
            int q = l.indexOf('"');
            if (q >= 0) {
                out.add(l.substring(q + 1, l.lastIndexOf('"')));
            }
        }
        return out;
    }

    static Stream<String> kitFiles() throws IOException {
        try (Stream<Path> s = Files.list(KIT)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmx")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("kitFiles")
    void everyKitFileIsValidAndItsRewriteIsDtdValidAndLosesNothing(String name, @TempDir Path dir) throws Exception {
        Path in = KIT.resolve(name);
        Result v = run("tmx", "validate", in.toString());
        assertThat(v.exit()).as(v.out()).isZero();
        assertThat(v.out()).doesNotContain("[error");
        Path out = dir.resolve(name);
        Result c = run("tmx", "convert", "--to", "tmx", "-o", out.toString(), in.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.err()).doesNotContain("warning");
        assertThat(TmxDtd.validate(out, 10)).isEmpty();
        assertThat(xmllint(out, dir)).isZero();
        assertThat(dump(out)).containsExactlyElementsOf(dump(in));
        assertThat(SeedTmx.read(out)).isEqualTo(SeedTmx.read(in));
    }

    /** Runs xmllint --dtdvalid against the TMX 1.4b DTD (fails under CI, skips elsewhere when it is missing). */
    static int xmllint(Path file, Path dir) throws Exception {
        ThirdPartyToolsTest.require("xmllint", "xmllint", "--version");
        ThirdPartyToolsTest.Run r = ThirdPartyToolsTest.run(dir, "xmllint", "--noout", "--nonet", "--dtdvalid",
                TmxReaderTest.resource("tmx14.dtd").toString(), file.toString());
        assertThat(r.err()).isEmpty();
        return r.exit();
    }

    /**
     * Everything a TMX file says, as lines: each element with its attributes (sorted: attribute order means
     * nothing in XML), each text, each comment. White space outside the root and the DOCTYPE are left out.
     */
    static List<String> dump(Path f) throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(f)) {
            XMLStreamReader x = UnitParser.newFactory().createXMLStreamReader(in);
            int depth = 0;
            StringBuilder text = new StringBuilder();
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
                    if (depth > 0) {
                        text.append(x.getText());
                    }
                    continue;
                }
                if (text.length() > 0) {
                    out.add("T " + text);
                    text.setLength(0);
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    Map<String, String> a = new TreeMap<>();
                    for (int i = 0; i < x.getAttributeCount(); i++) {
                        String p = x.getAttributePrefix(i);
                        a.put((p == null || p.isEmpty() ? "" : p + ":") + x.getAttributeLocalName(i), x.getAttributeValue(i));
                    }
                    out.add("S " + x.getLocalName() + " " + a);
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    out.add("E " + x.getLocalName());
                } else if (ev == XMLStreamConstants.COMMENT) {
                    out.add("C " + x.getText());
                }
            }
        }
        return out;
    }

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        TmxCommandsTest.Result r = tarjama(args);
        return new Result(r.exit(), r.out(), r.err());
    }
}
