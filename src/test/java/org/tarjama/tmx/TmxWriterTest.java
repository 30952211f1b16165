package org.tarjama.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.model.Diagnostic;
import org.tarjama.model.Property;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;

class TmxWriterTest {
    private static String write(TmxWriterOptions o, List<Diagnostic> warnings, TranslationUnit... units) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TmxWriter w = TmxWriter.create(bytes, o, warnings::add)) {
            for (TranslationUnit tu : units) {
                w.write(tu);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String write(TranslationUnit... units) {
        return write(TmxWriterOptions.defaults().withCreationDate(Instant.parse("2024-01-15T12:00:00Z")), new ArrayList<>(), units);
    }

    @Test
    void writesTheHeaderAttributesImportersNeed() {
        String x = write(TranslationUnit.of("1", "en", "Hello", "ar", "مرحبا"));
        assertThat(x).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">");
        assertThat(x).contains("creationtool=\"Tarjama\"", "creationtoolversion=\"", "segtype=\"sentence\"", "o-tmf=\"Tarjama\"",
                "adminlang=\"en\"", "srclang=\"en\"", "datatype=\"plaintext\"", "creationdate=\"20240115T120000Z\"");
    }

    @Test
    void headerSrclangTakesTheRegionOfTheSourceVariant() {
        String x = write(TranslationUnit.of("1", "en_US", "a", "ar", "b"));
        assertThat(x).contains("srclang=\"en-US\"");
    }

    @Test
    void writesAValidEmptyFileWithoutUnits() {
        String x = write();
        assertThat(x).contains("srclang=\"en\"", "<body>\n  </body>\n</tmx>");
    }

    @Test
    void writesUtf8WithoutBom() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TmxWriter w = TmxWriter.create(bytes, TmxWriterOptions.defaults())) {
            w.write(TranslationUnit.of("1", "en", "a", "ar", "ب"));
        }
        assertThat(bytes.toByteArray()[0]).isEqualTo((byte) '<');
    }

    @Test
    void creationDateIsTmxFormatWhenNotGiven() {
        String x = write(TmxWriterOptions.defaults(), new ArrayList<>(), TranslationUnit.of("1", "en", "a", "ar", "b"));
        assertThat(x).containsPattern("creationdate=\"\\d{8}T\\d{6}Z\"");
    }

    @Test
    void givesEveryUnitATuid() {
        String x = write(TranslationUnit.of("", "en", "a", "ar", "b"), TranslationUnit.of("", "en", "c", "ar", "d"));
        assertThat(x).contains("<tu tuid=\"1\">", "<tu tuid=\"2\">");
    }

    @Test
    void writesEnglishFirstWhateverTheInputOrder() {
        String x = write(new TranslationUnit("1", List.of(Variant.of("ar", "مرحبا"), Variant.of("en", "Hello")), List.of(), List.of()));
        assertThat(x.indexOf("xml:lang=\"en\"")).isLessThan(x.indexOf("xml:lang=\"ar\""));
    }

    @Test
    void writesHyphenatedLanguageCodes() {
        String x = write(TranslationUnit.of("1", "en_us", "a", "AR_sa", "b"));
        assertThat(x).contains("xml:lang=\"en-US\"", "xml:lang=\"ar-SA\"").doesNotContain("_");
    }

    @Test
    void tradosProfileGivesBareCodesARegionAndTypesFields() {
        List<Diagnostic> w = new ArrayList<>();
        String x = write(TmxWriterOptions.defaults().withProfile(TmxProfile.TRADOS), w,
                TranslationUnit.of("1", "en", "a", "ar", "b").withProp("x-alignment-score", "0.9"));
        assertThat(x).contains("srclang=\"en-US\"", "xml:lang=\"en-US\"", "xml:lang=\"ar-SA\"",
                "<prop type=\"x-alignment-score:SingleString\">0.9</prop>");
    }

    @Test
    void omegatProfileKeepsBareCodes() {
        String x = write(TmxWriterOptions.defaults().withProfile(TmxProfile.OMEGAT), new ArrayList<>(),
                TranslationUnit.of("1", "en", "a", "ar", "b"));
        assertThat(x).contains("srclang=\"en\"", "xml:lang=\"ar\"");
    }

    @Test
    void writesAlignmentPropsAsXProps() {
        String x = write(TranslationUnit.of("1", "en", "a", "ar", "b").withProp("x-alignment-score", "0.93").withProp("x-bead", "2-1"));
        assertThat(x).contains("<prop type=\"x-alignment-score\">0.93</prop>", "<prop type=\"x-bead\">2-1</prop>");
    }

    @Test
    void removesCharactersIllegalInXmlAndWarnsNamingTheUnit() {
        List<Diagnostic> warnings = new ArrayList<>();
        String x = write(TmxWriterOptions.defaults(), warnings,
                TranslationUnit.of("u7", "en", "bell\u0007 and \uFFFE and lone \uD800 surrogate", "ar", "نص\u0000"));
        assertThat(x).contains("<seg>bell and  and lone  surrogate</seg>", "<seg>نص</seg>")
                .doesNotContain("\u0007", "\u0000", "\uFFFE", "&#");
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0).location().tuid()).isEqualTo("u7");
        assertThat(warnings.get(0).message()).contains("removed 3 characters", "en segment");
    }

    @Test
    void keepsSupplementaryCharacters() {
        String x = write(TranslationUnit.of("1", "en", "emoji \uD83D\uDE00", "ar", "b"));
        assertThat(x).contains("emoji \uD83D\uDE00");
    }

    @Test
    void escapesMarkupCharactersInText() {
        String x = write(TranslationUnit.of("1", "en", "a < b & c > d \"q\"", "ar", "b"));
        assertThat(x).contains("<seg>a &lt; b &amp; c &gt; d \"q\"</seg>");
    }

    @Test
    void writesInlineMarkupVerbatim() {
        Variant v = new Variant("en", "Click here", List.of(), List.of(), "<bpt i=\"1\">&lt;b&gt;</bpt>Click<ept i=\"1\">&lt;/b&gt;</ept> here");
        String x = write(new TranslationUnit("1", List.of(v, Variant.of("ar", "انقر")), List.of(), List.of()));
        assertThat(x).contains("<seg><bpt i=\"1\">&lt;b&gt;</bpt>Click<ept i=\"1\">&lt;/b&gt;</ept> here</seg>");
    }

    @Test
    void refusesMalformedMarkup() {
        Variant v = new Variant("en", "x", List.of(), List.of(), "<bpt i=\"1\">x");
        assertThatThrownBy(() -> write(new TranslationUnit("1", List.of(v), List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not well-formed");
    }

    @Test
    void refusesMarkupWithNonTmxElements() {
        Variant v = new Variant("en", "x", List.of(), List.of(), "<b>x</b>");
        assertThatThrownBy(() -> write(new TranslationUnit("1", List.of(v), List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<b> is not a TMX inline element");
    }

    @Test
    void writesDatesAndIdsOfUnitsAndVariantsButNotAttributesTheDtdLacks() {
        List<Diagnostic> warnings = new ArrayList<>();
        TranslationUnit tu = new TranslationUnit("1",
                List.of(new Variant("en", "a", List.of(), List.of(), "", java.util.Map.of("changeid", "ali")), Variant.of("ar", "ب")),
                List.of(), List.of(), new java.util.LinkedHashMap<>(java.util.Map.of("changedate", "20240115T120000Z", "x-vendor", "1")));
        String x = write(TmxWriterOptions.defaults(), warnings, tu);
        assertThat(x).contains("<tu tuid=\"1\" changedate=\"20240115T120000Z\">", "<tuv xml:lang=\"en\" changeid=\"ali\">")
                .doesNotContain("x-vendor");
        assertThat(warnings).singleElement().satisfies(d -> assertThat(d.message()).contains("x-vendor=\"1\" on <tu> is not in TMX 1.4b"));
    }

    @Test
    void refusesAUnitWithoutVariants() {
        assertThatThrownBy(() -> write(new TranslationUnit("1", List.of(), List.of(new Property("x-a", "b")), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no variant");
    }

    @Test
    void writesEachUnitWhenWrittenNotAtClose() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TmxWriter w = TmxWriter.create(bytes, TmxWriterOptions.defaults());
        for (int i = 0; i < 2000; i++) {
            w.write(TranslationUnit.of("", "en", "sentence number " + i, "ar", "جملة"));
        }
        // the 64 KiB buffer has been flushed many times before close: memory does not hold the file
        assertThat(bytes.size()).isGreaterThan(100_000);
        w.close();
        assertThat(w.count()).isEqualTo(2000);
    }
}
