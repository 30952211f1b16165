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
import java.util.function.Supplier;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.openoffice.OpenOfficeFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * Paragraphs of a document, by file extension: plain text (one paragraph per line; blank lines are
 * paragraph breaks too) read with {@link TextFiles}, or {@code .docx}/{@code .odt}/{@code .html}/
 * {@code .htm}/{@code .xlf}/{@code .xliff} read through Okapi's filters, one paragraph per text unit
 * (for XLIFF, each trans-unit's source). Inline codes are dropped from the text; nothing else is.
 */
public final class Documents {
    private Documents() {
    }

    /** The kinds of document read through Okapi filters. */
    public enum Kind {
        TEXT, DOCX, ODT, HTML, XLIFF
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
     * The non-blank paragraphs of {@code file}, in document order.
     *
     * @param forced encoding for plain text and HTML, or null to detect
     * @param lang   the document's language (Okapi wants one; it does not change the text)
     */
    public static List<String> paragraphs(Path file, Charset forced, String lang) {
        Kind kind = kind(file);
        if (kind == Kind.TEXT) {
            return textParagraphs(file, forced);
        }
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(SourceLocation.ofFile(name),
                    Files.isDirectory(file) ? "is a directory, not a document" : "no such file");
        }
        Supplier<IFilter> factory = switch (kind) {
            case DOCX -> OpenXMLFilter::new;
            case ODT -> OpenOfficeFilter::new;
            case HTML -> HtmlFilter::new;
            case XLIFF -> XLIFFFilter::new;
            default -> throw new IllegalStateException(kind.toString());
        };
        List<String> out = new ArrayList<>();
        LocaleId locale = LocaleId.fromString(lang == null || lang.isBlank() ? "en" : lang);
        String encoding = forced == null ? "UTF-8" : forced.name();
        LocaleId other = LocaleId.fromString("ar".equals(locale.getLanguage()) ? "en" : "ar");
        // HTML is decoded here like plain text (BOM, strict UTF-8, windows-1256 detected; undecodable bytes
        // refused with their offset): given a byte stream, the HTML filter read windows-1256 Arabic as
        // U+FFFD or '?' without a word.
        RawDocument input = kind == Kind.HTML
                ? new RawDocument(TextFiles.readString(file, forced), locale, other)
                : new RawDocument(file.toUri(), encoding, locale, other);
        try (IFilter filter = factory.get();
             RawDocument raw = input) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit()) {
                    ITextUnit tu = e.getTextUnit();
                    if (!tu.isTranslatable()) {
                        continue;
                    }
                    String text = tu.getSource().getUnSegmentedContentCopy().getText();
                    // Line breaks inside a paragraph (soft returns) are spaces for sentence work.
                    text = text.replace('\n', ' ').replace('\r', ' ').replace('\u2028', ' ').strip();
                    if (!text.isEmpty()) {
                        out.add(text);
                    }
                }
            }
        } catch (OkapiException e) {
            // Inside a .docx/.odt the XML position is in a zipped part, not in the file: name the file only.
            throw new BadInputException(kind == Kind.XLIFF || kind == Kind.HTML ? location(name, e) : SourceLocation.ofFile(name),
                    "cannot read as " + kind.name().toLowerCase(Locale.ROOT) + ": " + rootMessage(e), e);
        }
        return out;
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

    private static String rootMessage(Throwable t) {
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
    private static SourceLocation location(String name, Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof javax.xml.stream.XMLStreamException x && x.getLocation() != null
                    && x.getLocation().getLineNumber() > 0) {
                return SourceLocation.ofPosition(name, x.getLocation().getLineNumber(), x.getLocation().getColumnNumber());
            }
        }
        return SourceLocation.ofFile(name);
    }
}
