package org.tarjama.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Writes a translated document: the original ({@link Documents.Document#original()}) with each
 * paragraph's translation in place and the target language's direction set. Word and HTML go through
 * the format's Okapi writer, which restores each tag's markup by id and, for a right-to-left target,
 * adds {@code <w:bidi/>} to every paragraph and {@code <w:rtl/>} to every run (Word) and
 * {@code dir="rtl" lang="ar"} to {@code <html>}; for ODF, every paragraph style (the default one
 * included, and an automatic style for paragraphs without one) gets
 * {@code style:writing-mode="rl-tb"} and the Arabic language as its complex-script language. For a
 * left-to-right target (an Arabic original merged into English) the right-to-left marks go the other
 * way: Okapi writes Word runs left to right, {@link HtmlDirection} turns {@code <html dir>}, and the ODF
 * paragraph styles written right to left become {@code lr-tb}.
 * Plain text gets each translated line in place of its paragraph.
 */
public final class DocumentMerger {
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String RTL_STYLE = "Tarjama_RTL";

    private DocumentMerger() {
    }

    /**
     * Writes {@code original} with each paragraph's content replaced by {@code targets.get(id)} (a
     * paragraph without an entry stays as it is).
     *
     * @param name     the original's name, for messages
     * @param trgLang  the translation's language ({@code ar})
     */
    public static void merge(Documents.Kind kind, String name, byte[] original, Map<String, InlineText> targets,
                             String srcLang, String trgLang, OutputStream out) {
        boolean rtl = isRtl(trgLang);
        switch (kind) {
            case TEXT -> text(name, original, targets, out);
            case HTML -> {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                OkapiDocuments.merge(kind, name, original, Documents.decode(original, name, null, false), srcLang, trgLang,
                        targets::get, buf);
                byte[] html = buf.toByteArray();
                boolean bom = original.length >= 3 && (original[0] & 0xFF) == 0xEF && (original[1] & 0xFF) == 0xBB;
                // Okapi's HTML writer starts UTF-8 with a byte-order mark; keep the original's choice.
                if (!bom && html.length >= 3 && (html[0] & 0xFF) == 0xEF && (html[1] & 0xFF) == 0xBB && (html[2] & 0xFF) == 0xBF) {
                    html = java.util.Arrays.copyOfRange(html, 3, html.length);
                }
                write(out, HtmlDirection.set(html, rtl));
            }
            case DOCX -> OkapiDocuments.merge(kind, name, original, null, srcLang, trgLang, targets::get, out);
            case ODT -> {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                OkapiDocuments.merge(kind, name, original, null, srcLang, trgLang, targets::get, buf);
                byte[] doc = buf.toByteArray();
                write(out, odfDirection(doc, name, trgLang, rtl));
            }
            default -> throw new BadInputException(SourceLocation.ofFile(name),
                    "a translation cannot be merged into a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " document");
        }
    }

    /** Arabic, Hebrew, Persian, Urdu and the other right-to-left languages. */
    static boolean isRtl(String lang) {
        String l = lang.toLowerCase(java.util.Locale.ROOT);
        int dash = l.indexOf('-');
        String base = dash < 0 ? l : l.substring(0, dash);
        return java.util.Set.of("ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb").contains(base);
    }

    private static void text(String name, byte[] original, Map<String, InlineText> targets, OutputStream out) {
        String[] lines = Documents.decode(original, name, null).split("\r\n|\n|\r", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
            InlineText t = targets.get("L" + (i + 1));
            sb.append(t == null ? line : t.plain().replace('\n', ' '));
            if (i + 1 < lines.length) {
                sb.append('\n');
            }
        }
        write(out, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ODF package with its paragraph styles in content.xml and styles.xml turned to the target's
     * direction: every one right-to-left for a right-to-left target; for a left-to-right target (an Arabic
     * original translated into English), the right-to-left ones left-to-right, the others as they were.
     */
    private static byte[] odfDirection(byte[] odf, String name, String lang, boolean rtl) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(odf))) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(buf)) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    byte[] data = in.readAllBytes();
                    if (e.getName().equals("content.xml") || e.getName().equals("styles.xml")) {
                        data = rtl ? odfStyles(data, e.getName().equals("content.xml"), lang) : odfLeftToRight(data);
                    }
                    ZipEntry copy = new ZipEntry(e.getName());
                    if (e.getName().equals("mimetype")) {
                        // ODF wants the mimetype entry first and stored, not compressed.
                        copy.setMethod(ZipEntry.STORED);
                        copy.setSize(data.length);
                        CRC32 crc = new CRC32();
                        crc.update(data);
                        copy.setCrc(crc.getValue());
                    }
                    zip.putNextEntry(copy);
                    zip.write(data);
                    zip.closeEntry();
                }
            }
            return buf.toByteArray();
        } catch (IOException | ParserConfigurationException | SAXException | TransformerException e) {
            throw new BadInputException(SourceLocation.ofFile(name), "cannot set the text direction in the ODF package: " + e.getMessage(), e);
        }
    }

    private static byte[] odfStyles(byte[] xml, boolean content, String lang)
            throws ParserConfigurationException, IOException, SAXException, TransformerException {
        org.w3c.dom.Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        NodeList styles = doc.getElementsByTagNameNS(STYLE, "style");
        for (int i = 0; i < styles.getLength(); i++) {
            Element s = (Element) styles.item(i);
            if ("paragraph".equals(s.getAttributeNS(STYLE, "family"))) {
                rtl(s, lang);
            }
        }
        NodeList defaults = doc.getElementsByTagNameNS(STYLE, "default-style");
        for (int i = 0; i < defaults.getLength(); i++) {
            Element s = (Element) defaults.item(i);
            if ("paragraph".equals(s.getAttributeNS(STYLE, "family"))) {
                rtl(s, lang);
            }
        }
        if (content) {
            // Paragraphs and headings without a style of their own get an automatic right-to-left one.
            boolean used = false;
            for (String tag : new String[] {"p", "h"}) {
                NodeList ps = doc.getElementsByTagNameNS(TEXT, tag);
                for (int i = 0; i < ps.getLength(); i++) {
                    Element p = (Element) ps.item(i);
                    if (!p.hasAttributeNS(TEXT, "style-name")) {
                        p.setAttributeNS(TEXT, "text:style-name", RTL_STYLE);
                        used = true;
                    }
                }
            }
            if (used) {
                Element auto = child(root, OFFICE, "automatic-styles");
                if (auto == null) {
                    auto = doc.createElementNS(OFFICE, "office:automatic-styles");
                    Element body = child(root, OFFICE, "body");
                    root.insertBefore(auto, body);
                }
                Element s = doc.createElementNS(STYLE, "style:style");
                s.setAttributeNS(STYLE, "style:name", RTL_STYLE);
                s.setAttributeNS(STYLE, "style:family", "paragraph");
                auto.appendChild(s);
                rtl(s, lang);
            }
        }
        return serialise(doc);
    }

    /** Every paragraph style (and default style) written right to left is made left to right. */
    private static byte[] odfLeftToRight(byte[] xml) throws ParserConfigurationException, IOException, SAXException, TransformerException {
        org.w3c.dom.Document doc = parse(xml);
        NodeList props = doc.getElementsByTagNameNS(STYLE, "paragraph-properties");
        boolean changed = false;
        for (int i = 0; i < props.getLength(); i++) {
            Element pp = (Element) props.item(i);
            if (pp.getAttributeNS(STYLE, "writing-mode").startsWith("rl")) {
                pp.setAttributeNS(STYLE, "style:writing-mode", "lr-tb");
                changed = true;
            }
        }
        return changed ? serialise(doc) : xml;
    }

    private static org.w3c.dom.Document parse(byte[] xml) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static byte[] serialise(org.w3c.dom.Document doc) throws TransformerException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }

    private static void rtl(Element style, String lang) {
        org.w3c.dom.Document doc = style.getOwnerDocument();
        Element pp = child(style, STYLE, "paragraph-properties");
        if (pp == null) {
            pp = doc.createElementNS(STYLE, "style:paragraph-properties");
            style.insertBefore(pp, style.getFirstChild());
        }
        pp.setAttributeNS(STYLE, "style:writing-mode", "rl-tb");
        if (!pp.hasAttributeNS(FO, "text-align")) {
            pp.setAttributeNS(FO, "fo:text-align", "start");
        }
        Element tp = child(style, STYLE, "text-properties");
        if (tp == null) {
            tp = doc.createElementNS(STYLE, "style:text-properties");
            style.appendChild(tp);
        }
        String base = lang.contains("-") ? lang.substring(0, lang.indexOf('-')) : lang;
        tp.setAttributeNS(STYLE, "style:language-complex", base);
        tp.setAttributeNS(FO, "fo:language", base);
    }

    private static Element child(Element parent, String ns, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
