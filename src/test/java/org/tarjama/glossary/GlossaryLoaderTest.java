package org.tarjama.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.model.BadInputException;

class GlossaryLoaderTest {
    @TempDir
    Path dir;

    static Path resource(String name) {
        try {
            return Path.of(GlossaryLoaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void loadsTsvWithAllColumns() throws Exception {
        Path p = write("g.tsv", "# comment\nen\tar\tvariants\tforbidden\tderived\tnote\ten_variants\tcase\n"
                + "Ashkelon\tعسقلان\t\tأشكلون\t\thouse style\t\t\n"
                + "United Nations\tالأمم المتحدة\t\t\tأممي\t\tUN|U.N.\tsensitive\n");
        Glossary g = GlossaryLoader.load(p);
        assertThat(g.entries()).hasSize(2);
        GlossaryEntry a = g.find("ashkelon").orElseThrow();
        assertThat(a.forbidden()).containsExactly("أشكلون");
        assertThat(a.note()).isEqualTo("house style");
        assertThat(a.line()).isEqualTo(3);
        GlossaryEntry un = g.find("United Nations").orElseThrow();
        assertThat(un.enVariants()).containsExactly("UN", "U.N.");
        assertThat(un.derived()).containsExactly("أممي");
        assertThat(un.caseSensitive()).isTrue();
    }

    @Test
    void loadsCsvWithQuotedFields() throws Exception {
        Path p = write("g.csv", "en,ar,note\n\"Gaza Strip\",قطاع غزة,\"strip, \"\"the\"\" coast\"\nHamas,حماس,\n");
        Glossary g = GlossaryLoader.load(p);
        assertThat(g.entries()).extracting(GlossaryEntry::en).containsExactly("Gaza Strip", "Hamas");
        assertThat(g.entries().get(0).note()).isEqualTo("strip, \"the\" coast");
    }

    @Test
    void namesFileAndLineOfATsvFormatError() throws Exception {
        Path p = write("bad.tsv", "en\tar\nHamas\tحماس\nGaza\t\n");
        assertThatThrownBy(() -> GlossaryLoader.load(p)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("bad.tsv").hasMessageContaining("line 3");
    }

    @Test
    void rejectsAnUnknownColumn() throws Exception {
        Path p = write("bad.tsv", "en\tar\tcolour\nHamas\tحماس\tx\n");
        assertThatThrownBy(() -> GlossaryLoader.load(p)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 1").hasMessageContaining("colour");
    }

    @Test
    void rejectsAnArabicFormWithoutLetters() throws Exception {
        // an RLM, tatweel or harakat alone look like Arabic in a spreadsheet but can never be matched
        for (String junk : List.of("\u200F", "ـــ", "\u064B\u064C")) {
            Path p = write("g.tsv", "en\tar\tvariants\nHamas\tحماس\t\nGaza\tغزة\t" + junk + "\n");
            assertThatThrownBy(() -> GlossaryLoader.load(p)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("g.tsv, line 3").hasMessageContaining("of 'Gaza' has no letters");
        }
        Path json = write("g.json", "{\"entries\": [{\"en\": \"Gaza\", \"ar\": \"\u200F\"}]}");
        assertThatThrownBy(() -> GlossaryLoader.load(json)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("has no letters");
    }

    @Test
    void rejectsADuplicateEnglishTerm() throws Exception {
        Path p = write("dup.tsv", "en\tar\nHamas\tحماس\nhamas\tحماس\n");
        assertThatThrownBy(() -> GlossaryLoader.load(p)).hasMessageContaining("line 3").hasMessageContaining("line 2");
    }

    @Test
    void namesFileAndLineOfAnUnterminatedCsvQuote() throws Exception {
        Path p = write("bad.csv", "en,ar\nHamas,\"حماس\n");
        assertThatThrownBy(() -> GlossaryLoader.load(p)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("bad.csv").hasMessageContaining("line 2");
    }

    @Test
    void loadsTbxV3Entries() {
        Glossary g = GlossaryLoader.load(resource("names-v3.tbx"));
        assertThat(g.entries()).extracting(GlossaryEntry::en).containsExactly("Hamas", "Ashkelon", "Iron Dome");
        GlossaryEntry a = g.find("Ashkelon").orElseThrow();
        assertThat(a.approved()).containsExactly("عسقلان");
        assertThat(a.forbidden()).containsExactly("أشكلون");
        assertThat(g.find("Hamas").orElseThrow().derived()).containsExactly("حمساوي");
        assertThat(g.find("Hamas").orElseThrow().note()).isEqualTo("Palestinian Islamist movement");
        assertThat(g.warnings()).singleElement().asString().contains("1 of 4 concept entries").contains("line 62");
    }

    @Test
    void loadsTbxV3DctStyle() {
        GlossaryEntry e = GlossaryLoader.load(resource("names-v3-dct.tbx")).entries().get(0);
        assertThat(e.approved()).containsExactly("تل أبيب");
        assertThat(e.variants()).containsExactly("تل ابيب");
    }

    @Test
    void loadsTbxV2MartifWithoutFetchingItsDtd() {
        Glossary g = GlossaryLoader.load(resource("names-v2.tbx"));
        GlossaryEntry a = g.find("Ashkelon").orElseThrow();
        assertThat(a.forbidden()).containsExactly("أشكلون");
        assertThat(a.note()).isEqualTo("Israeli coastal city");
        GlossaryEntry un = g.find("United Nations").orElseThrow();
        assertThat(un.enVariants()).containsExactly("UN");
        assertThat(un.approved()).containsExactly("الأمم المتحدة");
    }

    @Test
    void saysWhyATbxWithoutArabicLoadsNothing() {
        assertThatThrownBy(() -> GlossaryLoader.load(resource("tbx-core-sample-good.tbx")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("languages found: en, es, zu");
    }

    @Test
    void anEntityDeclaredInTheDoctypeIsBadInputOnOneLineNotAnInternalError() throws Exception {
        // billion laughs: the declared entities are never expanded; Woodstox reports the reference lazily
        Path p = write("laughs.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY a \"aaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<martif><text><body><termEntry id=\"a\">"
                + "<langSet xml:lang=\"en\"><tig><term>Hamas&b;</term></tig></langSet>"
                + "<langSet xml:lang=\"ar\"><tig><term>حماس</term></tig></langSet></termEntry></body></text></martif>");
        assertThatThrownBy(() -> GlossaryLoader.load(p)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("laughs.tbx, line 3").hasMessageContaining("Undeclared general entity \"b\"")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Path empty = write("empty.tbx", "");
        assertThatThrownBy(() -> GlossaryLoader.load(empty)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("empty.tbx").doesNotContain("\n"));
    }

    @Test
    void refusesExternalEntities() throws Exception {
        Path secret = write("secret.txt", "SECRET");
        Path p = write("xxe.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<martif><text><body><termEntry id=\"a\">"
                + "<langSet xml:lang=\"en\"><tig><term>&x;</term></tig></langSet>"
                + "<langSet xml:lang=\"ar\"><tig><term>حماس</term></tig></langSet></termEntry></body></text></martif>");
        try {
            Glossary g = GlossaryLoader.load(p);
            assertThat(g.entries().get(0).en()).doesNotContain("SECRET");
        } catch (BadInputException e) {
            assertThat(e.getMessage()).contains("xxe.tbx").doesNotContain("SECRET");
        }
    }

    @Test
    void namesLineOfMalformedTbx() throws Exception {
        Path p = write("bad.tbx", "<martif>\n<text><body>\n<termEntry></body></text></martif>");
        assertThatThrownBy(() -> GlossaryLoader.load(p)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("bad.tbx").hasMessageContaining("line 3");
    }

    @Test
    void loadsJsonAndNamesTheLineOfABadEntry() throws Exception {
        Path ok = write("g.json", "{\"entries\": [\n {\"en\": \"Hamas\", \"ar\": [\"حماس\"], \"derived\": [\"حمساوي\"]},\n"
                + " {\"en\": \"UN\", \"ar\": \"الأمم المتحدة\", \"case_sensitive\": true}\n]}");
        Glossary g = GlossaryLoader.load(ok);
        assertThat(g.entries()).hasSize(2);
        assertThat(g.find("UN").orElseThrow().caseSensitive()).isTrue();
        Path bad = write("bad.json", "[\n {\"en\": \"Hamas\", \"ar\": [\"حماس\"]},\n {\"en\": \"Gaza\"}\n]");
        assertThatThrownBy(() -> GlossaryLoader.load(bad)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("line 3");
        Path broken = write("broken.json", "[\n {\"en\": \"Hamas\",,}\n]");
        assertThatThrownBy(() -> GlossaryLoader.load(broken)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void refusesToWriteAPipeInsideATsvValue() {
        Glossary g = new Glossary("g.json", List.of(new GlossaryEntry("A|B", false, List.of("ا|ب"), List.of(), List.of(),
                List.of(), "", 4)));
        assertThatThrownBy(() -> GlossaryWriter.write(g, GlossaryWriter.Format.TSV, new ByteArrayOutputStream()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("g.json").hasMessageContaining("line 4");
    }

    @Test
    void namesAMissingFile() {
        assertThatThrownBy(() -> GlossaryLoader.load(dir.resolve("none.tsv"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("none.tsv");
    }

    @Test
    void roundTripsEveryWriterFormat() throws Exception {
        GlossaryEntry e = new GlossaryEntry("United Nations", true, List.of("الأمم المتحدة"), List.of("هيئة الأمم"),
                List.of("الامم المتحده"), List.of("أممي"), "note & <b>", 0, List.of("UN"));
        Glossary g = new Glossary("x.tsv", List.of(e, GlossaryEntry.of("Hamas", "حماس")));
        for (GlossaryWriter.Format f : GlossaryWriter.Format.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GlossaryWriter.write(g, f, out);
            String ext = switch (f) {
                case TSV -> ".tsv";
                case JSON -> ".json";
                default -> ".tbx";
            };
            Path p = dir.resolve("rt-" + f + ext);
            Files.write(p, out.toByteArray());
            Glossary back = GlossaryLoader.load(p);
            assertThat(back.entries()).as(f.toString()).hasSize(2);
            GlossaryEntry b = back.entries().get(0);
            assertThat(new GlossaryEntry(b.en(), b.caseSensitive(), b.approved(), b.variants(), b.forbidden(),
                    b.derived(), b.note(), 0, b.enVariants())).as(f.toString()).isEqualTo(e);
        }
    }

    @Test
    void theProjectGlossariesAgree() {
        Glossary tsv = GlossaryLoader.load(Path.of("glossary/names.tsv"));
        Glossary tbx = GlossaryLoader.load(Path.of("glossary/names.tbx"));
        assertThat(tsv.entries()).hasSize(25);
        assertThat(tbx.entries()).hasSameSizeAs(tsv.entries());
        for (int i = 0; i < tsv.entries().size(); i++) {
            GlossaryEntry a = tsv.entries().get(i);
            GlossaryEntry b = tbx.entries().get(i);
            assertThat(b.en()).isEqualTo(a.en());
            assertThat(b.approved()).isEqualTo(a.approved());
            assertThat(b.variants()).isEqualTo(a.variants());
            assertThat(b.forbidden()).isEqualTo(a.forbidden());
            assertThat(b.derived()).isEqualTo(a.derived());
            assertThat(b.enVariants()).isEqualTo(a.enVariants());
        }
    }
}
