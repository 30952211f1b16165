package org.tarjama.glossary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tarjama.model.TarjamaVersion;

/**
 * Writes a {@link Glossary} as TSV, JSON or TBX so that it can go into CAT tools (OmegaT, Trados
 * MultiTerm and memoQ import TBX). Every format is read back by {@link GlossaryLoader} to the same
 * entries (line numbers aside).
 *
 * <ul>
 *   <li>TSV: header {@code en, ar, variants, forbidden, derived, note} (plus {@code en_variants} and
 *       {@code case} when an entry uses them); several values joined by {@code |}.</li>
 *   <li>JSON: {@code {"entries": [{"en", "en_variants", "case_sensitive", "ar", "variants",
 *       "forbidden", "derived", "note"}]}}.</li>
 *   <li>TBX v2 (TBX-Basic, {@code <martif>}): the form CAT tools import. Approved Arabic terms carry
 *       {@code administrativeStatus preferredTerm-admn-sts}, variants {@code admittedTerm-admn-sts},
 *       forbidden ones {@code deprecatedTerm-admn-sts}; derived forms are an Arabic-section note
 *       {@code derived: a|b} (they are not translations of the term, so they are not written as terms).</li>
 *   <li>TBX v3 (ISO 30042:2019, {@code <tbx>}, DCA style): the same content; valid against the TBX-Core
 *       RELAX NG structure schema.</li>
 * </ul>
 */
public final class GlossaryWriter {
    /** Output formats. */
    public enum Format {
        TSV, JSON, TBX, TBX_V3;

        /** Parses "tsv", "json", "tbx" (v2), "tbx3"/"tbx-v3". */
        public static Format parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "tsv" -> TSV;
                case "json" -> JSON;
                case "tbx", "tbx2", "tbx-v2", "martif" -> TBX;
                case "tbx3", "tbx-v3", "tbx-core" -> TBX_V3;
                default -> throw new IllegalArgumentException("unknown glossary format '" + s
                        + "' (expected tsv, json, tbx or tbx3)");
            };
        }
    }

    static final String ADMIN_STATUS = "administrativeStatus";
    static final String PREFERRED = "preferredTerm-admn-sts";
    static final String ADMITTED = "admittedTerm-admn-sts";
    static final String DEPRECATED = "deprecatedTerm-admn-sts";
    static final String TBX_V3_NAMESPACE = "urn:iso:std:iso:30042:ed-2";

    private GlossaryWriter() {
    }

    /** Writes {@code g} to {@code out} (UTF-8); the stream is flushed, not closed. */
    public static void write(Glossary g, Format format, OutputStream out) {
        try {
            switch (format) {
                case TSV -> writeTsv(g, out);
                case JSON -> writeJson(g, out);
                case TBX -> writeTbx(g, out, false);
                case TBX_V3 -> writeTbx(g, out, true);
                default -> throw new IllegalStateException();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write TBX: " + e.getMessage(), e);
        }
    }

    private static void writeTsv(Glossary g, OutputStream out) throws IOException {
        boolean enVariants = g.entries().stream().anyMatch(e -> !e.enVariants().isEmpty());
        boolean cases = g.entries().stream().anyMatch(GlossaryEntry::caseSensitive);
        boolean exceptions = g.entries().stream().anyMatch(e -> !e.exceptions().isEmpty());
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("en\tar\tvariants\tforbidden\tderived\tnote" + (enVariants ? "\ten_variants" : "")
                + (cases ? "\tcase" : "") + (exceptions ? "\texceptions" : "") + "\n");
        for (GlossaryEntry e : g.entries()) {
            w.write(cell(e.en(), e) + "\t" + join(g, e.approved(), e) + "\t" + join(g, e.variants(), e) + "\t"
                    + join(g, e.forbidden(), e) + "\t" + join(g, e.derived(), e) + "\t" + cell(e.note(), e)
                    + (enVariants ? "\t" + join(g, e.enVariants(), e) : "")
                    + (cases ? "\t" + (e.caseSensitive() ? "sensitive" : "") : "")
                    + (exceptions ? "\t" + join(g, e.exceptions(), e) : "") + "\n");
        }
        w.flush();
    }

    private static String join(Glossary g, List<String> values, GlossaryEntry e) {
        StringBuilder sb = new StringBuilder();
        for (String v : values) {
            if (v.contains(GlossaryLoader.VALUE_SEPARATOR)) {
                throw new org.tarjama.model.BadInputException(
                        org.tarjama.model.SourceLocation.ofLine(g.source(), e.line()), "entry '" + e.en()
                        + "': the value '" + v + "' contains '|', which TSV uses between values; write TBX or JSON");
            }
            if (!sb.isEmpty()) {
                sb.append(GlossaryLoader.VALUE_SEPARATOR);
            }
            sb.append(cell(v, e));
        }
        return sb.toString();
    }

    private static String cell(String v, GlossaryEntry e) {
        // notes may hold tabs or line breaks from TBX; TSV cannot, so they become spaces (visible text kept)
        return v.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static void writeJson(Glossary g, OutputStream out) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ObjectNode root = m.createObjectNode();
        ArrayNode arr = root.putArray("entries");
        for (GlossaryEntry e : g.entries()) {
            ObjectNode o = arr.addObject();
            o.put("en", e.en());
            if (!e.enVariants().isEmpty()) {
                strings(o.putArray("en_variants"), e.enVariants());
            }
            if (e.caseSensitive()) {
                o.put("case_sensitive", true);
            }
            strings(o.putArray("ar"), e.approved());
            strings(o.putArray("variants"), e.variants());
            strings(o.putArray("forbidden"), e.forbidden());
            strings(o.putArray("derived"), e.derived());
            o.put("note", e.note());
            if (!e.exceptions().isEmpty()) {
                strings(o.putArray("exceptions"), e.exceptions());
            }
        }
        m.writeValue(out, root);
        out.write('\n');
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static void writeTbx(Glossary g, OutputStream out, boolean v3) throws XMLStreamException, IOException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        Indent in = new Indent(x);
        x.writeStartDocument("UTF-8", "1.0");
        in.nl(0);
        if (v3) {
            x.writeStartElement("tbx");
            x.writeDefaultNamespace(TBX_V3_NAMESPACE);
            x.writeAttribute("type", "TBX-Basic");
            x.writeAttribute("style", "dca");
        } else {
            x.writeStartElement("martif");
            x.writeAttribute("type", "TBX-Basic");
        }
        x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
        in.open(1, v3 ? "tbxHeader" : "martifHeader");
        in.open(2, "fileDesc");
        in.open(3, "sourceDesc");
        in.leaf(4, "p", null, "Glossary of proper names, English-Arabic, written by tarjama " + TarjamaVersion.get()
                + " from " + new java.io.File(g.source()).getName());
        in.close(3);
        in.close(2);
        if (!v3) {
            in.open(2, "encodingDesc");
            in.leaf(3, "p", "XCSURI", "TBXBasicXCSV02.xcs");
            in.close(2);
        }
        in.close(1);
        in.open(1, "text");
        in.open(2, "body");
        int k = 0;
        for (GlossaryEntry e : g.entries()) {
            k++;
            in.open(3, v3 ? "conceptEntry" : "termEntry");
            x.writeAttribute("id", "e" + k);
            if (!e.note().isEmpty()) {
                in.leaf(4, "note", null, e.note());
            }
            in.lang(4, v3 ? "langSec" : "langSet", "en");
            if (e.caseSensitive()) {
                in.leaf(5, "note", null, TbxReader.CASE_NOTE);
            }
            if (!e.exceptions().isEmpty()) {
                in.leaf(5, "note", null, TbxReader.EXCEPTIONS_NOTE + " " + String.join(GlossaryLoader.VALUE_SEPARATOR,
                        e.exceptions()));
            }
            term(in, v3, e.en(), PREFERRED);
            for (String s : e.enVariants()) {
                term(in, v3, s, ADMITTED);
            }
            in.close(4);
            in.lang(4, v3 ? "langSec" : "langSet", "ar");
            if (!e.derived().isEmpty()) {
                in.leaf(5, "note", null, TbxReader.DERIVED_NOTE + " " + String.join(GlossaryLoader.VALUE_SEPARATOR,
                        e.derived()));
            }
            for (String s : e.approved()) {
                term(in, v3, s, PREFERRED);
            }
            for (String s : e.variants()) {
                term(in, v3, s, ADMITTED);
            }
            for (String s : e.forbidden()) {
                term(in, v3, s, DEPRECATED);
            }
            in.close(4);
            in.close(3);
        }
        in.close(2);
        in.close(1);
        x.writeEndElement();
        in.nl(0);
        x.writeEndDocument();
        x.flush();
        x.close();
    }

    private static void term(Indent in, boolean v3, String term, String status) throws XMLStreamException {
        in.open(5, v3 ? "termSec" : "tig");
        in.leaf(6, "term", null, term);
        in.leaf(6, "termNote", ADMIN_STATUS, status);
        in.close(5);
    }

    /** Indentation helper: XMLStreamWriter does not pretty-print. */
    private static final class Indent {
        private final XMLStreamWriter x;

        Indent(XMLStreamWriter x) {
            this.x = x;
        }

        void nl(int depth) throws XMLStreamException {
            x.writeCharacters("\n" + "  ".repeat(depth));
        }

        void open(int depth, String name) throws XMLStreamException {
            nl(depth);
            x.writeStartElement(name);
        }

        void lang(int depth, String name, String lang) throws XMLStreamException {
            open(depth, name);
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
        }

        void close(int depth) throws XMLStreamException {
            nl(depth);
            x.writeEndElement();
        }

        void leaf(int depth, String name, String type, String text) throws XMLStreamException {
            nl(depth);
            x.writeStartElement(name);
            if (type != null) {
                x.writeAttribute("type", type);
            }
            x.writeCharacters(text);
            x.writeEndElement();
        }
    }
}
