package org.tarjama.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.Main;
import org.tarjama.model.TranslationUnit;
import org.tarjama.tmx.TmxReader;
import org.tarjama.tmx.TmxWriter;
import org.tarjama.tmx.TmxWriterOptions;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The jobs in local[2], each compared with the single-machine command on the same input (run in-process
 * through the core's {@link Main}), never with hard-coded results.
 */
class SparkJobsTest {
    private static final String[] DOCS = {"ntrex-000", "ntrex-001", "ntrex-003", "seed"};

    @TempDir
    Path tmp;

    @BeforeAll
    static void spark() {
        LocalSpark.start();
    }

    static Path resource(String name) {
        try {
            return Path.of(SparkJobsTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A pairs list of the test documents, with paths relative to it (as users write them). */
    Path pairsList() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("docs"));
        StringBuilder sb = new StringBuilder("# english\tarabic\n");
        for (String d : DOCS) {
            for (String side : new String[] {"en", "ar"}) {
                Files.copy(resource("docs/" + d + ".raw." + side), dir.resolve(d + ".raw." + side));
            }
            sb.append("docs/").append(d).append(".raw.en\tdocs/").append(d).append(".raw.ar\n");
        }
        Path list = tmp.resolve("LIST.tsv");
        Files.writeString(list, sb.toString());
        return list;
    }

    record Run(int code, String out, String err) {
    }

    static Run spark(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TarjamaSpark.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static Run single(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                new PrintWriter(err, true));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    static List<Path> parts(Path dir, String ext) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-") && p.toString().endsWith(ext)).sorted().toList();
        }
    }

    static List<String> lines(List<Path> files) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            out.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
        }
        return out;
    }

    static List<String> columns(List<String> lines, int n) {
        return lines.stream().filter(l -> !l.isEmpty()).map(l -> {
            String[] c = l.split("\t", -1);
            return String.join("\t", List.of(c).subList(0, n));
        }).toList();
    }

    /** Validates a TMX file against the TMX 1.4b DTD; throws on the first error. */
    static void assertDtdValid(Path tmx) throws Exception {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setValidating(true);
        f.setNamespaceAware(false);
        // the parts carry no DOCTYPE (as TMX files in the wild): declare the DTD to validate against
        String xml = Files.readString(tmx, StandardCharsets.UTF_8);
        int afterDecl = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        xml = xml.substring(0, afterDecl) + "\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">" + xml.substring(afterDecl);
        f.newSAXParser().parse(new InputSource(new java.io.StringReader(xml)), new DefaultHandler() {
            @Override
            public InputSource resolveEntity(String publicId, String systemId) throws IOException {
                return new InputSource(SparkJobsTest.class.getResourceAsStream("tmx14.dtd"));
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
    }

    @Test
    void alignWritesPartsWithTheSinglePairsOfAlignPairs() throws Exception {
        Path list = pairsList();
        Path out = tmp.resolve("out");
        Run r = spark("align", "--master", "local[2]", "--pairs", list.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("_SUCCESS")).exists();
        assertThat(out.resolve("_temporary")).doesNotExist();
        List<Path> tmx = parts(out, ".tmx");
        List<Path> tsv = parts(out, ".tsv");
        assertThat(tmx).hasSizeGreaterThan(1).hasSameSizeAs(tsv);
        for (Path t : tmx) {
            assertDtdValid(t);
        }
        Run s = single("align", "--pairs", list.toString(), "--format", "tsv", "-q");
        assertThat(s.code()).as(s.err()).isZero();
        List<String> singleLines = columns(List.of(s.out().split("\n")), 4);
        List<String> sparkLines = lines(tsv);
        assertThat(columns(sparkLines, 4)).isEqualTo(singleLines);
        // provenance columns: the file names of the pair
        assertThat(sparkLines.get(0)).endsWith("\tntrex-000.raw.en\tntrex-000.raw.ar");
        assertThat(sparkLines.get(sparkLines.size() - 1)).endsWith("\tseed.raw.en\tseed.raw.ar");
        // the TMX parts hold the same pairs, in the same order
        List<String> tmxPairs = new ArrayList<>();
        for (Path t : tmx) {
            try (TmxReader rd = TmxReader.open(t)) {
                while (rd.hasNext()) {
                    TranslationUnit u = rd.next();
                    tmxPairs.add(u.text("en") + "\t" + u.text("ar"));
                    assertThat(u.prop("x-source-doc")).isPresent();
                }
            }
        }
        assertThat(tmxPairs).isEqualTo(columns(singleLines, 2));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("documents").asInt()).isEqualTo(DOCS.length);
        assertThat(summary.get("written").asInt()).isEqualTo(singleLines.size());
        assertThat(summary.get("beadsByType").get("1-1").asInt()).isPositive();
    }

    @Test
    void alignIsTheSameWhateverThePartitioningAndFromTexts() throws Exception {
        Path list = pairsList();
        Path one = tmp.resolve("one");
        Path three = tmp.resolve("three");
        assertThat(spark("align", "-q", "--partitions", "1", "--pairs", list.toString(), "--out", one.toString()).code()).isZero();
        assertThat(spark("align", "-q", "--partitions", "3", "--pairs", list.toString(), "--out", three.toString()).code())
                .isZero();
        assertThat(parts(one, ".tsv")).hasSize(1);
        assertThat(lines(parts(three, ".tsv"))).isEqualTo(lines(parts(one, ".tsv")));
        assertThat(Files.readString(three.resolve("summary.json")).replaceAll("\"parts\" : \\d+", ""))
                .isEqualTo(Files.readString(one.resolve("summary.json")).replaceAll("\"parts\" : \\d+", ""));
        // the same documents given as JSON lines of texts: the same pairs
        StringBuilder jsonl = new StringBuilder();
        ObjectMapper om = new ObjectMapper();
        for (String d : DOCS) {
            jsonl.append(om.writeValueAsString(java.util.Map.of("id", d,
                    "en", Files.readString(resource("docs/" + d + ".raw.en")),
                    "ar", Files.readString(resource("docs/" + d + ".raw.ar"))))).append('\n');
        }
        Path texts = Files.writeString(tmp.resolve("texts.jsonl"), jsonl.toString());
        Path fromTexts = tmp.resolve("texts");
        assertThat(spark("align", "-q", "--pairs", texts.toString(), "--out", fromTexts.toString()).code()).isZero();
        assertThat(columns(lines(parts(fromTexts, ".tsv")), 4)).isEqualTo(columns(lines(parts(one, ".tsv")), 4));
        assertThat(lines(parts(fromTexts, ".tsv")).get(0)).endsWith("\tntrex-000\tntrex-000");
    }

    @Test
    void alignWithACorpusLexiconLearnsOneAndStillWritesEverything() throws Exception {
        Path list = pairsList();
        Path out = tmp.resolve("lex");
        Path lexicon = tmp.resolve("lexicon.tsv");
        Run r = spark("align", "--corpus-lexicon", "--write-lexicon", lexicon.toString(), "--pairs", list.toString(),
                "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("_SUCCESS")).exists();
        List<String> entries = Files.readAllLines(lexicon).stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(entries).isNotEmpty().allMatch(l -> l.split("\t").length == 2);
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("corpusLexiconWords").asInt()).isPositive();
        // the learned lexicon loads back as a dictionary of single-machine align
        Path en = tmp.resolve("docs/seed.raw.en");
        assertThat(single("align", "-q", "--dictionary", lexicon.toString(), "--format", "tsv", en.toString(),
                tmp.resolve("docs/seed.raw.ar").toString()).code()).isZero();
    }

    @Test
    void aMissingFileOfTheListIsBadInputNamingTheLineAndNothingIsWritten() throws Exception {
        Path list = pairsList();
        Files.writeString(list, Files.readString(list) + "docs/missing.en\tdocs/seed.raw.ar\n");
        Path out = tmp.resolve("bad");
        Run r = spark("align", "--pairs", list.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("LIST.tsv, line 6").contains("missing.en").contains("no such file");
        assertThat(out).doesNotExist();
        // and an output directory that is not empty is refused
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "x");
        Run again = spark("align", "--pairs", pairsList2(), "--out", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("is not empty");
        assertThat(out.resolve("keep.txt")).exists();
    }

    private String pairsList2() throws IOException {
        Path list = tmp.resolve("LIST2.tsv");
        Files.writeString(list, "docs/seed.raw.en\tdocs/seed.raw.ar\n");
        return list.toString();
    }

    @Test
    void namesOverAMemoryInPartsIsTheSingleMachineResult() throws Exception {
        String[] parts = {resource("memory-1.tsv").toString(), resource("memory-2.tsv").toString(),
            resource("memory-3.tsv").toString()};
        Path out = tmp.resolve("names");
        List<String> args = new ArrayList<>(List.of("names", "--master", "local[2]", "--out", out.toString()));
        args.addAll(List.of(parts));
        Run r = spark(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("_SUCCESS")).exists();
        assertThat(Files.readString(out.resolve("names.html"))).contains("<html");
        List<String> single = new ArrayList<>(List.of("names", "--format", "json", "-q"));
        single.addAll(List.of(parts));
        Run s = single(single.toArray(String[]::new));
        assertThat(s.code()).as(s.err()).isIn(0, 1);
        ObjectMapper om = new ObjectMapper();
        JsonNode expected = om.readTree(s.out()).get("names");
        JsonNode actual = om.readTree(out.resolve("names.json").toFile()).get("names");
        assertThat(expected.size()).isGreaterThan(50);
        assertThat(actual).isEqualTo(expected);
        // some names are inconsistent, and unit numbers run across the parts (beyond the first part's 90)
        assertThat(actual.findValues("status").stream().map(JsonNode::asText)).contains("inconsistent");
        assertThat(actual.findValues("units").stream().flatMap(u -> java.util.stream.StreamSupport.stream(u.spliterator(), false))
                .mapToLong(JsonNode::asLong).max().orElse(0)).isGreaterThan(180);
    }

    @Test
    void checkGivesEachPartTheFindingsOfSingleMachineCheck() throws Exception {
        Path glossary = tmp.resolve("glossary.tsv");
        Files.writeString(glossary, "en\tar\nWales\tويلز\nTheresa May\tتيريزا ماي\nParliament\tبرلمان\n");
        String[] parts = {resource("memory-1.tsv").toString(), resource("memory-2.tsv").toString()};
        Path out = tmp.resolve("check");
        Run r = spark("check", "--glossary", glossary.toString(), "--out", out.toString(), parts[0], parts[1]);
        assertThat(r.code()).as(r.err()).isZero();
        ObjectMapper om = new ObjectMapper();
        long total = 0;
        for (int i = 0; i < parts.length; i++) {
            Run s = single("check", "--glossary", glossary.toString(), "--format", "json", "-q", parts[i]);
            JsonNode expected = om.readTree(s.out()).get("findings");
            JsonNode actual = om.readTree(out.resolve(String.format(java.util.Locale.ROOT, "part-%05d.json", i)).toFile())
                    .get("findings");
            assertThat(actual).isEqualTo(expected);
            total += expected.size();
        }
        assertThat(total).isPositive();
        assertThat(om.readTree(out.resolve("summary.json").toFile()).get("findings").asLong()).isEqualTo(total);
    }

    @Test
    void tmxDedupKeepsTheFirstOfUnitsEqualAfterNormalisationAcrossFiles() throws Exception {
        Path a = writeTmx("a.tmx", new String[][] {{"The talks resumed.", "استؤنفت المحادثات."},
            {"Gaza", "غزة"}, {"A truce.", "هدنة."}});
        // the same talks unit with other spacing and a tatweel: a duplicate; another translation is not
        Path b = writeTmx("b.tmx", new String[][] {{"The  talks resumed. ", "استؤنفت المحـادثات."},
            {"Gaza", "قطاع غزة"}, {"A truce.", "هدنة."}});
        Path out = tmp.resolve("dedup");
        Run r = spark("tmx", "dedup", "--out", out.toString(), a.toString(), b.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> kept = new ArrayList<>();
        for (Path p : parts(out, ".tmx")) {
            assertDtdValid(p);
            try (TmxReader rd = TmxReader.open(p)) {
                while (rd.hasNext()) {
                    TranslationUnit u = rd.next();
                    kept.add(u.text("en") + "|" + u.text("ar") + "|" + u.prop("x-occurrences").orElseThrow());
                }
            }
        }
        assertThat(kept).containsExactly("The talks resumed.|استؤنفت المحادثات.|2", "Gaza|غزة|1", "A truce.|هدنة.|2",
                "Gaza|قطاع غزة|1");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("read").asInt()).isEqualTo(6);
        assertThat(summary.get("written").asInt()).isEqualTo(4);
        assertThat(summary.get("duplicatesRemoved").asInt()).isEqualTo(2);
    }

    private Path writeTmx(String name, String[][] units) throws IOException {
        Path p = tmp.resolve(name);
        try (var out = Files.newOutputStream(p); TmxWriter w = TmxWriter.create(out, new TmxWriterOptions("en", "ar",
                TmxWriterOptions.defaults().profile()))) {
            int k = 0;
            for (String[] u : units) {
                w.write(TranslationUnit.of(name + "-" + (++k), "en", u[0], "ar", u[1]));
            }
        }
        return p;
    }

    @Test
    void printSubmitIsNotAJobOption() {
        Run r = spark("align", "--print-submit");
        assertThat(r.code()).isEqualTo(2);
    }
}
