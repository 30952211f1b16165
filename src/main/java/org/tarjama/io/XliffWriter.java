package org.tarjama.io;

import java.io.OutputStream;
import java.util.Base64;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The one XLIFF 1.2 writer of Tarjama ({@code pretranslate}, {@code tmx convert --to xliff}): streams
 * {@code <file>}, optional {@code <group>}s and {@code <trans-unit>}s with inline content
 * ({@link XliffContent}), {@code <target state state-qualifier>}, {@code <alt-trans match-quality>}
 * and {@code <note>}s, indented two spaces a level. A file may carry its original document as
 * skeleton ({@code <header><skl><internal-file form="base64">}), the XLIFF 1.2 place for what a
 * merge needs to rebuild the document. Characters XML 1.0 does not allow (C0 controls, lone
 * surrogates) are left out of texts and counted ({@link #cleanedTexts()}), so the file stays
 * well-formed. Not thread-safe.
 */
public final class XliffWriter implements AutoCloseable {
    /** The XLIFF 1.2 namespace. */
    public static final String NS = "urn:oasis:names:tc:xliff:document:1.2";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /**
     * A {@code <file>} element's attributes and header.
     *
     * @param original    the source document's name
     * @param srcLang     source language
     * @param trgLang     target language, or null
     * @param datatype    {@code plaintext}, {@code html}, {@code x-docx}, …
     * @param toolVersion Tarjama's version for a {@code <tool>} in the header, or null for none
     * @param skeleton    the original document's bytes, embedded as the skeleton, or null
     */
    public record FileHeader(String original, String srcLang, String trgLang, String datatype, String toolVersion,
                             byte[] skeleton) {
    }

    /**
     * A memory's match offered for a unit.
     *
     * @param matchQuality the match percentage
     * @param source       the memory's source
     * @param target       the memory's target
     */
    public record AltTrans(int matchQuality, XliffContent source, XliffContent target) {
    }

    /**
     * A {@code <trans-unit>}.
     *
     * @param id             unique in the file
     * @param resname        a name, or null
     * @param srcLang        {@code xml:lang} of source and alt-trans source, or null for none
     * @param source         the source content
     * @param trgLang        {@code xml:lang} of target and alt-trans target, or null for none
     * @param target         the target content, or null for none
     * @param state          the target's {@code state}, or null
     * @param stateQualifier the target's {@code state-qualifier}, or null
     * @param alts           alternative translations
     * @param notes          notes
     */
    public record TransUnit(String id, String resname, String srcLang, XliffContent source, String trgLang,
                            XliffContent target, String state, String stateQualifier, List<AltTrans> alts,
                            List<String> notes) {
        public TransUnit {
            alts = List.copyOf(alts);
            notes = List.copyOf(notes);
        }
    }

    private final XMLStreamWriter w;
    private int depth;
    private long cleaned;
    private boolean inFile;
    private boolean closed;

    private XliffWriter(XMLStreamWriter w) {
        this.w = w;
    }

    /** A writer of one XLIFF document on {@code out} (UTF-8); the stream is not closed. */
    public static XliffWriter create(OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("xliff");
            w.writeAttribute("version", "1.2");
            w.writeDefaultNamespace(NS);
            return new XliffWriter(w);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Starts a {@code <file>} (ending the previous one) with its header and {@code <body>}. */
    public void startFile(FileHeader h) {
        try {
            if (inFile) {
                endFile();
            }
            depth = 1;
            indent();
            w.writeStartElement("file");
            w.writeAttribute("original", clean(h.original()));
            w.writeAttribute("source-language", h.srcLang());
            if (h.trgLang() != null) {
                w.writeAttribute("target-language", h.trgLang());
            }
            w.writeAttribute("datatype", h.datatype());
            if (h.toolVersion() != null) {
                w.writeAttribute("tool-id", "tarjama");
            }
            depth++;
            if (h.toolVersion() != null || h.skeleton() != null) {
                indent();
                w.writeStartElement("header");
                depth++;
                if (h.skeleton() != null) {
                    indent();
                    w.writeStartElement("skl");
                    w.writeStartElement("internal-file");
                    w.writeAttribute("form", "base64");
                    w.writeCharacters(Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(h.skeleton()));
                    w.writeEndElement();
                    w.writeEndElement();
                }
                if (h.toolVersion() != null) {
                    indent();
                    w.writeEmptyElement("tool");
                    w.writeAttribute("tool-id", "tarjama");
                    w.writeAttribute("tool-name", "Tarjama");
                    w.writeAttribute("tool-version", h.toolVersion());
                }
                depth--;
                if (h.skeleton() != null) {
                    indent();
                }
                w.writeEndElement();
            }
            indent();
            w.writeStartElement("body");
            depth++;
            inFile = true;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Starts a {@code <group>} (one paragraph of a document). */
    public void startGroup(String id, String resname) {
        try {
            indent();
            w.writeStartElement("group");
            w.writeAttribute("id", clean(id));
            if (resname != null) {
                w.writeAttribute("resname", clean(resname));
            }
            depth++;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Ends the innermost {@code <group>}. */
    public void endGroup() {
        try {
            depth--;
            indent();
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Writes one unit. */
    public void unit(TransUnit u) {
        try {
            indent();
            w.writeStartElement("trans-unit");
            w.writeAttribute("id", clean(u.id()));
            if (u.resname() != null) {
                w.writeAttribute("resname", clean(u.resname()));
            }
            depth++;
            indent();
            content("source", u.srcLang(), u.source(), null, null);
            if (u.target() != null) {
                indent();
                content("target", u.trgLang(), u.target(), u.state(), u.stateQualifier());
            }
            for (AltTrans a : u.alts()) {
                indent();
                w.writeStartElement("alt-trans");
                w.writeAttribute("match-quality", String.valueOf(a.matchQuality()));
                w.writeAttribute("origin", "tarjama-tm");
                w.writeAttribute("tool-id", "tarjama");
                depth++;
                indent();
                content("source", u.srcLang(), a.source(), null, null);
                indent();
                content("target", u.trgLang(), a.target(), null, null);
                depth--;
                indent();
                w.writeEndElement();
            }
            for (String note : u.notes()) {
                indent();
                w.writeStartElement("note");
                text(clean(note));
                w.writeEndElement();
            }
            depth--;
            indent();
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void content(String element, String lang, XliffContent c, String state, String qualifier) throws XMLStreamException {
        w.writeStartElement(element);
        if (lang != null) {
            w.writeAttribute("xml", XML_NS, "lang", lang);
        }
        if (state != null) {
            w.writeAttribute("state", state);
        }
        if (qualifier != null) {
            w.writeAttribute("state-qualifier", qualifier);
        }
        long before = cleaned;
        nodes(c.nodes());
        // One text counts once, however many of its pieces lost characters.
        cleaned = Math.min(cleaned, before + 1);
        w.writeEndElement();
    }

    private void nodes(List<XliffContent.Node> nodes) throws XMLStreamException {
        for (XliffContent.Node n : nodes) {
            if (n instanceof XliffContent.Text t) {
                text(clean(t.text()));
            } else {
                XliffContent.Element e = (XliffContent.Element) n;
                if (e.children().isEmpty() && !e.name().equals("g") && !e.name().equals("mrk")) {
                    w.writeEmptyElement(e.name());
                } else {
                    w.writeStartElement(e.name());
                }
                for (String[] a : e.attributes()) {
                    w.writeAttribute(a[0], clean(a[1]));
                }
                if (!e.children().isEmpty() || e.name().equals("g") || e.name().equals("mrk")) {
                    nodes(e.children());
                    w.writeEndElement();
                }
            }
        }
    }

    /** Character data with {@code >} escaped too (as TMX and most XLIFF tools write it), not only {@code < &}. */
    private void text(String s) throws XMLStreamException {
        int from = 0;
        for (int gt = s.indexOf('>'); gt >= 0; gt = s.indexOf('>', from)) {
            w.writeCharacters(s.substring(from, gt));
            w.writeEntityRef("gt");
            from = gt + 1;
        }
        w.writeCharacters(s.substring(from));
    }

    /** Ends the current {@code <file>}. */
    private void endFile() throws XMLStreamException {
        depth = 2;
        indent();
        w.writeEndElement();
        depth = 1;
        indent();
        w.writeEndElement();
        inFile = false;
    }

    /** Ends the document and flushes; the stream stays open. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (inFile) {
                endFile();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Texts written without characters XML 1.0 forbids. */
    public long cleanedTexts() {
        return cleaned;
    }

    private void indent() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("cannot write XLIFF: " + e.getMessage(), e);
    }

    /** {@code s} without the characters XML 1.0 forbids (a changed text is counted). */
    private String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
            boolean ok = pair || c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (ok && sb != null) {
                sb.append(c);
                if (pair) {
                    sb.append(s.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        if (sb == null) {
            return s;
        }
        cleaned++;
        return sb.toString();
    }
}
