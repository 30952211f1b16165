package org.tarjama.tm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.AltTranslation;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.Main;
import org.tarjama.tmx.TmxReader;

/** The commands in-process, as scripts and the acceptance checks call them. */
class TmCliTest {
    @TempDir
    Path tmp;

    private Path tm;
    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @BeforeEach
    void memory() throws Exception {
        tm = tmp.resolve("tm");
        Path tsv = tmp.resolve("units.tsv");
        Files.writeString(tsv, String.join("\n",
                "en\tar",
                "The minister said the new bridge will open next spring.\tقال الوزير إن الجسر الجديد سيفتح في الربيع المقبل.",
                "Prices rose by 5 percent in 2019.\tارتفعت الأسعار بنسبة ٥ في المئة في عام ٢٠١٩.",
                "Visitors gathered at the dome.\tتجمع الزوار بالقبة.",
                ""), StandardCharsets.UTF_8);
        assertThat(run("tm", "import", "--tm", tm.toString(), tsv.toString())).isEqualTo(0);
        assertThat(err).contains("3 added");
    }

    @Test
    void lookupJsonHasOneObjectPerQueryWithMatchesBestFirst() throws Exception {
        assertThat(run("lookup", "--tm", tm.toString(), "--format", "json", "--min", "50",
                "The minister said the old bridge will open next spring.")).isEqualTo(0);
        String[] lines = out.strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode o = new ObjectMapper().readTree(lines[0]);
        assertThat(o.get("query").asText()).isEqualTo("The minister said the old bridge will open next spring.");
        JsonNode m = o.get("matches").get(0);
        assertThat(m.get("score").asInt()).isEqualTo(90);
        assertThat(m.get("source").asText()).startsWith("The minister said the new bridge");
        assertThat(m.get("target").asText()).startsWith("قال الوزير");
        assertThat(m.get("tuid").asText()).isEqualTo("1");
        assertThat(m.get("diff").isArray()).isTrue();
        assertThat(m.get("diff").toString()).contains("{\"op\":\"replace\",\"source\":\"new\",\"query\":\"old\"}");
    }

    /** The lookup JSON byte for byte (the server's /api/v1/lookup answers the same bytes: TmServerTest). */
    @Test
    void lookupJsonIsPinnedByteForByteInBothDirections() {
        assertThat(run("lookup", "--tm", tm.toString(), "--min", "50", "--format", "json",
                "The minister said the old bridge will open in spring 2020.")).isEqualTo(0);
        assertThat(out).isEqualTo("{\"query\":\"The minister said the old bridge will open in spring 2020.\",\"matches\":[{\"score\":72,"
                + "\"source\":\"The minister said the new bridge will open next spring.\",\"target\":\"قال الوزير إن الجسر الجديد سيفتح في الربيع المقبل.\","
                + "\"tuid\":\"1\",\"diff\":[{\"op\":\"equal\",\"source\":\"The\",\"query\":\"The\"},{\"op\":\"equal\",\"source\":\"minister\",\"query\":\"minister\"},"
                + "{\"op\":\"equal\",\"source\":\"said\",\"query\":\"said\"},{\"op\":\"equal\",\"source\":\"the\",\"query\":\"the\"},"
                + "{\"op\":\"replace\",\"source\":\"new\",\"query\":\"old\"},{\"op\":\"equal\",\"source\":\"bridge\",\"query\":\"bridge\"},"
                + "{\"op\":\"equal\",\"source\":\"will\",\"query\":\"will\"},{\"op\":\"equal\",\"source\":\"open\",\"query\":\"open\"},"
                + "{\"op\":\"replace\",\"source\":\"next\",\"query\":\"in\"},{\"op\":\"equal\",\"source\":\"spring\",\"query\":\"spring\"},"
                + "{\"op\":\"insert\",\"query\":\"2020\"}]}]}" + System.lineSeparator());
        assertThat(run("lookup", "--tm", tm.toString(), "--min", "50", "--format", "json", "--source-lang", "ar",
                "قال الوزير إن الجسر سيفتح في الربيع المقبل")).isEqualTo(0);
        assertThat(out).isEqualTo("{\"query\":\"قال الوزير إن الجسر سيفتح في الربيع المقبل\",\"matches\":[{\"score\":88,"
                + "\"source\":\"قال الوزير إن الجسر الجديد سيفتح في الربيع المقبل.\",\"target\":\"The minister said the new bridge will open next spring.\","
                + "\"tuid\":\"1\",\"diff\":[{\"op\":\"equal\",\"source\":\"قال\",\"query\":\"قال\"},{\"op\":\"equal\",\"source\":\"الوزير\",\"query\":\"الوزير\"},"
                + "{\"op\":\"equal\",\"source\":\"إن\",\"query\":\"إن\"},{\"op\":\"equal\",\"source\":\"الجسر\",\"query\":\"الجسر\"},"
                + "{\"op\":\"delete\",\"source\":\"الجديد\"},{\"op\":\"equal\",\"source\":\"سيفتح\",\"query\":\"سيفتح\"},"
                + "{\"op\":\"equal\",\"source\":\"في\",\"query\":\"في\"},{\"op\":\"equal\",\"source\":\"الربيع\",\"query\":\"الربيع\"},"
                + "{\"op\":\"equal\",\"source\":\"المقبل\",\"query\":\"المقبل\"}]}]}" + System.lineSeparator());
    }

    @Test
    void lookupSubstitutesTheChangedNumberInArabicIndicDigits() throws Exception {
        assertThat(run("lookup", "--tm", tm.toString(), "--format", "json", "Prices rose by 7 percent in 2019.")).isEqualTo(0);
        JsonNode m = new ObjectMapper().readTree(out.strip()).get("matches").get(0);
        assertThat(m.get("score").asInt()).isEqualTo(99);
        assertThat(m.get("target").asText()).isEqualTo("ارتفعت الأسعار بنسبة ٧ في المئة في عام ٢٠١٩.");
    }

    @Test
    void lookupBatchReadsTheFirstColumnOfATsv() throws Exception {
        Path q = tmp.resolve("q.tsv");
        Files.writeString(q, "Visitors gathered at the dome.\tignored\nNothing like this at all.\n", StandardCharsets.UTF_8);
        assertThat(run("lookup", "--tm", tm.toString(), "--format", "json", "--queries", q.toString())).isEqualTo(0);
        String[] lines = out.strip().split("\n");
        assertThat(lines).hasSize(2);
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(lines[0]).get("matches").get(0).get("score").asInt()).isEqualTo(100);
        assertThat(mapper.readTree(lines[1]).get("matches")).isEmpty();
    }

    @Test
    void lookupRejectsAThresholdOutOfRange() {
        assertThat(run("lookup", "--tm", tm.toString(), "--min", "0", "x")).isEqualTo(2);
    }

    @Test
    void reimportAddsNothing() {
        Path tsv = tmp.resolve("units.tsv");
        assertThat(run("tm", "import", "--tm", tm.toString(), tsv.toString())).isEqualTo(0);
        assertThat(err).contains("0 added").contains("3 already present");
        assertThat(run("tm", "stats", "--tm", tm.toString(), "--format", "json")).isEqualTo(0);
        assertThat(out).contains("\"units\":3");
    }

    @Test
    void importOfAMissingFileIsBadInput() {
        assertThat(run("tm", "import", "--tm", tm.toString(), tmp.resolve("nope.tsv").toString())).isEqualTo(3);
        assertThat(err).contains("nope.tsv");
    }

    @Test
    void exportWritesEveryUnitAsTmx() {
        Path x = tmp.resolve("out.tmx");
        assertThat(run("tm", "export", "--tm", tm.toString(), "--to", "tmx", "-o", x.toString())).isEqualTo(0);
        List<String> ar = new ArrayList<>();
        try (TmxReader r = TmxReader.open(x)) {
            while (r.hasNext()) {
                ar.add(r.next().text("ar"));
            }
        }
        assertThat(ar).hasSize(3).contains("تجمع الزوار بالقبة.");
    }

    @Test
    void concordanceJsonGivesKeywordInContext() throws Exception {
        assertThat(run("concordance", "--tm", tm.toString(), "--format", "json", "القبة")).isEqualTo(0);
        JsonNode o = new ObjectMapper().readTree(out);
        assertThat(o.get("lang").asText()).isEqualTo("ar");
        JsonNode h = o.get("hits").get(0);
        assertThat(h.get("match").asText()).isEqualTo("بالقبة");
        assertThat(h.get("left").asText()).isEqualTo("تجمع الزوار ");
        assertThat(h.get("source").asText()).isEqualTo("Visitors gathered at the dome.");
    }

    @Test
    void pretranslateWritesXliffWhoseMatchQualityOkapiReads() throws Exception {
        Path doc = tmp.resolve("doc.txt");
        Files.writeString(doc, "The minister said the old bridge will open next spring. Visitors gathered at the dome.\n\n"
                + "Something entirely different is written here.\n", StandardCharsets.UTF_8);
        Path xlf = tmp.resolve("doc.xlf");
        assertThat(run("pretranslate", "--tm", tm.toString(), "--min", "75", "-o", xlf.toString(), doc.toString())).isEqualTo(0);
        assertThat(err).contains("3 segments: 2 matched");
        String xml = Files.readString(xlf);
        assertThat(xml).contains("state-qualifier=\"exact-match\"").contains("match-quality=\"90\"");
        List<Integer> scores = new ArrayList<>();
        List<Boolean> hasTarget = new ArrayList<>();
        try (XLIFFFilter f = new XLIFFFilter()) {
            f.open(new RawDocument(xlf.toUri(), "UTF-8", LocaleId.ENGLISH, LocaleId.fromString("ar")));
            while (f.hasNext()) {
                Event e = f.next();
                if (e.isTextUnit()) {
                    ITextUnit tu = e.getTextUnit();
                    hasTarget.add(tu.hasTarget(LocaleId.fromString("ar")));
                    AltTranslationsAnnotation a = tu.getTarget(LocaleId.fromString("ar")) == null ? null
                            : tu.getTarget(LocaleId.fromString("ar")).getAnnotation(AltTranslationsAnnotation.class);
                    if (a != null) {
                        for (AltTranslation alt : a) {
                            scores.add(alt.getCombinedScore());
                        }
                    }
                }
            }
        }
        assertThat(hasTarget).containsExactly(true, true, false);
        assertThat(scores).containsExactly(90, 100);
    }

    @Test
    void pretranslateToTmxKeepsMatchedSegmentsWithTheirScore() {
        Path doc = tmp.resolve("doc.txt");
        try {
            Files.writeString(doc, "Prices rose by 9 percent in 2019.\n", StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path x = tmp.resolve("doc.tmx");
        assertThat(run("pretranslate", "--tm", tm.toString(), "-o", x.toString(), doc.toString())).isEqualTo(0);
        try (TmxReader r = TmxReader.open(x)) {
            var u = r.next();
            assertThat(u.text("ar")).isEqualTo("ارتفعت الأسعار بنسبة ٩ في المئة في عام ٢٠١٩.");
            assertThat(u.prop("x-match-score")).contains("99");
        }
    }

    @Test
    void lookupInADirectoryWithoutAMemoryIsBadInput() {
        assertThat(run("lookup", "--tm", tmp.resolve("empty").toString(), "anything")).isEqualTo(3);
        assertThat(err).contains("no translation memory");
    }

    @Test
    void concordanceRejectsANegativeWidthAsAUsageError() {
        assertThat(run("concordance", "--tm", tm.toString(), "--width", "-5", "dome")).isEqualTo(2);
        assertThat(err).contains("--width").doesNotContain("internal error");
        assertThat(run("concordance", "--tm", tm.toString(), "--width", "0", "dome")).isEqualTo(0);
        assertThat(out).contains("[dome]");
    }

    @Test
    void pretranslateAltTransHoldsTheMemorysPairAsStored() throws Exception {
        Path doc = tmp.resolve("doc.txt");
        Files.writeString(doc, "Prices rose by 7 percent in 2019.\n", StandardCharsets.UTF_8);
        Path xlf = tmp.resolve("doc.xlf");
        assertThat(run("pretranslate", "--tm", tm.toString(), "-o", xlf.toString(), doc.toString())).isEqualTo(0);
        String xml = Files.readString(xlf);
        // the proposed target has the query's number; the alt-trans is the memory's unit, English and Arabic alike
        assertThat(xml).contains("state-qualifier=\"fuzzy-match\">ارتفعت الأسعار بنسبة ٧ في المئة");
        assertThat(xml).contains("<source xml:lang=\"en\">Prices rose by 5 percent in 2019.</source>\n"
                + "          <target xml:lang=\"ar\">ارتفعت الأسعار بنسبة ٥ في المئة في عام ٢٠١٩.</target>");
    }

    @Test
    void pretranslateLeavesOutControlCharactersAndKeepsEverySentence() throws Exception {
        Path doc = tmp.resolve("ctl.txt");
        Files.writeString(doc, "Visitors gathered at the dome.\fA page\u0001 break here.\n", StandardCharsets.UTF_8);
        Path xlf = tmp.resolve("ctl.xlf");
        assertThat(run("pretranslate", "--tm", tm.toString(), "-o", xlf.toString(), doc.toString())).isEqualTo(0);
        assertThat(err).contains("warning").contains("left out of");
        List<String> sources = new ArrayList<>();
        try (XLIFFFilter f = new XLIFFFilter()) {
            f.open(new RawDocument(xlf.toUri(), "UTF-8", LocaleId.ENGLISH, LocaleId.fromString("ar")));
            while (f.hasNext()) {
                Event e = f.next();
                if (e.isTextUnit()) {
                    sources.add(e.getTextUnit().getSource().toString());
                }
            }
        }
        assertThat(String.join(" ", sources)).contains("Visitors gathered at the dome.").contains("A page break here.");
    }

    @Test
    void importRefusesAFileOrAForeignDirectoryAsMemory() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
        Path tsv = tmp.resolve("units.tsv");
        assertThat(run("tm", "import", "--tm", file.toString(), tsv.toString())).isEqualTo(3);
        assertThat(err).contains("notes.txt: not a directory");
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("report.docx"), "x");
        assertThat(run("tm", "import", "--tm", project.toString(), tsv.toString())).isEqualTo(3);
        assertThat(err).contains("not a translation memory and not empty");
        try (var files = Files.list(project)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("report.docx");
        }
        Path fresh = Files.createDirectories(tmp.resolve("fresh"));
        Files.writeString(fresh.resolve(".DS_Store"), "x");
        assertThat(run("tm", "import", "--tm", fresh.toString(), tsv.toString())).isEqualTo(0);
    }

    @Test
    void aSecondImportWhileOneIsWritingGetsOneClearLine() {
        Path tsv = tmp.resolve("units.tsv");
        try (TmImporter busy = TmImporter.open(tm)) {
            assertThat(run("tm", "import", "--tm", tm.toString(), tsv.toString())).isEqualTo(3);
        }
        assertThat(err.strip()).isEqualTo("tarjama: " + tm + ": another import is writing to this memory; try again when it has finished");
        assertThat(run("tm", "import", "--tm", tm.toString(), tsv.toString())).isEqualTo(0);
    }

    @Test
    void lookupWithAHugeTopReturnsEveryMatchWithoutSizingBuffersByIt() throws Exception {
        assertThat(run("lookup", "--tm", tm.toString(), "--format", "json", "--min", "1", "--top", "2147483647",
                "Visitors gathered at the dome.")).isEqualTo(0);
        assertThat(new ObjectMapper().readTree(out).get("matches").get(0).get("score").asInt()).isEqualTo(100);
    }

    @Test
    void anArabicLookupQueryWithoutSourceLangSaysHowToMatchIt() {
        assertThat(run("lookup", "--tm", tm.toString(), "تجمع الزوار بالقبة.")).isEqualTo(0);
        assertThat(out).contains("no match");
        assertThat(err).contains("warning").contains("--source-lang ar");
        assertThat(run("lookup", "--tm", tm.toString(), "Visitors gathered at the dome.")).isEqualTo(0);
        assertThat(err).isEmpty();
    }

    @Test
    void anArabicQueryWithSourceLangArMatchesTheMemorysArabicAndProposesItsEnglish() throws Exception {
        assertThat(run("lookup", "--tm", tm.toString(), "--source-lang", "ar", "--format", "json", "--min", "50",
                "وقال الوزير إن الجسر الجديد سيفتح في الربيع المقبل.")).isEqualTo(0);
        JsonNode m = new ObjectMapper().readTree(out.strip()).get("matches").get(0);
        assertThat(m.get("score").asInt()).as("nine words, one conjunction added: 100 × 17/18").isEqualTo(94);
        assertThat(m.get("source").asText()).isEqualTo("قال الوزير إن الجسر الجديد سيفتح في الربيع المقبل.");
        assertThat(m.get("target").asText()).isEqualTo("The minister said the new bridge will open next spring.");
        assertThat(err).isEmpty();
        assertThat(run("lookup", "--tm", tm.toString(), "--source-lang", "fr", "Bonjour")).isEqualTo(2);
        assertThat(err).contains("--source-lang").contains("en or ar");
    }

    @Test
    void anEmptySentenceOrPhraseIsAUsageError() {
        assertThat(run("lookup", "--tm", tm.toString(), "  ")).isEqualTo(2);
        assertThat(err).contains("SENTENCE is empty");
        assertThat(run("concordance", "--tm", tm.toString(), "")).isEqualTo(2);
        assertThat(err).contains("PHRASE is empty");
    }

    @Test
    void exportSaysWhichUnitLostACharacterXmlForbids() throws Exception {
        Path tsv = Files.writeString(tmp.resolve("ctl.tsv"), "Page\u0001 one.\tصفحة واحدة.\n", StandardCharsets.UTF_8);
        Path mem = tmp.resolve("tm2");
        assertThat(run("tm", "import", "--tm", mem.toString(), tsv.toString())).isEqualTo(0);
        Path x = tmp.resolve("out.tmx");
        assertThat(run("tm", "export", "--tm", mem.toString(), "-o", x.toString())).isEqualTo(0);
        assertThat(err).contains("warning: unit 1: removed 1 character not allowed in XML 1.0 from the en segment");
        try (TmxReader r = TmxReader.open(x)) {
            assertThat(r.next().text("en")).isEqualTo("Page one.");
        }
    }

    @Test
    void exportIntoAMissingDirectoryIsAClearErrorAndCreatesNothing() {
        Path x = tmp.resolve("no-such-dir").resolve("out.tmx");
        assertThat(run("tm", "export", "--tm", tm.toString(), "-o", x.toString())).isEqualTo(3);
        assertThat(err).contains("cannot write").contains("does not exist");
        assertThat(Files.exists(x.getParent())).isFalse();
        assertThat(run("tm", "export", "--tm", tm.toString(), "-o", tmp.toString())).isEqualTo(3);
        assertThat(err).contains("it is a directory");
    }

    @Test
    void pretranslateToTmxWritesNoEmptyTuidPropForAUnitImportedWithoutTuid() throws Exception {
        Path tmx = Files.writeString(tmp.resolve("notuid.tmx"), "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header srclang=\"en\" "
                + "datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" o-tmf=\"x\" creationtool=\"x\" creationtoolversion=\"1\"/>"
                + "<body><tu><tuv xml:lang=\"en\"><seg>No id here.</seg></tuv><tuv xml:lang=\"ar\"><seg>لا معرف هنا.</seg></tuv></tu></body></tmx>",
                StandardCharsets.UTF_8);
        Path mem = tmp.resolve("tm3");
        assertThat(run("tm", "import", "--tm", mem.toString(), tmx.toString())).isEqualTo(0);
        Path doc = Files.writeString(tmp.resolve("d.txt"), "No id here.\n", StandardCharsets.UTF_8);
        Path x = tmp.resolve("d.tmx");
        assertThat(run("pretranslate", "--tm", mem.toString(), "-o", x.toString(), doc.toString())).isEqualTo(0);
        String out = Files.readString(x);
        assertThat(out).contains("x-match-score\">100<").doesNotContain("x-tm-tuid");
    }

    @Test
    void concordanceContextIsNeverCutInsideASurrogatePair() throws Exception {
        Path tsv = Files.writeString(tmp.resolve("emoji.tsv"), "Fans \uD83D\uDE00 cheered the team \uD83D\uDE00 loudly.\tهتف المشجعون.\n",
                StandardCharsets.UTF_8);
        Path mem = tmp.resolve("tm4");
        assertThat(run("tm", "import", "--tm", mem.toString(), tsv.toString())).isEqualTo(0);
        for (String w : List.of("1", "2", "3", "4")) {
            assertThat(run("concordance", "--tm", mem.toString(), "--width", w, "cheered the team")).isEqualTo(0);
            String line = out.lines().findFirst().orElseThrow();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                boolean paired = Character.isHighSurrogate(c) ? i + 1 < line.length() && Character.isLowSurrogate(line.charAt(++i))
                        : !Character.isLowSurrogate(c);
                assertThat(paired).as("width %s: %s", w, line).isTrue();
            }
        }
    }
    /**
     * Issue 16, both directions for pretranslation: an Arabic news text (the seed article's own
     * paragraphs, one with a word changed, and a sentence the memory does not hold) is pretranslated
     * from the Arabic side of the memory the quick start builds from {@code tmx-samples/seed.tmx}, and
     * {@code tarjama merge} turns the XLIFF into the English document.
     */
    @Test
    void anArabicDocumentIsPretranslatedFromTheMemorysArabicAndMergesIntoEnglish() throws Exception {
        Path mem = tmp.resolve("seed-tm");
        assertThat(run("tm", "import", "--tm", mem.toString(), Path.of("tmx-samples", "seed.tmx").toString())).isEqualTo(0);
        String unit2 = "وصل جون ألين، قائد سابق ذو أربع نجوم من قوات البحرية الأميركية في أفغانستان، في زيارة غير معلنة ليلة "
                + "الإثنين، ذكر راديو إسرائيل.";
        // unit 4 with one word changed: حماس (Hamas) → فتح (Fatah)
        String unit4Edited = "وسبب زيارته تأتي كما يقول المفاوضون المصريون والفلسطينيون أن الجانبين يعملان بإتجاه وقف لإطلاق "
                + "النار، ولإنهاء ما يقارب شهرين من القتال بين إسرائيل وفتح.";
        String unrelated = "هطلت أمطار غزيرة على العاصمة طوال الليل.";
        String en2 = "Allen, a former four-star Marine Corps general who commanded US forces in Afghanistan, arrived on an "
                + "unannounced visit on Monday night, Israel Radio reported.";
        String en4 = "His visit comes as Egyptian and Palestinian negotiators say the two sides are working toward a ceasefire "
                + "to end nearly two months of fighting between Israel and Hamas.";

        Path txt = Files.writeString(tmp.resolve("news-ar.txt"), unit2 + "\n\n" + unit4Edited + "\n\n" + unrelated + "\n",
                StandardCharsets.UTF_8);
        Path xlf = tmp.resolve("news-ar.xlf");
        assertThat(run("pretranslate", "--tm", mem.toString(), "--source-lang", "ar", "--min", "75",
                "-o", xlf.toString(), txt.toString())).isEqualTo(0);
        assertThat(err).contains("3 segments: 2 matched at 75% or more (1 exact), 1 without a match");
        String x = Files.readString(xlf, StandardCharsets.UTF_8);
        assertThat(x).contains("source-language=\"ar\"", "target-language=\"en\"",
                "<source xml:lang=\"ar\">" + unit2 + "</source>", "<target xml:lang=\"en\" state=\"translated\" state-qualifier=\"exact-match\">" + en2 + "</target>",
                "state-qualifier=\"fuzzy-match\"");
        assertThat(x).doesNotContain("xml:lang=\"ar\" state=");
        Path english = tmp.resolve("news-en.txt");
        assertThat(run("merge", "-o", english.toString(), xlf.toString())).isEqualTo(0);
        assertThat(err).contains("3 segments merged: 2 translated, 1 untranslated");
        assertThat(Files.readString(english, StandardCharsets.UTF_8)).isEqualTo(en2 + "\n\n" + en4 + "\n\n" + unrelated + "\n");

        // The same from HTML: the English page has the English in place, tags kept, and no longer says it is Arabic.
        Path html = Files.writeString(tmp.resolve("news-ar.html"), "<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">\n<head><meta charset=\"utf-8\">"
                + "<title>أخبار</title></head>\n<body>\n<p>" + unit2 + "</p>\n<p><b>" + unit4Edited + "</b></p>\n</body>\n</html>\n",
                StandardCharsets.UTF_8);
        Path hxlf = tmp.resolve("news-ar-html.xlf");
        assertThat(run("pretranslate", "--tm", mem.toString(), "--source-lang", "ar", "-o", hxlf.toString(), html.toString())).isEqualTo(0);
        Path page = tmp.resolve("news-en.html");
        assertThat(run("merge", "-o", page.toString(), hxlf.toString())).isEqualTo(0);
        String merged = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(merged).contains("<html lang=\"en\">", "<p>" + en2 + "</p>", "<p><b>" + en4 + "</b></p>")
                .doesNotContain("dir=\"rtl\"", "وصل جون");

        // Okapi drops a dir that comes before lang, but not one after it: either way the English page is left to right
        Path html2 = Files.writeString(tmp.resolve("news-ar2.html"), Files.readString(html, StandardCharsets.UTF_8)
                .replace("<html dir=\"rtl\" lang=\"ar\">", "<html lang=\"ar\" dir=\"rtl\">").replace("<p>", "<p dir=\"rtl\">"),
                StandardCharsets.UTF_8);
        assertThat(run("pretranslate", "--tm", mem.toString(), "--source-lang", "ar", "-o", hxlf.toString(), html2.toString())).isEqualTo(0);
        assertThat(run("merge", "-o", page.toString(), hxlf.toString())).isEqualTo(0);
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains("<html lang=\"en\" dir=\"ltr\">", "<p dir=\"auto\">" + en2 + "</p>")
                .doesNotContain("dir=\"rtl\"");

        // TMX output says Arabic is the source
        Path tmxOut = tmp.resolve("news-ar.tmx");
        assertThat(run("pretranslate", "--tm", mem.toString(), "--source-lang", "ar", "-o", tmxOut.toString(), txt.toString())).isEqualTo(0);
        String t = Files.readString(tmxOut, StandardCharsets.UTF_8);
        assertThat(t).contains("srclang=\"ar\"", "<tuv xml:lang=\"ar\">\n        <seg>" + unit2, "<tuv xml:lang=\"en\">\n        <seg>" + en2);
        assertThat(t.indexOf("xml:lang=\"ar\"")).isLessThan(t.indexOf("xml:lang=\"en\""));
        assertThat(run("pretranslate", "--tm", mem.toString(), "--source-lang", "fr", "-o", xlf.toString(), txt.toString())).isEqualTo(2);
        assertThat(err).contains("--source-lang").contains("en or ar");
    }
}
