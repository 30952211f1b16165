package org.tarjama.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarjama.cli.CliRunner;

/**
 * The translator's loop on real documents, end to end through the command line: align reads a line
 * break as a sentence end; pretranslate writes XLIFF with the document as skeleton and its formatting
 * as inline codes; merge writes the Arabic document with targets in place, formatting restored and
 * the right-to-left direction set. Fixtures: src/test/resources/org/tarjama/documents (README).
 */
class DocumentRoundTripTest {
    @TempDir
    Path tmp;

    static Path fixture(String name) {
        try {
            return Path.of(DocumentRoundTripTest.class.getResource("/org/tarjama/documents/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CliRunner.Result ok(String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "docx", "odt"})
    void aLineBreakBetweenTwoSentencesGivesTwoPairs(String ext) {
        CliRunner.Result r = ok("align", "--format", "tsv", fixture("rescue-en." + ext).toString(), fixture("rescue-ar." + ext).toString());
        assertThat(r.out()).contains("He is a great captain.\tإنه قائد عظيم.\t", "Hats off to Thomas.\tرفعنا القبعات لتوماس.\t")
                .doesNotContain("captain.Hats", "captain. Hats");
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "docx", "odt"})
    void segmentAndPretranslateSeeTheLineBreakToo(String ext) throws IOException {
        Path tm = tmp.resolve("tm");
        ok("tm", "import", "--tm", tm.toString(), fixture("MEM.tsv").toString());
        Path xlf = tmp.resolve("en.xlf");
        ok("pretranslate", "--tm", tm.toString(), "--min", "75", "-o", xlf.toString(), fixture("rescue-en." + ext).toString());
        String x = Files.readString(xlf);
        assertThat(x).contains("<source xml:lang=\"en\">He is a great captain.</source>", "<source xml:lang=\"en\">Hats off to Thomas.</source>");
    }

    @Test
    void wordRoundTripIsArabicRightToLeftWithTheBoldRunKept() throws IOException {
        Path tm = tmp.resolve("tm");
        ok("tm", "import", "--tm", tm.toString(), fixture("MEM.tsv").toString());
        Path xlf = tmp.resolve("en.xlf");
        CliRunner.Result p = ok("pretranslate", "--tm", tm.toString(), "--min", "75", "-o", xlf.toString(), fixture("rescue-en.docx").toString());
        assertThat(p.err()).contains("5 segments: 5 matched", "6 of 6 sentences filled; 1 segments are runs of sentences");
        String x = Files.readString(xlf);
        assertThat(x).contains("datatype=\"x-docx\"", "<skl><internal-file form=\"base64\">",
                "<source xml:lang=\"en\">The crew reached the <g id=\"1\" ctype=\"bold\">harbour</g> before the storm.</source>",
                // the two English sentences the memory holds as one unit are one segment
                "<source xml:lang=\"en\">Nobody was hurt. The ship will sail again in <g id=\"1\" ctype=\"italic\">spring</g>.</source>");
        Path out = tmp.resolve("ar.docx");
        CliRunner.Result m = ok("merge", "-o", out.toString(), xlf.toString());
        assertThat(m.err()).contains("5 segments merged: 5 translated, 0 untranslated");
        String doc = zipEntry(out, "word/document.xml");
        List<String> paragraphs = elements(doc, "w:p");
        assertThat(paragraphs).hasSize(4);
        for (String para : paragraphs) {
            assertThat(para).contains("<w:bidi/>");
            String text = texts(para);
            assertThat(text).as(para).matches("[\\p{InArabic}\\s.،]+");
        }
        // the bold English run "harbour" is a bold Arabic run, the italic one italic
        assertThat(doc).containsPattern("<w:r><w:rPr><w:b/>(<w:rtl/>)?[^<]*(<w:bCs/>)?</w:rPr><w:t[^>]*>[\\p{InArabic} ]+</w:t></w:r>");
        assertThat(doc).containsPattern("<w:rPr><w:i/>.*?</w:rPr><w:t[^>]*>\\p{InArabic}+</w:t>");
        assertThat(doc).contains("<w:rtl/>", "<w:br/>");
        assertThat(zipEntry(out, "word/styles.xml")).contains("Heading1");
        // and Okapi reads the Arabic document back: the same paragraphs, in Arabic
        List<String> back = Documents.paragraphs(out, null, "ar");
        assertThat(back).containsExactly("إنقاذ في البحر", "إنه قائد عظيم.\nرفعنا القبعات لتوماس.",
                "وصل الطاقم إلى الميناء قبل العاصفة.", "لم يصب أحد بأذى، وستبحر السفينة مجددا في الربيع.");
    }

    @Test
    void htmlRoundTripSetsDirAndLangAndKeepsTags() throws IOException {
        Path tm = tmp.resolve("tm");
        ok("tm", "import", "--tm", tm.toString(), fixture("MEM.tsv").toString());
        Path xlf = tmp.resolve("en.xlf");
        ok("pretranslate", "--tm", tm.toString(), "-o", xlf.toString(), fixture("rescue-en.html").toString());
        Path out = tmp.resolve("ar.html");
        ok("merge", "-o", out.toString(), xlf.toString());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html dir=\"rtl\" lang=\"ar\">",
                "<title>إنقاذ في البحر</title>", "<h1>إنقاذ في البحر</h1>", "<p>إنه قائد عظيم.<br>رفعنا القبعات لتوماس.</p>",
                "<b>الميناء</b>", "<i>الربيع</i>.");
    }

    @Test
    void odtRoundTripHasRightToLeftParagraphStyles() throws IOException {
        Path tm = tmp.resolve("tm");
        ok("tm", "import", "--tm", tm.toString(), fixture("MEM.tsv").toString());
        Path xlf = tmp.resolve("en.xlf");
        ok("pretranslate", "--tm", tm.toString(), "-o", xlf.toString(), fixture("rescue-en.odt").toString());
        Path out = tmp.resolve("ar.odt");
        ok("merge", "-o", out.toString(), xlf.toString());
        String content = zipEntry(out, "content.xml");
        String styles = zipEntry(out, "styles.xml");
        assertThat(content).contains("<text:span text:style-name=\"T1\">الميناء</text:span>", "<text:line-break/>");
        for (String style : List.of("Standard", "Heading_20_1")) {
            assertThat(styles).containsPattern("style:name=\"" + style + "\"[^>]*><style:paragraph-properties[^>]*style:writing-mode=\"rl-tb\"");
        }
        assertThat(styles).contains("style:language-complex=\"ar\"");
        try (ZipFile z = new ZipFile(out.toFile())) {
            // ODF: the mimetype entry first and stored
            var first = z.entries().nextElement();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(java.util.zip.ZipEntry.STORED);
        }
    }

    /** English → Arabic → English: the Arabic document our merge wrote, translated back, is left to right again. */
    @ParameterizedTest
    @ValueSource(strings = {"html", "docx", "odt"})
    void anArabicDocumentMergedIntoEnglishIsLeftToRight(String ext) throws IOException {
        Path tm = tmp.resolve("tm");
        ok("tm", "import", "--tm", tm.toString(), fixture("MEM.tsv").toString());
        Path enXlf = tmp.resolve("en.xlf");
        ok("pretranslate", "--tm", tm.toString(), "--min", "75", "-o", enXlf.toString(), fixture("rescue-en." + ext).toString());
        Path ar = tmp.resolve("ar." + ext);
        ok("merge", "-o", ar.toString(), enXlf.toString());
        Path arXlf = tmp.resolve("ar.xlf");
        ok("pretranslate", "--tm", tm.toString(), "--source-lang", "ar", "--min", "75", "-o", arXlf.toString(), ar.toString());
        Path en = tmp.resolve("back." + ext);
        CliRunner.Result m = ok("merge", "-o", en.toString(), arXlf.toString());
        assertThat(m.err()).contains("0 untranslated");
        switch (ext) {
            case "html" -> {
                String html = Files.readString(ar, StandardCharsets.UTF_8);
                assertThat(html).contains("dir=\"rtl\"");
                String back = Files.readString(en, StandardCharsets.UTF_8);
                assertThat(back).containsPattern("<html[^>]*lang=\"en\"")
                        .doesNotContain("dir=\"rtl\"").contains("<b>harbour</b>");
            }
            case "docx" -> {
                assertThat(zipEntry(ar, "word/document.xml")).contains("<w:bidi/>", "<w:rtl/>");
                String doc = zipEntry(en, "word/document.xml");
                assertThat(doc).doesNotContain("<w:bidi/>", "<w:rtl/>", "<w:bidi w:val=\"true\"", "<w:rtl w:val=\"true\"");
            }
            default -> {
                assertThat(zipEntry(ar, "styles.xml")).contains("style:writing-mode=\"rl-tb\"");
                for (String part : List.of("content.xml", "styles.xml")) {
                    assertThat(zipEntry(en, part)).as(part).doesNotContain("writing-mode=\"rl-tb\"");
                }
                assertThat(zipEntry(en, "styles.xml")).contains("style:writing-mode=\"lr-tb\"");
            }
        }
        assertThat(Documents.paragraphs(en, null, "en")).containsExactlyElementsOf(Documents.paragraphs(fixture("rescue-en." + ext), null, "en"));
    }

    @Test
    void untranslatedSegmentsStayEnglishAndAreCounted() throws IOException {
        Path tm = tmp.resolve("tm");
        Path mem = tmp.resolve("one.tsv");
        Files.writeString(mem, "en\tar\nHe is a great captain.\tإنه قائد عظيم.\n");
        ok("tm", "import", "--tm", tm.toString(), mem.toString());
        Path xlf = tmp.resolve("en.xlf");
        ok("pretranslate", "--tm", tm.toString(), "-o", xlf.toString(), fixture("rescue-en.docx").toString());
        Path out = tmp.resolve("ar.docx");
        CliRunner.Result m = ok("merge", "-o", out.toString(), xlf.toString());
        assertThat(m.err()).contains("6 segments merged: 1 translated, 5 untranslated (left in English)");
        String doc = zipEntry(out, "word/document.xml");
        assertThat(texts(doc)).contains("إنه قائد عظيم.", "Hats off to Thomas.", "harbour");
    }

    @Test
    void mergeRefusesAWrongExtensionAPlainXliffAndAnEditedSource() throws IOException {
        Path tm = tmp.resolve("tm");
        ok("tm", "import", "--tm", tm.toString(), fixture("MEM.tsv").toString());
        Path xlf = tmp.resolve("en.xlf");
        ok("pretranslate", "--tm", tm.toString(), "-o", xlf.toString(), fixture("rescue-en.docx").toString());
        CliRunner.Result wrong = CliRunner.run("merge", "-o", tmp.resolve("ar.html").toString(), xlf.toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("docx document");

        Path edited = tmp.resolve("edited.xlf");
        Files.writeString(edited, Files.readString(xlf).replace(">Hats off to Thomas.</source>", ">Hats off to Tom.</source>"));
        CliRunner.Result e = CliRunner.run("merge", "-o", tmp.resolve("e.docx").toString(), edited.toString());
        assertThat(e.exitCode()).isEqualTo(3);
        assertThat(e.err()).contains("edited.xlf, line").contains("does not match the skeleton");
        assertThat(tmp.resolve("e.docx")).doesNotExist();

        Path plain = tmp.resolve("plain.xlf");
        Files.writeString(plain, "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                + "<file original=\"a.docx\" source-language=\"en\" datatype=\"x-docx\"><body>"
                + "<trans-unit id=\"1\"><source>Hello.</source></trans-unit></body></file></xliff>\n");
        CliRunner.Result p = CliRunner.run("merge", "-o", tmp.resolve("p.docx").toString(), plain.toString());
        assertThat(p.exitCode()).isEqualTo(3);
        assertThat(p.err()).contains("has no skeleton");
    }

    @Test
    void aPlainTextDocumentRoundTripsLineByLine() throws IOException {
        Path tm = tmp.resolve("tm");
        ok("tm", "import", "--tm", tm.toString(), fixture("MEM.tsv").toString());
        Path doc = tmp.resolve("doc.txt");
        Files.writeString(doc, "Rescue at sea\n\nHe is a great captain. Hats off to Thomas.\nSomething new.\n");
        Path xlf = tmp.resolve("doc.xlf");
        ok("pretranslate", "--tm", tm.toString(), "-o", xlf.toString(), doc.toString());
        Path out = tmp.resolve("ar.txt");
        CliRunner.Result m = ok("merge", "-o", out.toString(), xlf.toString());
        assertThat(m.err()).contains("1 untranslated");
        assertThat(Files.readString(out)).isEqualTo("إنقاذ في البحر\n\nإنه قائد عظيم. رفعنا القبعات لتوماس.\nSomething new.\n");
    }

    static String zipEntry(Path zip, String name) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> elements(String xml, String tag) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<" + tag + "[ >].*?</" + tag + ">", Pattern.DOTALL).matcher(xml);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String texts(String xml) {
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(xml);
        while (m.find()) {
            sb.append(m.group(1));
        }
        return sb.toString();
    }
}
