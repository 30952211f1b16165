package org.tarjama.tmx;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tarjama.model.Diagnostic;
import org.tarjama.model.Property;
import org.tarjama.model.Severity;
import org.tarjama.model.SourceLocation;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;

/**
 * Parses the header chunk and each {@code <tu>} chunk found by {@link TmxScanner} with Woodstox (DTD
 * support, external entities and entity replacement all off), checking the TMX structure the DTD
 * prescribes and keeping inline markup as TMX XML in {@link Variant#markup()}.
 */
final class UnitParser {
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** Inline elements whose text content is native code, not translatable text. */
    private static final Set<String> CODE_ELEMENTS = Set.of("bpt", "ept", "ph", "it", "ut");
    private static final Set<String> INLINE = Set.of("bpt", "ept", "ph", "it", "ut", "hi", "sub");

    /** A positioned problem in a chunk. */
    static final class ParseException extends Exception {
        final int line;
        final int column;

        ParseException(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private final XMLInputFactory factory;
    /** True for TMX 1.1–1.3 files, where {@code lang=} is the right attribute. */
    boolean legacy;
    private final String file;
    private final Consumer<Diagnostic> notices;

    UnitParser(String file, Consumer<Diagnostic> notices) {
        this.file = file;
        this.notices = notices;
        this.factory = newFactory();
    }

    /** A StAX factory that never loads a DTD nor expands an entity other than the five predefined ones. */
    static XMLInputFactory newFactory() {
        XMLInputFactory f;
        try {
            // Woodstox by name: its class carries OSGi annotations javac would warn about
            f = (XMLInputFactory) Class.forName("com.ctc.wstx.stax.WstxInputFactory").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Woodstox (com.fasterxml.woodstox:woodstox-core) is missing from the class path", e);
        }
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return f;
    }

    /** Header fields read from the header chunk. */
    record HeaderResult(String version, TmxHeader header, boolean bodySeen, int line, int column) {
    }

    HeaderResult parseHeader(TmxScanner.Chunk chunk) throws ParseException {
        XMLStreamReader x = null;
        try {
            x = factory.createXMLStreamReader(new StringReader(chunk.text()));
            String version = "";
            TmxHeader header = null;
            boolean tmxSeen = false;
            List<Property> props = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            String[] h = null;
            int hl = 0;
            int hc = 0;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = x.getLocalName();
                    switch (n) {
                        case "tmx" -> {
                            tmxSeen = true;
                            version = attr(x, "version");
                        }
                        case "header" -> {
                            if (!tmxSeen) {
                                throw at(x, chunk, "<header> outside <tmx>");
                            }
                            hl = line(x, chunk);
                            hc = column(x, chunk);
                            h = new String[] {attr(x, "creationtool"), attr(x, "creationtoolversion"), attr(x, "segtype"),
                                attr(x, "o-tmf"), attr(x, "adminlang"), attr(x, "srclang"), attr(x, "datatype"),
                                attr(x, "creationdate")};
                        }
                        case "prop" -> props.add(new Property(attr(x, "type"), x.getElementText()));
                        case "note" -> notes.add(x.getElementText());
                        case "body" -> {
                            if (h == null) {
                                throw at(x, chunk, "<body> before <header>: a TMX file needs a <header>");
                            }
                            header = new TmxHeader(h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], props, notes);
                            return new HeaderResult(version, header, true, hl, hc);
                        }
                        case "ude", "map" -> {
                            // user-defined encodings: not used by Tarjama
                        }
                        default -> throw at(x, chunk, "unexpected <" + n + "> before <body>");
                    }
                }
            }
            if (!tmxSeen) {
                throw new ParseException(1, 1, "not a TMX file: no <tmx> element");
            }
            if (h == null) {
                throw new ParseException(1, 1, "no <header> in the TMX file");
            }
            return new HeaderResult(version, new TmxHeader(h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], props, notes), false, hl, hc);
        } catch (XMLStreamException e) {
            throw fromStax(e, chunk, new ArrayDeque<>());
        } catch (com.ctc.wstx.exc.WstxLazyException e) {
            throw fromStax(e.getCause() instanceof XMLStreamException x2 ? x2 : new XMLStreamException(e.getMessage()), chunk, new ArrayDeque<>());
        } finally {
            closeQuietly(x);
        }
    }

    private record Open(String name, int line) {
    }

    TranslationUnit parseUnit(TmxScanner.Chunk chunk, int unitNumber) throws ParseException {
        XMLStreamReader x = null;
        Deque<Open> stack = new ArrayDeque<>();
        try {
            x = factory.createXMLStreamReader(new StringReader(chunk.text()));
            x.nextTag();
            String tuid = attr(x, "tuid");
            checkDates(x, chunk, unitNumber, tuid);
            java.util.Map<String, String> attributes = attributes(x, "tuid");
            stack.push(new Open("tu", chunk.line()));
            List<Variant> variants = new ArrayList<>(2);
            List<Property> props = new ArrayList<>(4);
            List<String> notes = new ArrayList<>(0);
            while (true) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = x.getLocalName();
                    switch (n) {
                        case "prop" -> props.add(prop(x, chunk));
                        case "note" -> notes.add(x.getElementText());
                        case "tuv" -> {
                            stack.push(new Open("tuv", line(x, chunk)));
                            variants.add(tuv(x, chunk, stack, tuid, unitNumber));
                            stack.pop();
                        }
                        default -> throw at(x, chunk, "<" + n + "> is not allowed in <tu> (only <note>, <prop>, <tuv>)");
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    break; // </tu>: the parser checked that it matches
                } else if (ev == XMLStreamConstants.CHARACTERS && !x.isWhiteSpace()) {
                    throw at(x, chunk, "text directly in <tu>; text belongs in <seg>");
                }
            }
            if (variants.isEmpty()) {
                throw new ParseException(chunk.line(), chunk.column(), "<tu> has no <tuv>");
            }
            return new TranslationUnit(tuid, variants, props, notes, attributes);
        } catch (XMLStreamException e) {
            throw fromStax(e, chunk, stack);
        } catch (com.ctc.wstx.exc.WstxLazyException e) {
            // Woodstox parses text lazily and reports its errors unchecked
            throw fromStax(e.getCause() instanceof XMLStreamException x2 ? x2 : new XMLStreamException(e.getMessage()), chunk, stack);
        } finally {
            closeQuietly(x);
        }
    }

    private Property prop(XMLStreamReader x, TmxScanner.Chunk chunk) throws XMLStreamException, ParseException {
        String type = x.getAttributeValue(null, "type");
        if (type == null) {
            throw at(x, chunk, "<prop> without the required type attribute");
        }
        return new Property(type, x.getElementText());
    }

    private Variant tuv(XMLStreamReader x, TmxScanner.Chunk chunk, Deque<Open> stack, String tuid, int unitNumber)
            throws XMLStreamException, ParseException {
        int tuvLine = line(x, chunk);
        int tuvCol = column(x, chunk);
        String lang = x.getAttributeValue(XML_NS, "lang");
        checkDates(x, chunk, unitNumber, tuid);
        java.util.Map<String, String> attributes = attributes(x, "lang");
        if (lang == null) {
            lang = x.getAttributeValue(null, "lang"); // TMX 1.1-1.3
            if (lang != null && !legacy) {
                notice(new SourceLocation(file, tuvLine, tuvCol, unitNumber, tuid), "TMX_LANG_ATTRIBUTE",
                        "<tuv lang=\"" + lang + "\">: TMX 1.4 requires xml:lang (lang is TMX 1.1-1.3)");
            }
        }
        if (lang == null || lang.isBlank()) {
            throw new ParseException(tuvLine, tuvCol, "<tuv> without a language (xml:lang)");
        }
        List<Property> props = new ArrayList<>(0);
        List<String> notes = new ArrayList<>(0);
        String text = null;
        String markup = "";
        while (true) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = x.getLocalName();
                switch (n) {
                    case "prop" -> props.add(prop(x, chunk));
                    case "note" -> notes.add(x.getElementText());
                    case "seg" -> {
                        if (text != null) {
                            throw at(x, chunk, "a second <seg> in <tuv>");
                        }
                        stack.push(new Open("seg", line(x, chunk)));
                        String[] seg = seg(x, chunk, stack);
                        stack.pop();
                        text = seg[0];
                        markup = seg[1];
                    }
                    default -> throw at(x, chunk, "<" + n + "> is not allowed in <tuv> (only <note>, <prop>, <seg>)");
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (ev == XMLStreamConstants.CHARACTERS && !x.isWhiteSpace()) {
                throw at(x, chunk, "text directly in <tuv>; text belongs in <seg>");
            }
        }
        if (text == null) {
            throw new ParseException(tuvLine, tuvCol, "<tuv xml:lang=\"" + lang + "\"> has no <seg>");
        }
        return new Variant(lang, text, props, notes, markup, attributes);
    }

    /** The element's attributes other than {@code skip} and {@code xml:lang}, in document order. */
    private static java.util.Map<String, String> attributes(XMLStreamReader x, String skip) {
        int n = x.getAttributeCount();
        if (n == 0 || (n == 1 && skip.equals(x.getAttributeLocalName(0)))) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String p = x.getAttributePrefix(i);
            String local = x.getAttributeLocalName(i);
            if ((p == null || p.isEmpty()) && local.equals(skip) || ("xml".equals(p) && local.equals("lang"))) {
                continue;
            }
            m.put(p == null || p.isEmpty() ? local : p + ":" + local, x.getAttributeValue(i));
        }
        return m;
    }

    /** Reads a {@code <seg>}: [plain text, markup-or-empty]. */
    private String[] seg(XMLStreamReader x, TmxScanner.Chunk chunk, Deque<Open> stack) throws XMLStreamException, ParseException {
        StringBuilder text = new StringBuilder(128);
        StringBuilder markup = null;
        int depth = 0;
        int codeDepth = 0;
        while (true) {
            int ev = x.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (codeDepth == 0) {
                        text.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                    }
                    if (markup != null) {
                        TmxXml.escapeText(x.getText(), markup);
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    String n = x.getLocalName();
                    if (!INLINE.contains(n)) {
                        throw at(x, chunk, "<" + n + "> is not allowed in <seg> (only <bpt>, <ept>, <it>, <ph>, <hi>, <ut>)");
                    }
                    if (n.equals("sub") && codeDepth == 0) {
                        throw at(x, chunk, "<sub> is only allowed inside <bpt>, <ept>, <it>, <ph> or <ut>");
                    }
                    if (markup == null) {
                        markup = new StringBuilder(text.length() + 64);
                        TmxXml.escapeText(text, markup);
                    }
                    stack.push(new Open(n, line(x, chunk)));
                    markup.append('<').append(n);
                    for (int i = 0; i < x.getAttributeCount(); i++) {
                        String p = x.getAttributePrefix(i);
                        markup.append(' ');
                        if (p != null && !p.isEmpty()) {
                            markup.append(p).append(':');
                        }
                        markup.append(x.getAttributeLocalName(i)).append("=\"");
                        TmxXml.escapeAttr(x.getAttributeValue(i), markup);
                        markup.append('"');
                    }
                    markup.append('>');
                    depth++;
                    if (CODE_ELEMENTS.contains(n) || codeDepth > 0) {
                        codeDepth++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        return new String[] {text.toString(), markup == null ? "" : markup.toString()};
                    }
                    stack.pop();
                    markup.append("</").append(x.getLocalName()).append('>');
                    depth--;
                    if (codeDepth > 0) {
                        codeDepth--;
                    }
                }
                default -> {
                    // comments and processing instructions inside a segment carry no text
                }
            }
        }
    }

    // ---- positions and errors ----

    private static int line(XMLStreamReader x, TmxScanner.Chunk chunk) {
        return chunk.line() + x.getLocation().getLineNumber() - 1;
    }

    private static int column(XMLStreamReader x, TmxScanner.Chunk chunk) {
        Location l = x.getLocation();
        return l.getLineNumber() == 1 ? chunk.column() + l.getColumnNumber() - 1 : l.getColumnNumber();
    }

    private static ParseException at(XMLStreamReader x, TmxScanner.Chunk chunk, String msg) {
        return new ParseException(line(x, chunk), column(x, chunk), msg);
    }

    /** Woodstox's message for {@code &#xD800;} or {@code &#1;}: "…expansion character (code 0xd800" (sic). */
    private static final java.util.regex.Pattern ILLEGAL_CHAR_REF =
            java.util.regex.Pattern.compile("^Illegal character entity: expansion character \\(code 0x([0-9a-fA-F]+)");

    /** Turns a parser error into a positioned message; a mismatched end tag names the element it closes. */
    private static ParseException fromStax(XMLStreamException e, TmxScanner.Chunk chunk, Deque<Open> stack) {
        String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int cut = msg.indexOf("\n at [row,col");
        if (cut >= 0) {
            msg = msg.substring(0, cut);
        }
        Location loc = e.getLocation();
        int offset = loc == null ? -1 : loc.getCharacterOffset();
        String text = chunk.text();
        if (offset > text.length()) {
            offset = text.length();
        }
        if (msg.startsWith("Unexpected close tag") && offset >= 0 && !stack.isEmpty()) {
            int lt = text.lastIndexOf("</", Math.max(0, offset - 1));
            if (lt >= 0) {
                int end = lt + 2;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>') {
                    end++;
                }
                String closing = text.substring(lt + 2, end);
                Open open = stack.peek();
                int[] lc = position(text, lt, chunk);
                return new ParseException(lc[0], lc[1], "</" + closing + "> closes <" + open.name() + "> opened at line " + open.line());
            }
        }
        if (offset >= 0 && msg.contains("entity")) {
            int amp = text.lastIndexOf('&', Math.max(0, offset - 1));
            if (amp >= 0 && offset - amp < 100) {
                offset = amp; // point at the reference, not at its end
            }
        }
        java.util.regex.Matcher bad = ILLEGAL_CHAR_REF.matcher(msg);
        if (bad.find()) {
            int cp = Integer.parseInt(bad.group(1), 16);
            msg = String.format(Locale.ROOT, "character reference to U+%04X is not allowed in XML (%s)", cp,
                    Character.isSurrogate((char) cp) && cp <= 0xFFFF
                            ? "a lone UTF-16 surrogate; a character beyond U+FFFF is one reference, e.g. &#x1F600;"
                            : "not a character XML 1.0 allows");
        }
        if (offset >= 0) {
            int[] lc = position(text, offset, chunk);
            return new ParseException(lc[0], lc[1], msg);
        }
        return new ParseException(chunk.line(), chunk.column(), msg);
    }

    private static int[] position(String text, int offset, TmxScanner.Chunk chunk) {
        int line = chunk.line();
        int col = chunk.column();
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                col = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                col++;
            }
        }
        return new int[] {line, col};
    }

    private static String attr(XMLStreamReader x, String n) {
        String v = x.getAttributeValue(null, n);
        return v == null ? "" : v;
    }

    private static void closeQuietly(XMLStreamReader x) {
        if (x != null) {
            try {
                x.close();
            } catch (XMLStreamException ignored) {
                // parsing is over; nothing to recover
            }
        }
    }

    private static final java.util.regex.Pattern TMX_DATE = java.util.regex.Pattern.compile("\\d{8}T\\d{6}Z");

    /** Dates must be YYYYMMDDThhmmssZ (TMX 1.4b, section 3.1): reported, not fatal. */
    private void checkDates(XMLStreamReader x, TmxScanner.Chunk chunk, int unitNumber, String tuid) {
        for (String a : new String[] {"creationdate", "changedate", "lastusagedate"}) {
            String v = x.getAttributeValue(null, a);
            if (v != null && !validDate(v)) {
                notice(new SourceLocation(file, line(x, chunk), column(x, chunk), unitNumber, tuid), "TMX_DATE",
                        "<" + x.getLocalName() + " " + a + "=\"" + v + "\">: dates must be YYYYMMDDThhmmssZ (UTC), e.g. 20240115T120000Z");
            }
        }
    }

    static boolean validDate(String v) {
        if (!TMX_DATE.matcher(v).matches()) {
            return false;
        }
        try {
            java.time.LocalDateTime.parse(v.substring(0, 15), java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT)
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT));
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    void notice(SourceLocation where, String code, String message) {
        notices.accept(new Diagnostic(code, Severity.WARNING, where, null, message));
    }

    String file() {
        return file;
    }
}
