package org.tarjama.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tarjama.model.BadInputException;

class DocumentsTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(DocumentsTest.class.getResource("/org/tarjama/io/" + name).toURI());
    }

    private static List<String> seed(String lang) throws IOException, URISyntaxException {
        Path p = Path.of(DocumentsTest.class.getResource("/org/tarjama/seed/seed.raw." + lang).toURI());
        return Files.readAllLines(p, StandardCharsets.UTF_8).subList(0, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-en.docx", "seed-en.odt", "seed-en.xlf"})
    void readsEnglishParagraphsFromDocumentStructure(String name) throws Exception {
        assertThat(Documents.paragraphs(fixture(name), null, "en")).containsExactlyElementsOf(seed("en"));
    }

    @Test
    void readsHtmlParagraphsAfterItsTitle() throws Exception {
        assertThat(Documents.paragraphs(fixture("seed-en.html"), null, "en")).first().isEqualTo("Gaza");
        assertThat(Documents.paragraphs(fixture("seed-en.html"), null, "en")).containsSubsequence(seed("en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-ar.docx", "seed-ar.odt", "seed-ar.html"})
    void readsArabicParagraphsFromDocumentStructure(String name) throws Exception {
        List<String> paragraphs = Documents.paragraphs(fixture(name), null, "ar");
        // HTML also yields its <title>
        assertThat(paragraphs).containsSubsequence(seed("ar"));
    }

    @Test
    void plainTextIsOneParagraphPerNonBlankLine() throws IOException {
        Path p = dir.resolve("a.txt");
        Files.writeString(p, "One.\n\n  Two.  \n");
        assertThat(Documents.paragraphs(p, null, "en")).containsExactly("One.", "Two.");
    }

    @Test
    void aCorruptDocumentIsBadInputNamingTheFile() throws IOException {
        Path p = dir.resolve("broken.docx");
        Files.writeString(p, "this is not a zip");
        assertThatThrownBy(() -> Documents.paragraphs(p, null, "en"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("broken.docx");
    }

    @Test
    void aBrokenXliffIsOneLineNamingTheFileLineAndColumnAndNoEntityIsLoaded() throws IOException {
        Path p = dir.resolve("xxe.xlf");
        Files.writeString(p, "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<xliff version=\"1.2\"><file source-language=\"en\" datatype=\"plaintext\" original=\"a\"><body>\n"
                + "<trans-unit id=\"1\"><source>Hello &xxe; there.</source></trans-unit>\n</body></file></xliff>\n");
        assertThatThrownBy(() -> Documents.paragraphs(p, null, "en"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(p + ", line 4, column ")
                .hasMessageContaining("cannot read as xliff: Undeclared general entity \"xxe\"")
                .hasMessageNotContaining("\n").hasMessageNotContaining("root:");
    }

    @Test
    void windows1256HtmlIsDecodedWithOrWithoutAMetaCharset() throws IOException {
        java.nio.charset.Charset cp1256 = java.nio.charset.Charset.forName("windows-1256");
        String arabic = "قال الوزير إن الوفد وصل.";
        Path meta = dir.resolve("meta.html");
        Files.write(meta, ("<html><head><meta charset=\"windows-1256\"></head><body><p>" + arabic + "</p></body></html>")
                .getBytes(cp1256));
        Path bare = dir.resolve("bare.html");
        Files.write(bare, ("<html><body><p>" + arabic + "</p></body></html>").getBytes(cp1256));
        assertThat(Documents.paragraphs(meta, null, "ar")).containsExactly(arabic);
        assertThat(Documents.paragraphs(bare, null, "ar")).containsExactly(arabic);
        Path utf8 = dir.resolve("utf8.html");
        Files.writeString(utf8, "<html><body><p>" + arabic + "</p></body></html>", StandardCharsets.UTF_8);
        assertThat(Documents.paragraphs(utf8, null, "ar")).containsExactly(arabic);
        assertThatThrownBy(() -> Documents.paragraphs(bare, StandardCharsets.UTF_8, "ar"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("bare.html").hasMessageContaining("byte offset");
    }
}
