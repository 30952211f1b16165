package org.tarjama.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarjama.cli.CliRunner;
import org.tarjama.model.BadInputException;

/** Glossaries as other tools write them: headerless TSV (OmegaT), other header names, ';'-separated CSV (Excel). */
class GlossaryLayoutTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void headerlessTwoAndThreeColumnTsvAsOmegatWritesIt() throws Exception {
        Glossary two = GlossaryLoader.load(write("g.txt", "Ashkelon\tعسقلان\nGaza Strip\tقطاع غزة\n"));
        assertThat(two.entries()).extracting(GlossaryEntry::en).containsExactly("Ashkelon", "Gaza Strip");
        assertThat(two.entries().get(0).line()).isEqualTo(1);
        assertThat(two.layout()).isEqualTo("tab-separated, no header row: columns en, ar");
        Glossary three = GlossaryLoader.load(write("g.tsv", "Ashkelon\tعسقلان\tcity in Israel\nHamas\tحماس\t\n"));
        assertThat(three.find("Ashkelon").orElseThrow().note()).isEqualTo("city in Israel");
        assertThat(three.layout()).isEqualTo("tab-separated, no header row: columns en, ar, note");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "English\tArabic|English = en, Arabic = ar",
        "Source\tTarget\tComment|Source = en, Target = ar, Comment = note",
        "en-US\tar-SA|en-US = en, ar-SA = ar",
        "EN_GB\tAR-AE\tNotes|EN_GB = en, AR-AE = ar, Notes = note",
        "Arabic (Saudi Arabia)\tEnglish (United States)|Arabic (Saudi Arabia) = ar, English (United States) = en"})
    void commonHeaderNames(String header, String said) throws Exception {
        boolean arFirst = header.startsWith("Arabic");
        String row = arFirst ? "عسقلان\tAshkelon" : "Ashkelon\tعسقلان";
        if (header.split("\t").length == 3) {
            row += "\tcity";
        }
        Glossary g = GlossaryLoader.load(write("g.tsv", header + "\n" + row + "\n"));
        assertThat(g.find("Ashkelon").orElseThrow().approved()).containsExactly("عسقلان");
        assertThat(g.layout()).isEqualTo("tab-separated, header row: " + said);
    }

    @Test
    void theCanonicalHeaderSaysNothing() throws Exception {
        assertThat(GlossaryLoader.load(write("g.tsv", "en\tar\nAshkelon\tعسقلان\n")).layout()).isEmpty();
        assertThat(GlossaryLoader.load(write("g.csv", "en,ar\nAshkelon,عسقلان\n")).layout()).isEmpty();
    }

    @Test
    void semicolonCsvAsExcelWritesItUnderArabicLocales() throws Exception {
        Glossary g = GlossaryLoader.load(write("g.csv", "English;Arabic;Note\r\nGaza Strip;قطاع غزة;\"coast; south\"\r\n"
                + "\"Allen, John\";جون ألين;\r\n"));
        assertThat(g.entries()).extracting(GlossaryEntry::en).containsExactly("Gaza Strip", "Allen, John");
        assertThat(g.entries().get(0).note()).isEqualTo("coast; south");
        assertThat(g.layout()).isEqualTo("semicolon-separated, header row: English = en, Arabic = ar, Note = note");
        Glossary headerless = GlossaryLoader.load(write("h.csv", "Gaza Strip;قطاع غزة\nHamas;حماس\n"));
        assertThat(headerless.layout()).isEqualTo("semicolon-separated, no header row: columns en, ar");
    }

    @Test
    void anAmbiguousCsvIsRefusedWithTheReason() throws Exception {
        // every row splits into two columns on ',' and into two on ';'
        Path p = write("g.csv", "en,ar;x\nGaza, Strip;قطاع غزة\n");
        assertThatThrownBy(() -> GlossaryLoader.load(p)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("g.csv").hasMessageContaining("ambiguous CSV: both ',' (2 columns) and ';' (2 columns)");
    }

    @Test
    void aFirstRowThatIsNeitherHeaderNorEntryIsRefusedWithTheReason() throws Exception {
        assertThatThrownBy(() -> GlossaryLoader.load(write("a.tsv", "term\tmeaning\nAshkelon\tعسقلان\n")))
                .hasMessageContaining("a.tsv, line 1").hasMessageContaining("neither a header").hasMessageContaining("second column has no Arabic");
        assertThatThrownBy(() -> GlossaryLoader.load(write("b.tsv", "عسقلان\tAshkelon\n")))
                .hasMessageContaining("first column is Arabic");
        assertThatThrownBy(() -> GlossaryLoader.load(write("c.tsv", "Ashkelon\tعسقلان\tx\ty\n")))
                .hasMessageContaining("two or three columns");
        assertThatThrownBy(() -> GlossaryLoader.load(write("d.tsv", "English\tFoo\nAshkelon\tعسقلان\n")))
                .hasMessageContaining("unknown column 'Foo'");
    }

    @Test
    void theCommandSaysTheLayoutInOneLineOnStderr() throws Exception {
        Path g = write("names.csv", "Source;Target\nAshkelon;عسقلان\n");
        Path tsv = write("mem.tsv", "en\tar\nRockets hit Ashkelon.\tسقطت صواريخ على أشكلون.\n");
        CliRunner.Result r = CliRunner.run("check", "--glossary", g.toString(), tsv.toString());
        assertThat(r.err()).contains("tarjama: glossary " + g + ": semicolon-separated, header row: Source = en, Target = ar\n");
        assertThat(r.err().lines().filter(l -> l.contains("semicolon-separated")).count()).isEqualTo(1);
        assertThat(r.exitCode()).isEqualTo(1);
    }
}
