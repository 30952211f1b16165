package org.tarjama.fuzz;

import static org.tarjama.fuzz.FuzzSupport.expectOnlyBadInput;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.tarjama.io.Documents;
import org.tarjama.io.Documents.Kind;

/**
 * The document readers (io.Documents and, behind it, io.OkapiDocuments' filters) on hostile bytes (seeds:
 * DocumentsFuzzTestInputs/). Plain text, HTML and XLIFF get the bytes as the file; .docx and .odt get them as the
 * main XML part inside the bundled seed document, so that the fuzzer reaches the XML filters rather than
 * stopping at zip checksums (raw zip bytes are a target of their own).
 */
class DocumentsFuzzTest {
    private static final byte[] DOCX = resource("/org/tarjama/io/seed-en.docx");
    private static final byte[] ODT = resource("/org/tarjama/io/seed-en.odt");

    @FuzzTest(maxDuration = "2m")
    void text(byte[] data) throws Exception {
        read(Kind.TEXT, "fuzz.txt", data);
    }

    @FuzzTest(maxDuration = "2m")
    void html(byte[] data) throws Exception {
        read(Kind.HTML, "fuzz.html", data);
    }

    @FuzzTest(maxDuration = "2m")
    void xliff(byte[] data) throws Exception {
        read(Kind.XLIFF, "fuzz.xlf", data);
    }

    @FuzzTest(maxDuration = "2m")
    void docxDocumentXml(byte[] data) throws Exception {
        read(Kind.DOCX, "fuzz.docx", replaceEntry(DOCX, "word/document.xml", data));
    }

    @FuzzTest(maxDuration = "2m")
    void odtContentXml(byte[] data) throws Exception {
        read(Kind.ODT, "fuzz.odt", replaceEntry(ODT, "content.xml", data));
    }

    @FuzzTest(maxDuration = "2m")
    void docxZip(byte[] data) throws Exception {
        read(Kind.DOCX, "fuzz.docx", data);
    }

    private static void read(Kind kind, String name, byte[] bytes) throws Exception {
        expectOnlyBadInput(() -> {
            Documents.Document d = Documents.read(kind, name, name, bytes, null, "en");
            if (d.paragraphs() == null) {
                throw new AssertionError("no paragraph list");
            }
        });
    }

    private static byte[] replaceEntry(byte[] zip, String entry, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(e.getName().equals(entry) ? content : in.readAllBytes());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String path) {
        try (InputStream in = DocumentsFuzzTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
