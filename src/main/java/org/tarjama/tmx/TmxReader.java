package org.tarjama.tmx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tarjama.model.BadInputException;
import org.tarjama.model.Property;
import org.tarjama.model.SourceLocation;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;

/**
 * Streaming TMX reader (basic version: to be hardened by the TMX issue). Iterate units with
 * {@link #hasNext()}/{@link #next()}; DTDs and external entities are never loaded.
 */
public final class TmxReader implements Iterator<TranslationUnit>, Closeable {
    private final XMLStreamReader xml;
    private final InputStream in;
    private final String name;
    private TranslationUnit pending;
    private String srcLang = "";

    private TmxReader(InputStream in, String name) {
        this.in = in;
        this.name = name;
        try {
            XMLInputFactory f = XMLInputFactory.newInstance();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
            this.xml = f.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw error(e.getMessage());
        }
    }

    public static TmxReader open(Path file) {
        try {
            return new TmxReader(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16), file.toString());
        } catch (NoSuchFileException e) {
            throw new BadInputException(SourceLocation.ofFile(file.toString()), "no such file");
        } catch (IOException e) {
            throw new BadInputException(SourceLocation.ofFile(file.toString()), "cannot read: " + e.getMessage(), e);
        }
    }

    public static TmxReader open(InputStream in, String name) {
        return new TmxReader(in, name);
    }

    /** The header's srclang, once the header has been read (after the first {@link #hasNext()}). */
    public String srcLang() {
        return srcLang;
    }

    @Override
    public boolean hasNext() {
        if (pending == null) {
            pending = readUnit();
        }
        return pending != null;
    }

    @Override
    public TranslationUnit next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TranslationUnit tu = pending;
        pending = null;
        return tu;
    }

    private TranslationUnit readUnit() {
        try {
            while (xml.hasNext()) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = xml.getLocalName();
                    if (n.equals("header")) {
                        String s = xml.getAttributeValue(null, "srclang");
                        srcLang = s == null ? "" : s;
                    } else if (n.equals("tu")) {
                        return readTu();
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw error(e.getMessage());
        }
    }

    private TranslationUnit readTu() throws XMLStreamException {
        String tuid = attr("tuid");
        List<Variant> variants = new ArrayList<>();
        List<Property> props = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String lang = null;
        StringBuilder seg = null;
        while (xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "tuv" -> {
                        lang = xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                        if (lang == null) {
                            lang = attr("lang");
                        }
                    }
                    case "seg" -> seg = new StringBuilder();
                    case "prop" -> {
                        if (lang == null) {
                            props.add(new Property(attr("type"), xml.getElementText()));
                        }
                    }
                    case "note" -> {
                        if (lang == null) {
                            notes.add(xml.getElementText());
                        }
                    }
                    default -> {
                        // inline codes: their content is markup, not text
                    }
                }
            } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && seg != null) {
                seg.append(xml.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "tuv" -> {
                        variants.add(Variant.of(lang == null ? "" : lang, seg == null ? "" : seg.toString()));
                        lang = null;
                        seg = null;
                    }
                    case "tu" -> {
                        return new TranslationUnit(tuid, variants, props, notes);
                    }
                    default -> {
                    }
                }
            }
        }
        throw error("unexpected end of file inside <tu>");
    }

    private String attr(String n) {
        String v = xml.getAttributeValue(null, n);
        return v == null ? "" : v;
    }

    private BadInputException error(String msg) {
        int line = 0;
        int col = 0;
        if (xml != null && xml.getLocation() != null) {
            line = xml.getLocation().getLineNumber();
            col = xml.getLocation().getColumnNumber();
        }
        return new BadInputException(SourceLocation.ofPosition(name, line, col), msg);
    }

    @Override
    public void close() {
        try {
            if (xml != null) {
                xml.close();
            }
            in.close();
        } catch (XMLStreamException | IOException e) {
            // closing a reader we are done with: nothing to recover
        }
    }
}
