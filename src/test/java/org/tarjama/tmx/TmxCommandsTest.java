package org.tarjama.tmx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.Main;
import org.tarjama.model.TranslationUnit;

/** The {@code tarjama tmx …} commands, in-process, exactly as the acceptance checks call them. */
class TmxCommandsTest {
    record Result(int exit, String out, String err) {
    }

    static Result tarjama(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"t\" creationtoolversion=\"1\" "
            + "segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\" creationdate=\"20240115T120000Z\"/>\n<body>\n";

    @Test
    void validateAcceptsWhatWeWrite(@TempDir Path dir) {
        Path tmx = SeedTmx.write(dir.resolve("seed.tmx"), TmxProfile.GENERIC);
        Result r = tarjama("tmx", "validate", tmx.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("valid (21 units, 0 errors, 0 warnings)");
    }

    @Test
    void validateLocatesAMisplacedEndTag() {
        Path broken = TmxReaderTest.resource("broken/broken-units.tmx");
        Result r = tarjama("tmx", "validate", broken.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains(broken + ": line 7, column 1: </tu> closes <tuv> opened at line 6 [error TMX_MALFORMED, unit 1]");
        assertThat(r.out().lines().filter(l -> l.contains("TMX_MALFORMED"))).hasSize(4);
    }

    @Test
    void validateChecksTheRulesTheDtdCannot(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("rules.tmx");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" "
                + "o-tmf=\"x\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\" creationdate=\"2024-01-15 12:00\"/>\n<body>\n"
                + "<tu tuid=\"1\"><tuv xml:lang=\"en_US\"><seg>a</seg></tuv><tuv xml:lang=\"ar\"><seg>ب</seg></tuv></tu>\n"
                + "<tu tuid=\"1\"><tuv xml:lang=\"ar\"><seg>ج</seg></tuv><tuv xml:lang=\"en\"><seg>c</seg></tuv></tu>\n"
                + "<tu tuid=\"3\" changedate=\"20241301T000000Z\"><tuv xml:lang=\"en\"><seg></seg></tuv><tuv xml:lang=\"ar\"><seg>د</seg></tuv></tu>\n"
                + "</body>\n</tmx>\n");
        // all valid TMX 1.4b (the DTD cannot say any of it): interoperability warnings, exit 0; --strict fails on them
        Result r = tarjama("tmx", "validate", f.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains(
                f + ": line 3, column 1: <header creationdate=\"2024-01-15 12:00\">: dates must be YYYYMMDDThhmmssZ (UTC) [warning TMX_DATE]",
                f + ": line 5, column 1: <tuv xml:lang=\"en_US\">: language codes use a hyphen (en-US); many importers skip en_US [warning TMX_LANGUAGE, unit 1 (tuid 1)]",
                f + ": line 6, column 1: tuid \"1\" already used by the <tu> at line 5 (allowed by TMX 1.4b; tools that key units by tuid keep only one) [warning TMX_DUPLICATE_TUID, unit 2 (tuid 1)]",
                f + ": line 6, column 1: the first <tuv> is ar, not the header's srclang en",
                f + ": line 7, column 1: <tu changedate=\"20241301T000000Z\">: dates must be YYYYMMDDThhmmssZ",
                f + ": line 7, column 1: empty <seg> in the en <tuv> [warning TMX_EMPTY_SEGMENT, unit 3 (tuid 3)]");
        assertThat(r.out()).doesNotContain("[error");
        Result strict = tarjama("tmx", "validate", "--strict", f.toString());
        assertThat(strict.exit()).isEqualTo(3);
        assertThat(strict.err()).contains("valid, but warnings fail --strict");
    }

    @Test
    void validateExitsThreeForAnyInvalidFileAmongSeveral(@TempDir Path dir) {
        Path good = SeedTmx.write(dir.resolve("good.tmx"), TmxProfile.GENERIC);
        Result r = tarjama("tmx", "validate", good.toString(), TmxReaderTest.resource("malicious/xxe.tmx").toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("xxe.tmx: line 10, column 38: Undeclared general entity \"secret\" [error TMX_MALFORMED, unit 2]");
    }

    @Test
    void aLoneSurrogateCharacterReferenceIsAClearLocatedErrorAndLenientSkipsOnlyThatUnit(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("surrogate.tmx");
        Files.writeString(f, HEAD
                + "<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>Hi &#xD83D;&#xDE00; there</seg></tuv><tuv xml:lang=\"ar\"><seg>مرحبا</seg></tuv></tu>\n"
                + "<tu tuid=\"2\"><tuv xml:lang=\"en\"><seg>Bye</seg></tuv><tuv xml:lang=\"ar\"><seg>وداعا</seg></tuv></tu>\n</body>\n</tmx>\n");
        Result r = tarjama("tmx", "validate", f.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains(f + ": line 5, column 41: character reference to U+D83D is not allowed in XML (a lone UTF-16 surrogate");
        Result lenient = tarjama("tmx", "convert", "--lenient", "--to", "tsv", f.toString());
        assertThat(lenient.exit()).as(lenient.err()).isZero();
        assertThat(lenient.out()).isEqualTo("en\tar\nBye\tوداعا\n");
        assertThat(lenient.err()).contains("line 5, column 41: unit 1: character reference to U+D83D");
    }

    @Test
    void validateAcceptsOlderTmxWithLangAttributesAndWarnsAboutLangInTmx14(@TempDir Path dir) throws Exception {
        Result old = tarjama("tmx", "validate", InteropSamplesTest.DIR.resolve("lang-attribute-tmx11.tmx").toString());
        assertThat(old.exit()).isZero();
        assertThat(old.out()).contains("TMX version 1.1").doesNotContain("TMX_LANG_ATTRIBUTE");
        assertThat(old.err()).contains("valid (1 units, 0 errors, 1 warnings)");
        Path f = dir.resolve("lang14.tmx");
        Files.writeString(f, HEAD + "<tu tuid=\"1\"><tuv lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"ar\"><seg>ب</seg></tuv></tu>\n</body>\n</tmx>\n");
        // in a TMX 1.4 file, <tuv lang> without xml:lang is not valid against the DTD (xml:lang is #REQUIRED)
        Result r = tarjama("tmx", "validate", f.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains(f + ": line 5, column 14: <tuv lang=\"en\">: TMX 1.4 requires xml:lang",
                f + ": line 5, column 14: Required attribute \"xml:lang\" missing from element <tuv> (TMX 1.4b DTD) [error TMX_DTD]");
    }

    @Test
    void validateNamesAMissingFile() {
        Result r = tarjama("tmx", "validate", "no-such.tmx");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("no-such.tmx: no such file [error TMX_UNREADABLE]");
    }

    @Test
    void statsJsonCountsUnitsAndLanguages(@TempDir Path dir) throws Exception {
        Path tmx = SeedTmx.write(dir.resolve("seed.tmx"), TmxProfile.GENERIC);
        Result r = tarjama("tmx", "stats", "--format", "json", tmx.toString());
        assertThat(r.exit()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("units").asInt()).isEqualTo(21);
        assertThat(j.get("languages")).extracting(JsonNode::asText).containsExactly("ar", "en");
        assertThat(j.get("words").get("en").asInt()).isGreaterThan(500);
        assertThat(j.get("props").get("x-bead").asInt()).isEqualTo(21);
        assertThat(j.get("duplicates").asInt()).isZero();
    }

    @Test
    void statsTextCountsDuplicates() {
        Result r = tarjama("tmx", "stats", InteropSamplesTest.DIR.resolve("srclang-all.tmx").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("units:      2", "srclang:    *all*", "fr: 1 segments, 1 words");
    }

    @Test
    void convertToTsvWritesAHeaderRowAndOneLinePerUnit(@TempDir Path dir) throws Exception {
        Path tmx = SeedTmx.write(dir.resolve("seed.tmx"), TmxProfile.GENERIC);
        Result r = tarjama("tmx", "convert", "--to", "tsv", tmx.toString());
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(22);
        assertThat(lines.get(0)).isEqualTo("en\tar");
        TranslationUnit first = SeedTmx.units().get(0);
        assertThat(lines.get(1)).isEqualTo(first.text("en") + "\t" + first.text("ar"));
    }

    @Test
    void convertRoundTripsThroughCsvWithQuotesCommasAndLineBreaks(@TempDir Path dir) throws Exception {
        Path src = InteropSamplesTest.DIR.resolve("cdata-entities-whitespace.tmx");
        Path csv = dir.resolve("out.csv");
        assertThat(tarjama("tmx", "convert", "--to", "csv", "-o", csv.toString(), src.toString()).exit()).isZero();
        assertThat(Files.readString(csv)).startsWith("en,ar\r\n").contains("\"AT&T <rocks> AB \"\"q\"\"  two  spaces\"");
        Path back = dir.resolve("back.tmx");
        assertThat(tarjama("tmx", "convert", "--to", "tmx", "-o", back.toString(), csv.toString()).exit()).isZero();
        List<TranslationUnit> units = SeedTmx.read(back);
        assertThat(units).singleElement().satisfies(u -> {
            assertThat(u.text("en")).isEqualTo("AT&T <rocks> AB \"q\"  two  spaces");
            assertThat(u.text("ar")).isEqualTo("سطر\nثان");
        });
    }

    @Test
    void convertsTsvWithAndWithoutAHeaderRowToTmx(@TempDir Path dir) throws Exception {
        Path withHeader = dir.resolve("h.tsv");
        Files.writeString(withHeader, "en_US\tar\nGaza\tغزة\n\nHaifa\tحيفا\n");
        Path out = dir.resolve("h.tmx");
        assertThat(tarjama("tmx", "convert", "--to", "tmx", "-o", out.toString(), withHeader.toString()).exit()).isZero();
        List<TranslationUnit> units = SeedTmx.read(out);
        assertThat(units).extracting(u -> u.variants().get(0).lang()).containsExactly("en-US", "en-US");
        assertThat(units).extracting(TranslationUnit::tuid).containsExactly("1", "2");
        assertThat(Files.readString(out)).contains("srclang=\"en-US\"");
        Path plain = dir.resolve("p.tsv");
        Files.writeString(plain, "Gaza\tغزة\n");
        Result r = tarjama("tmx", "convert", "--to", "tmx", plain.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("<tuv xml:lang=\"en\">", "<seg>غزة</seg>");
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "Gaza\tغزة\nno tab here\n");
        Result e = tarjama("tmx", "convert", "--to", "tmx", "-o", dir.resolve("bad.tmx").toString(), bad.toString());
        assertThat(e.exit()).isEqualTo(3);
        assertThat(e.err()).contains("bad.tsv, line 2: expected two tab-separated columns");
        assertThat(dir.resolve("bad.tmx")).doesNotExist();
    }

    @Test
    void convertToXliffKeepsInlineCodes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.xlf");
        Result r = tarjama("tmx", "convert", "--to", "xliff", "-o", out.toString(), InteropSamplesTest.DIR.resolve("inline-codes.tmx").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String x = Files.readString(out);
        assertThat(x).contains("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">",
                "source-language=\"en\" target-language=\"ar\"",
                "<source>Read <bpt id=\"1\" ctype=\"x-bold\">&lt;b&gt;</bpt>the report<ept id=\"1\">&lt;/b&gt;</ept> by <ph id=\"2\" ctype=\"x-image\">",
                "<mrk mtype=\"x-tmx-hi\">القبة الحديدية</mrk>");
        // Okapi's XLIFF filter reads it: a real XLIFF 1.2 client
        int units = 0;
        try (var filter = new net.sf.okapi.filters.xliff.XLIFFFilter();
             var doc = new net.sf.okapi.common.resource.RawDocument(out.toUri(), "UTF-8",
                     net.sf.okapi.common.LocaleId.fromString("en"), net.sf.okapi.common.LocaleId.fromString("ar"))) {
            filter.open(doc);
            while (filter.hasNext()) {
                if (filter.next().isTextUnit()) {
                    units++;
                }
            }
        }
        assertThat(units).isEqualTo(3);
    }

    @Test
    void convertWithTradosProfileWritesRegionCodes(@TempDir Path dir) throws Exception {
        Path tmx = SeedTmx.write(dir.resolve("seed.tmx"), TmxProfile.GENERIC);
        Path out = dir.resolve("trados.tmx");
        assertThat(tarjama("tmx", "convert", "--to", "tmx", "--profile", "trados", "-o", out.toString(), tmx.toString()).exit()).isZero();
        assertThat(Files.readString(out)).contains("srclang=\"en-US\"", "xml:lang=\"ar-SA\"");
        assertThat(tarjama("tmx", "convert", "--to", "tmx", "--profile", "wordfast", tmx.toString()).exit()).isEqualTo(2);
    }

    @Test
    void mergeKeepsIdenticalPairsOnceAndReportsConflicts(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.tmx");
        Path b = dir.resolve("b.tmx");
        Files.writeString(a, HEAD + "<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>Gaza</seg></tuv><tuv xml:lang=\"ar\"><seg>غزة</seg></tuv></tu>\n"
                + "<tu tuid=\"2\"><tuv xml:lang=\"en\"><seg>Ashkelon</seg></tuv><tuv xml:lang=\"ar\"><seg>أشكلون</seg></tuv></tu>\n</body>\n</tmx>\n");
        Files.writeString(b, HEAD + "<tu tuid=\"9\"><tuv xml:lang=\"en\"><seg>Gaza</seg></tuv><tuv xml:lang=\"ar\"><seg>غزة</seg></tuv></tu>\n"
                + "<tu tuid=\"8\"><tuv xml:lang=\"en\"><seg>Ashkelon</seg></tuv><tuv xml:lang=\"ar\"><seg>عسقلان</seg></tuv></tu>\n</body>\n</tmx>\n");
        Path out = dir.resolve("merged.tmx");
        Result r = tarjama("tmx", "merge", "-o", out.toString(), a.toString(), b.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<TranslationUnit> units = SeedTmx.read(out);
        assertThat(units).extracting(u -> u.text("ar")).containsExactly("غزة", "أشكلون", "عسقلان");
        assertThat(units).extracting(u -> u.prop("x-merged-from").orElseThrow()).containsExactly("a.tmx#1", "a.tmx#2", "b.tmx#8");
        assertThat(units).extracting(TranslationUnit::tuid).containsExactly("1", "2", "3");
        assertThat(r.err()).contains("b.tmx: line 6, column 1: unit 2 (tuid 8): same en text as the unit at " + a + ", line 6")
                .contains("merged 4 units from 2 files into 3 (1 identical units dropped, 1 conflicting translations kept)");
    }

    @Test
    void mergeAndStatsSeeTheSameUnitWhateverTheOrderOfItsVariants(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.tmx");
        Path b = dir.resolve("b.tmx");
        Files.writeString(a, HEAD + "<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>Gaza</seg></tuv><tuv xml:lang=\"ar\"><seg>غزة</seg></tuv></tu>\n</body>\n</tmx>\n");
        // an Arabic-source memory: same pair, Arabic variant first
        Files.writeString(b, HEAD.replace("srclang=\"en\"", "srclang=\"ar\"")
                + "<tu tuid=\"7\"><tuv xml:lang=\"ar\"><seg>غزة</seg></tuv><tuv xml:lang=\"en\"><seg>Gaza</seg></tuv></tu>\n"
                + "<tu tuid=\"8\"><tuv xml:lang=\"en\"><seg>Gaza</seg></tuv><tuv xml:lang=\"ar\"><seg>غزة</seg></tuv></tu>\n</body>\n</tmx>\n");
        Path out = dir.resolve("merged.tmx");
        Result r = tarjama("tmx", "merge", "-o", out.toString(), a.toString(), b.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(SeedTmx.read(out)).extracting(u -> u.prop("x-merged-from").orElseThrow()).containsExactly("a.tmx#1");
        assertThat(r.err()).doesNotContain("different translation")
                .contains("merged 3 units from 2 files into 1 (2 identical units dropped, 0 conflicting translations kept)");

        Result stats = tarjama("tmx", "stats", "--format", "json", b.toString());
        assertThat(new ObjectMapper().readTree(stats.out()).path("duplicates").asLong()).as(stats.out()).isEqualTo(1);
    }

    @Test
    void filterKeepsUnitsByScoreAndLanguage(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.tmx");
        Files.writeString(in, HEAD
                + "<tu tuid=\"1\"><prop type=\"x-alignment-score\">0.95</prop><tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"ar\"><seg>أ</seg></tuv><tuv xml:lang=\"fr\"><seg>a</seg></tuv></tu>\n"
                + "<tu tuid=\"2\"><prop type=\"x-alignment-score\">0.40</prop><tuv xml:lang=\"en\"><seg>b</seg></tuv><tuv xml:lang=\"ar\"><seg>ب</seg></tuv></tu>\n"
                + "<tu tuid=\"3\"><tuv xml:lang=\"en\"><seg>c</seg></tuv><tuv xml:lang=\"ar\"><seg>ج</seg></tuv></tu>\n"
                + "<tu tuid=\"4\"><prop type=\"x-alignment-score:SingleString\">0.80</prop><tuv xml:lang=\"en\"><seg>d</seg></tuv><tuv xml:lang=\"fr\"><seg>d</seg></tuv></tu>\n"
                + "</body>\n</tmx>\n");
        Path out = dir.resolve("out.tmx");
        Result r = tarjama("tmx", "filter", "--min-score", "0.8", "--lang", "en,ar", "-o", out.toString(), in.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<TranslationUnit> units = SeedTmx.read(out);
        assertThat(units).extracting(TranslationUnit::tuid).containsExactly("1");
        assertThat(units.get(0).variants()).extracting(v -> v.lang()).containsExactly("en", "ar");
        assertThat(r.err()).contains("kept 1 of 4 units").contains("no x-alignment-score=1", "score below 0.8=1", "no ar=1");
    }

    @Test
    void filterDropsNaNInfinityAndNonNumericScoresAndSaysWhy(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.tmx");
        StringBuilder sb = new StringBuilder(HEAD);
        String[] scores = {"0.9", "NaN", "Infinity", "0,95", "high", null};
        for (int i = 0; i < scores.length; i++) {
            sb.append("<tu tuid=\"").append(i + 1).append("\">")
                    .append(scores[i] == null ? "" : "<prop type=\"x-alignment-score\">" + scores[i] + "</prop>")
                    .append("<tuv xml:lang=\"en\"><seg>s").append(i).append("</seg></tuv><tuv xml:lang=\"ar\"><seg>ع")
                    .append(i).append("</seg></tuv></tu>\n");
        }
        Files.writeString(in, sb + "</body>\n</tmx>\n");
        Path out = dir.resolve("out.tmx");
        Result r = tarjama("tmx", "filter", "--min-score", "0.8", "-o", out.toString(), in.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(SeedTmx.read(out)).extracting(TranslationUnit::tuid).containsExactly("1");
        assertThat(r.err()).contains("kept 1 of 6 units", "no x-alignment-score=1", "x-alignment-score not a number=4");

        Result nan = tarjama("tmx", "filter", "--min-score", "NaN", "-o", out.toString(), in.toString());
        assertThat(nan.exit()).isEqualTo(2);
        assertThat(nan.err()).contains("--min-score must be a finite number");
    }

    @Test
    void filterByProp(@TempDir Path dir) {
        Path tmx = SeedTmx.write(dir.resolve("seed.tmx"), TmxProfile.GENERIC);
        Path out = dir.resolve("out.tmx");
        Result r = tarjama("tmx", "filter", "--prop", "x-bead=2-1", "-o", out.toString(), tmx.toString());
        assertThat(r.exit()).isZero();
        assertThat(SeedTmx.read(out)).hasSize(9).allSatisfy(u -> assertThat(u.prop("x-bead")).contains("2-1"));
    }

    @Test
    void lenientConvertSkipsBrokenUnitsAndSaysSo(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("ok.tsv");
        Result strict = tarjama("tmx", "convert", "--to", "tsv", "-o", out.toString(), TmxReaderTest.resource("broken/broken-units.tmx").toString());
        assertThat(strict.exit()).isEqualTo(3);
        assertThat(strict.err()).contains("line 7, column 1: </tu> closes <tuv> opened at line 6");
        assertThat(out).doesNotExist();
        Path merged = dir.resolve("m.tmx");
        Result lenient = tarjama("tmx", "merge", "--lenient", "-o", merged.toString(), TmxReaderTest.resource("broken/broken-units.tmx").toString());
        assertThat(lenient.exit()).isZero();
        assertThat(SeedTmx.read(merged)).hasSize(2);
        assertThat(lenient.err()).contains("4 broken units skipped").contains("line 9, column 84");
    }

    @Test
    void lenientConvertAndStatsReportEverySkippedUnit() {
        String broken = TmxReaderTest.resource("broken/broken-units.tmx").toString();
        Result c = tarjama("tmx", "convert", "--lenient", "--to", "tsv", broken);
        assertThat(c.exit()).isZero();
        assertThat(c.out().lines()).hasSize(3);
        assertThat(c.err().lines().filter(l -> l.startsWith("warning: " + broken + ": line "))).hasSize(4);
        Result s = tarjama("tmx", "stats", "--lenient", broken);
        assertThat(s.exit()).isZero();
        assertThat(s.out()).contains("units:      2 (4 broken units skipped)");
        assertThat(s.err().lines().filter(l -> l.startsWith("skipped: " + broken + ": line "))).hasSize(4);
    }

    @Test
    void srcAndTgtMustBeTwoDifferentLanguageCodes(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("in.tsv");
        Files.writeString(tsv, "en\tar\nHello\tمرحبا\n");
        Path out = dir.resolve("out.tmx");
        Result spaced = tarjama("tmx", "convert", "--to", "tmx", "--src", "en US", "-o", out.toString(), tsv.toString());
        assertThat(spaced.exit()).isEqualTo(2);
        assertThat(spaced.err()).contains("--src 'en US' is not a language code");
        Result same = tarjama("tmx", "convert", "--to", "tmx", "--src", "en-US", "--tgt", "EN", "-o", out.toString(), tsv.toString());
        assertThat(same.exit()).isEqualTo(2);
        assertThat(same.err()).contains("are the same language");
        assertThat(out).doesNotExist();
        Result ok = tarjama("tmx", "convert", "--to", "tmx", "--src", "en_US", "--tgt", "ar-SA", "-o", out.toString(), tsv.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(Files.readString(out)).contains("srclang=\"en-US\"");
    }

    @Test
    void aTmxCutShortIsNotWrittenToStdoutAsACompleteTmx(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cut.tmx");
        Files.writeString(f, HEAD + "<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>Gaza</seg></tuv><tuv xml:lang=\"ar\"><seg>غزة</seg></tuv></tu>\n"
                + "<tu tuid=\"2\"><tuv xml:lang=\"en\"><seg>Ash");
        for (String[] args : List.of(new String[] {"tmx", "convert", "--to", "tmx", f.toString()},
                new String[] {"tmx", "filter", f.toString()})) {
            Result r = tarjama(args);
            assertThat(r.exit()).as(r.err()).isEqualTo(3);
            assertThat(r.err()).contains("cut.tmx: line 6");
            assertThat(r.out()).as(String.join(" ", args)).doesNotContain("</tmx>");
        }
    }

    @Test
    void undecodableBytesAreLocatedOnTheirLineNotAtTheStartOfTheFile(@TempDir Path dir) throws Exception {
        // a windows-1256 file that says nothing about its encoding: the Arabic on line 6 is not UTF-8
        Path f = dir.resolve("cp1256.tmx");
        String text = HEAD + "<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>Gaza</seg></tuv><tuv xml:lang=\"ar\"><seg>ok</seg></tuv></tu>\n"
                + "<tu tuid=\"2\"><tuv xml:lang=\"en\"><seg>Hi</seg></tuv><tuv xml:lang=\"ar\"><seg>مرحبا</seg></tuv></tu>\n</body>\n</tmx>\n";
        Files.write(f, text.getBytes(java.nio.charset.Charset.forName("windows-1256")));
        Result r = tarjama("tmx", "validate", f.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains(f + ": line 6, column 76: bytes that are not valid UTF-8 (byte 0xE3 at byte offset");
    }

    @Test
    void tmxWithoutSubcommandIsAUsageError() {
        assertThat(tarjama("tmx").exit()).isEqualTo(2);
        assertThat(new String(tarjama("tmx", "--help").out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains("validate", "stats", "convert", "merge", "filter");
    }
}
