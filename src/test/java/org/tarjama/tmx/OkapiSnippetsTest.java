package org.tarjama.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;

/**
 * The TMX snippets of Okapi's TmxFilterTest (src/test/resources/org/tarjama/tmx/okapi, Apache-2.0), each
 * with what {@code expected.tsv} says of it: the invalid ones refused with their line and column by the
 * reader, {@code tmx validate} and {@code tmx convert}; the readable ones read, their rewrite valid
 * against the TMX 1.4b DTD with the same units; the DTD-valid ones valid for {@code tmx validate}.
 */
class OkapiSnippetsTest {
    static final Path DIR = TmxReaderTest.resource("okapi");

    static Stream<Arguments> snippets() throws IOException {
        return Files.readAllLines(DIR.resolve("expected.tsv")).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t")).map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    @Test
    void everySnippetIsListed() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmx")))
                    .containsExactlyInAnyOrderElementsOf(snippets().map(a -> (String) a.get()[0]).toList());
        }
    }

    @ParameterizedTest(name = "{0}: {1}, DTD {2}")
    @MethodSource("snippets")
    void snippetIsReadOrRefusedAsExpected(String name, String reading, String dtd, @TempDir Path dir) throws Exception {
        Path f = DIR.resolve(name);
        TmxCommandsTest.Result v = TmxCommandsTest.tarjama("tmx", "validate", f.toString());
        Path out = dir.resolve(name);
        TmxCommandsTest.Result c = TmxCommandsTest.tarjama("tmx", "convert", "--to", "tmx", "-o", out.toString(), f.toString());
        if (reading.startsWith("refuse")) {
            String[] p = reading.split(" ", 3);
            String at = "line " + p[1].replace(":", ", column ") + ": ";
            assertThatThrownBy(() -> SeedTmx.read(f)).isInstanceOf(TmxFormatException.class)
                    .hasMessageContaining(f + ": " + at + p[2]);
            assertThat(v.exit()).isEqualTo(3);
            assertThat(v.out()).contains(f + ": " + at + p[2]);
            assertThat(c.exit()).isEqualTo(3);
            assertThat(c.err()).contains(f + ": " + at + p[2]);
            assertThat(out).doesNotExist();
            return;
        }
        List<TranslationUnit> units = SeedTmx.read(f);
        assertThat(units).isNotEmpty();
        assertThat(v.exit()).as(v.out()).isEqualTo(dtd.equals("invalid") || dtd.equals("legacy") ? 3 : 0);
        assertThat(v.out()).doesNotContain("TMX_MALFORMED");
        if (dtd.equals("invalid")) {
            assertThat(v.out()).contains("(TMX 1.4b DTD) [error TMX_DTD");
        }
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(TmxDtd.validate(out, 10)).isEmpty();
        assertThat(KitComplianceTest.xmllint(out, dir)).isZero();
        // the same units, variants in the same order with the same text and codes
        List<TranslationUnit> back = SeedTmx.read(out);
        assertThat(back).extracting(TranslationUnit::tuid).containsExactlyElementsOf(units.stream().map(TranslationUnit::tuid).toList());
        for (int i = 0; i < units.size(); i++) {
            // (codes keep their content; an attribute TMX 1.4b does not declare, a TMX 1.1 <ph id>, is dropped and named)
            assertThat(back.get(i).variants()).extracting(Variant::text, Variant::notes, Variant::props)
                    .containsExactlyElementsOf(units.get(i).variants().stream()
                            .map(x -> org.assertj.core.groups.Tuple.tuple(x.text(), x.notes(), x.props())).toList());
            assertThat(back.get(i).notes()).isEqualTo(units.get(i).notes());
            assertThat(back.get(i).props()).isEqualTo(units.get(i).props());
        }
        if (dtd.equals("valid")) {
            assertThat(c.err()).doesNotContain("warning");
            assertThat(KitComplianceTest.dump(out)).containsExactlyElementsOf(KitComplianceTest.dump(f));
        } else {
            assertThat(c.err()).contains("warning: ");
        }
    }

    @Test
    void aTmx11PhWithAttributesTmx14DoesNotDeclareIsWrittenValidlyAndTheDropIsNamed(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("lt.tmx");
        TmxCommandsTest.Result c = TmxCommandsTest.tarjama("tmx", "convert", "--to", "tmx", "-o", out.toString(),
                DIR.resolve("testOutputWithLT.tmx").toString());
        assertThat(c.exit()).isZero();
        assertThat(c.err()).contains("attribute id=\"1\" on <ph> is not declared by TMX 1.4b; not written");
        String x = Files.readString(out);
        assertThat(x).contains("<tmx version=\"1.4\">", "<ph x=\"&lt;codeph class=&quot;+ topic/ph pr-d/codeph &quot;&gt;\">&lt;code&gt;</ph>",
                "<tu tuid=\"1\" creationtool=\"abc&lt;'&gt;\">");
        assertThat(KitComplianceTest.xmllint(out, dir)).isZero();
    }

    @Test
    void duplicateTuidsAreAWarningNotAnError() {
        TmxCommandsTest.Result v = TmxCommandsTest.tarjama("tmx", "validate", DIR.resolve("testTUDuplicateProperties.tmx").toString());
        assertThat(v.exit()).isZero();
        Path dup = DIR.resolve("simpleSnippet.tmx");
        TmxCommandsTest.Result s = TmxCommandsTest.tarjama("tmx", "validate", dup.toString());
        assertThat(s.out()).contains("tuid \"tuid_1\" already used by the <tu> at line 2", "[warning TMX_DUPLICATE_TUID, unit 2 (tuid tuid_1)]");
        TmxCommandsTest.Result strict = TmxCommandsTest.tarjama("tmx", "validate", "--strict", DIR.resolve("testTUProperties.tmx").toString());
        assertThat(strict.exit()).as(strict.out()).isEqualTo(3); // a single-variant unit: a warning, which --strict fails on
    }
}
