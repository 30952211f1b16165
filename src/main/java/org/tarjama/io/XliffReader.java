package org.tarjama.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * Reads what a merge needs from an XLIFF 1.2 file: the first {@code <file>}'s attributes, its
 * embedded skeleton ({@code <skl><internal-file form="base64">}) and each {@code <trans-unit>} with
 * the id of its {@code <group>}, its source and its target. DTDs and external entities are refused.
 */
public final class XliffReader {
    private XliffReader() {
    }

    /**
     * One trans-unit.
     *
     * @param id     its id
     * @param group  the id of the innermost enclosing group, or null
     * @param source its source
     * @param target its target, or null when it has none (or an empty one)
     * @param line   its line in the file
     */
    public record Unit(String id, String group, XliffContent source, XliffContent target, int line) {
    }

    /**
     * An XLIFF file read.
     *
     * @param original  the {@code original} attribute
     * @param datatype  the {@code datatype} attribute
     * @param srcLang   the source language
     * @param trgLang   the target language, or null
     * @param skeleton  the embedded original document, or null
     * @param units     the trans-units in order
     */
    public record Xliff(String original, String datatype, String srcLang, String trgLang, byte[] skeleton, List<Unit> units) {
    }

    /** Reads {@code file}; malformed XML is bad input naming the file, line and column. */
    public static Xliff read(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(SourceLocation.ofFile(name),
                    Files.isDirectory(file) ? "is a directory, not an XLIFF file" : "no such file");
        }
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = f.createXMLStreamReader(in);
            String original = null;
            String datatype = null;
            String src = null;
            String trg = null;
            byte[] skeleton = null;
            boolean sawXliff = false;
            int files = 0;
            List<String> groups = new ArrayList<>();
            List<Unit> units = new ArrayList<>();
            String unitId = null;
            int unitLine = 0;
            XliffContent source = null;
            XliffContent target = null;
            int altDepth = 0;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "group" -> groups.remove(groups.size() - 1);
                        case "alt-trans" -> altDepth--;
                        case "trans-unit" -> {
                            if (unitId != null && files == 1) {
                                units.add(new Unit(unitId, groups.isEmpty() ? null : groups.get(groups.size() - 1),
                                        source == null ? XliffContent.of("") : source,
                                        target == null || target.nodes().isEmpty() ? null : target, unitLine));
                            }
                            unitId = null;
                        }
                        default -> {
                        }
                    }
                    continue;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String n = x.getLocalName();
                if (!sawXliff) {
                    if (!n.equals("xliff")) {
                        throw new BadInputException(SourceLocation.ofPosition(name, x.getLocation().getLineNumber(),
                                x.getLocation().getColumnNumber()), "not XLIFF: the root element is <" + n + ">");
                    }
                    sawXliff = true;
                    continue;
                }
                switch (n) {
                    case "file" -> {
                        files++;
                        if (files == 1) {
                            original = x.getAttributeValue(null, "original");
                            datatype = x.getAttributeValue(null, "datatype");
                            src = x.getAttributeValue(null, "source-language");
                            trg = x.getAttributeValue(null, "target-language");
                        }
                    }
                    case "internal-file" -> {
                        String form = x.getAttributeValue(null, "form");
                        String text = x.getElementText();
                        if (files == 1 && "base64".equals(form)) {
                            try {
                                skeleton = Base64.getMimeDecoder().decode(text);
                            } catch (IllegalArgumentException e) {
                                throw new BadInputException(SourceLocation.ofPosition(name, x.getLocation().getLineNumber(), 1),
                                        "the skeleton is not valid base64: " + e.getMessage());
                            }
                        }
                    }
                    case "group" -> groups.add(x.getAttributeValue(null, "id"));
                    case "trans-unit" -> {
                        unitId = x.getAttributeValue(null, "id");
                        unitLine = x.getLocation().getLineNumber();
                        source = null;
                        target = null;
                    }
                    case "alt-trans" -> altDepth++;
                    case "source", "seg-source" -> {
                        XliffContent c = content(x);
                        if (altDepth == 0 && n.equals("source")) {
                            source = c;
                        }
                    }
                    case "target" -> {
                        XliffContent c = content(x);
                        if (altDepth == 0) {
                            target = c;
                        }
                    }
                    default -> {
                    }
                }
            }
            if (!sawXliff) {
                throw new BadInputException(SourceLocation.ofFile(name), "not XLIFF: no root element");
            }
            return new Xliff(original, datatype, src, trg, skeleton, units);
        } catch (XMLStreamException e) {
            var at = e.getLocation();
            throw new BadInputException(at != null && at.getLineNumber() > 0
                    ? SourceLocation.ofPosition(name, at.getLineNumber(), at.getColumnNumber()) : SourceLocation.ofFile(name),
                    "not well-formed XLIFF: " + Documents.rootMessage(e), e);
        } catch (IOException e) {
            throw new BadInputException(SourceLocation.ofFile(name), "cannot read: " + e.getMessage(), e);
        }
    }

    /** The content of the current element, up to its end tag. */
    private static XliffContent content(XMLStreamReader x) throws XMLStreamException {
        return new XliffContent(children(x));
    }

    private static List<XliffContent.Node> children(XMLStreamReader x) throws XMLStreamException {
        List<XliffContent.Node> out = new ArrayList<>();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
                out.add(new XliffContent.Text(x.getText()));
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = x.getLocalName();
                List<String[]> attrs = new ArrayList<>();
                for (int i = 0; i < x.getAttributeCount(); i++) {
                    attrs.add(new String[] {x.getAttributeLocalName(i), x.getAttributeValue(i)});
                }
                out.add(new XliffContent.Element(n, attrs, children(x)));
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return out;
            }
        }
        return out;
    }
}
