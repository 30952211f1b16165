package org.tarjama.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * Paragraphs of a document, by file extension: plain text (one paragraph per line; blank lines are
 * paragraph breaks too) read with {@link TextFiles}, or {@code .docx}/{@code .odt}/{@code .html}/
 * {@code .htm}/{@code .xlf}/{@code .xliff} read through Okapi's filters, one paragraph per text unit
 * (for XLIFF, each trans-unit's source). {@link #paragraphs} gives plain text; {@link #read} keeps
 * the inline tags and the file's bytes, for a translation to be merged back ({@link DocumentMerger}).
 */
public final class Documents {
    private Documents() {
    }

    /** The kinds of document read through Okapi filters. */
    public enum Kind {
        TEXT, DOCX, ODT, HTML, XLIFF
    }

    /** The document formats read, for messages. */
    public static final String SUPPORTED = ".docx (also .docm/.pptx/.xlsx), .odt (also .ods/.odp), .html/.htm/.xhtml, .xlf/.xliff";

    /** Extensions of formats that are not read (binary or proprietary), with what to do instead. */
    private static final java.util.Map<String, String> UNSUPPORTED = java.util.Map.ofEntries(
            java.util.Map.entry("doc", "save it as .docx"), java.util.Map.entry("rtf", "save it as .docx"),
            java.util.Map.entry("xls", "save it as .xlsx"), java.util.Map.entry("ppt", "save it as .pptx"),
            java.util.Map.entry("pdf", "convert it to .docx or extract its text (pdftotext) first"),
            java.util.Map.entry("pages", "export it as .docx"), java.util.Map.entry("epub", "convert it to .html or .docx"),
            java.util.Map.entry("zip", "unpack it first"), java.util.Map.entry("gz", "unpack it first"),
            java.util.Map.entry("odg", "export its text"), java.util.Map.entry("wpd", "save it as .docx"),
            java.util.Map.entry("sdlxliff", "export it as .xlf"), java.util.Map.entry("mqxliff", "export it as .xlf"),
            java.util.Map.entry("idml", "export it as .docx"), java.util.Map.entry("mif", "export it as .docx"));

    /**
     * Refuses a file whose extension names a format Tarjama does not read (a .doc, a .pdf), with the
     * formats it does read: read as plain text, it would fail as "binary data" or be garbage.
     */
    public static void refuseUnsupported(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        String fix = UNSUPPORTED.get(ext);
        if (fix != null) {
            throw new BadInputException(SourceLocation.ofFile(file.toString()), "." + ext + " is not a format Tarjama reads: "
                    + fix + ". Supported: plain text (.txt and other names: UTF-8, UTF-16, windows-1256, ISO-8859-6), " + SUPPORTED);
        }
    }

    /** The kind of {@code file}, by extension; anything unknown is plain text. */
    public static Kind kind(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".docx") || n.endsWith(".docm") || n.endsWith(".pptx") || n.endsWith(".xlsx")) {
            return Kind.DOCX;
        }
        if (n.endsWith(".odt") || n.endsWith(".ods") || n.endsWith(".odp")) {
            return Kind.ODT;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Kind.HTML;
        }
        if (n.endsWith(".xlf") || n.endsWith(".xliff")) {
            return Kind.XLIFF;
        }
        return Kind.TEXT;
    }

    /**
     * A paragraph of a document.
     *
     * @param id      its id: the filter's text-unit id, or {@code L<line>} in plain text
     * @param content its text and inline tags
     */
    public record Paragraph(String id, InlineText content) {
    }

    /**
     * A document read for translation.
     *
     * @param kind       its format
     * @param name       its file name as shown to the user
     * @param original   the file's bytes (the skeleton a merge writes the translation into)
     * @param paragraphs its translatable paragraphs with text, in document order
     */
    public record Document(Kind kind, String name, byte[] original, List<Paragraph> paragraphs) {
    }

    /**
     * The non-blank paragraphs of {@code file}, in document order, as plain text: inline codes are
     * dropped, a line break inside a paragraph ({@code <br>}, Word's {@code <w:br/>}, ODF's
     * {@code <text:line-break/>}) is a {@code '\n'}, which the segmenters take as a sentence end.
     *
     * @param forced encoding for plain text and HTML, or null to detect
     * @param lang   the document's language (Okapi wants one; it does not change the text)
     */
    public static List<String> paragraphs(Path file, Charset forced, String lang) {
        refuseUnsupported(file);
        if (kind(file) == Kind.TEXT) {
            return textParagraphs(file, forced);
        }
        List<String> out = new ArrayList<>();
        for (Paragraph p : read(file, forced, lang).paragraphs()) {
            out.add(p.content().plain().strip());
        }
        return out;
    }

    /** {@code file} read for translation: its bytes and its paragraphs with their inline tags. */
    public static Document read(Path file, Charset forced, String lang) {
        refuseUnsupported(file);
        Kind kind = kind(file);
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(SourceLocation.ofFile(name),
                    Files.isDirectory(file) ? "is a directory, not a document" : "no such file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(SourceLocation.ofFile(name), "cannot read: " + e.getMessage(), e);
        }
        return read(kind, name, TextFiles.displayName(file), bytes, forced, lang);
    }

    /** A document of {@code kind} from its bytes ({@code name} is used in messages). */
    public static Document read(Kind kind, String name, String displayName, byte[] bytes, Charset forced, String lang) {
        if (kind == Kind.TEXT) {
            List<Paragraph> out = new ArrayList<>();
            int line = 0;
            for (String l : decode(bytes, name, forced).split("\r\n|\n|\r", -1)) {
                line++;
                if (line == 1 && l.startsWith("\uFEFF")) {
                    l = l.substring(1);
                }
                if (!l.isBlank()) {
                    out.add(new Paragraph("L" + line, InlineText.of(l)));
                }
            }
            return new Document(kind, displayName, bytes, out);
        }
        String text = kind == Kind.HTML ? decode(bytes, name, forced, false) : null;
        if (kind == Kind.DOCX || kind == Kind.ODT) {
            ZipParts.check(bytes, name);
        }
        List<Paragraph> out = new ArrayList<>();
        OkapiDocuments.extract(kind, name, bytes, text, forced, lang, (id, fragment) -> {
            InlineText content = OkapiDocuments.inline(fragment);
            if (!content.plain().isBlank()) {
                out.add(new Paragraph(id, content));
            }
        });
        return new Document(kind, displayName, bytes, out);
    }

    private static List<String> textParagraphs(Path file, Charset forced) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = TextFiles.open(file, forced)) {
            String l;
            while ((l = r.readLine()) != null) {
                if (!l.isBlank()) {
                    out.add(l.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** {@code bytes} decoded as {@link TextFiles} decodes a file (BOM, strict UTF-8, windows-1256 detected). */
    static String decode(byte[] bytes, String name, Charset forced) {
        return decode(bytes, name, forced, true);
    }

    /** As {@link #decode(byte[], String, Charset)}; {@code lines}: apply the longest-line limit (not for HTML). */
    static String decode(byte[] bytes, String name, Charset forced, boolean lines) {
        try (java.io.Reader r = TextFiles.open(new java.io.ByteArrayInputStream(bytes), name, forced, lines)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int k;
            while ((k = r.read(buf)) >= 0) {
                sb.append(buf, 0, k);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getMessage();
        if (m == null) {
            return c.getClass().getSimpleName();
        }
        // XML parsers append "\n at [row,col,system-id]: …": the position goes into the location instead.
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    /** The file, with the line and column of an XML error when the parser gave one. */
    static SourceLocation location(String name, Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof javax.xml.stream.XMLStreamException x && x.getLocation() != null
                    && x.getLocation().getLineNumber() > 0) {
                return SourceLocation.ofPosition(name, x.getLocation().getLineNumber(), x.getLocation().getColumnNumber());
            }
        }
        return SourceLocation.ofFile(name);
    }
}
