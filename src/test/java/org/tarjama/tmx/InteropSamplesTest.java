package org.tarjama.tmx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarjama.model.Property;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;

/**
 * TMX as other tools export it ({@code tmx-samples/interop/}): each file reads to the units in its
 * {@code .expected.json}, written by hand from the file, not from Tarjama's output.
 */
class InteropSamplesTest {
    static final Path DIR = Path.of("tmx-samples", "interop");

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            List<Path> l = s.filter(p -> p.toString().endsWith(".tmx")).sorted().toList();
            assertThat(l).hasSizeGreaterThanOrEqualTo(8);
            return l.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsTheExpectedUnits(Path sample) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(Files.readString(Path.of(sample.toString().replace(".tmx", ".expected.json"))));
        List<TranslationUnit> units = new ArrayList<>();
        String srcLang;
        try (TmxReader r = TmxReader.open(sample)) {
            srcLang = r.srcLang();
            r.forEachRemaining(units::add);
        }
        assertThat(srcLang).isEqualTo(expected.get("srclang").asText());
        assertThat(units).isEqualTo(toUnits(expected.get("units")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readWriteReadKeepsEveryUnit(Path sample) {
        List<TranslationUnit> first = SeedTmx.read(sample);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TmxWriter w = TmxWriter.create(bytes, new TmxWriterOptions("*all*", "ar", TmxProfile.GENERIC))) {
            first.forEach(w::write);
        }
        List<TranslationUnit> again = new ArrayList<>();
        try (TmxReader r = TmxReader.open(new ByteArrayInputStream(bytes.toByteArray()), "rewritten")) {
            r.forEachRemaining(again::add);
        }
        // the writer numbers units without a tuid and writes canonical language codes
        assertThat(again).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            TranslationUnit a = first.get(i);
            TranslationUnit b = again.get(i);
            assertThat(b.props()).isEqualTo(a.props());
            assertThat(b.notes()).isEqualTo(a.notes());
            assertThat(b.attributes()).isEqualTo(a.attributes());
            assertThat(b.variants()).hasSameSizeAs(a.variants());
            for (int k = 0; k < a.variants().size(); k++) {
                Variant va = a.variants().get(k);
                Variant vb = b.variants().get(k);
                assertThat(vb.text()).isEqualTo(va.text());
                assertThat(vb.markup()).isEqualTo(va.markup());
                assertThat(vb.props()).isEqualTo(va.props());
                assertThat(vb.notes()).isEqualTo(va.notes());
                assertThat(vb.attributes()).isEqualTo(va.attributes());
                assertThat(vb.lang()).isEqualTo(org.tarjama.model.Languages.canonical(va.lang()));
            }
        }
    }

    private static List<TranslationUnit> toUnits(JsonNode units) {
        List<TranslationUnit> r = new ArrayList<>();
        for (JsonNode u : units) {
            List<Variant> vs = new ArrayList<>();
            for (JsonNode v : u.get("variants")) {
                vs.add(new Variant(v.get("lang").asText(), v.get("text").asText(), props(v.get("props")), strings(v.get("notes")),
                        v.get("markup").asText(), attributes(v.get("attributes"))));
            }
            r.add(new TranslationUnit(u.get("tuid").asText(), vs, props(u.get("props")), strings(u.get("notes")), attributes(u.get("attributes"))));
        }
        return r;
    }

    private static java.util.Map<String, String> attributes(JsonNode n) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        if (n != null) {
            n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        }
        return m;
    }

    private static List<Property> props(JsonNode n) {
        List<Property> r = new ArrayList<>();
        n.forEach(p -> r.add(new Property(p.get("type").asText(), p.get("value").asText())));
        return r;
    }

    private static List<String> strings(JsonNode n) {
        List<String> r = new ArrayList<>();
        n.forEach(s -> r.add(s.asText()));
        return r;
    }
}
