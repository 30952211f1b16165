package org.tarjama.tmx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.validation.XMLValidationException;
import org.codehaus.stax2.validation.XMLValidationProblem;
import org.codehaus.stax2.validation.XMLValidationSchema;
import org.codehaus.stax2.validation.XMLValidationSchemaFactory;

/**
 * The TMX 1.4b DTD ({@code tmx14.dtd}, bundled): validation of a whole file against it, and the
 * attribute declarations the {@link TmxRewriter} writes by.
 *
 * <p>Validation is Woodstox's DTD validator run against the bundled DTD whatever the file's own
 * DOCTYPE says: the file's DOCTYPE is never followed, no external entity is loaded, and a file
 * without a DOCTYPE is validated just the same. It streams (constant memory) and collects every
 * problem with its line and column rather than stopping at the first.
 */
public final class TmxDtd {
    /** One DTD violation (or well-formedness error, which ends validation). */
    public record Problem(int line, int column, String message, boolean fatal) {
    }

    /** An attribute declaration: {@code values} is empty for CDATA, else the enumeration. */
    public record Attribute(String name, Set<String> values, boolean required, String fixed) {
    }

    private static final Pattern ATTLIST = Pattern.compile("<!ATTLIST\\s+(\\S+)([^>]*)>");
    private static final Pattern DECL = Pattern.compile("(\\S+)\\s+(CDATA|\\([^)]*\\))\\s+(#REQUIRED|#IMPLIED|#FIXED\\s+\"[^\"]*\")");
    private static final Pattern ELEMENT = Pattern.compile("<!ELEMENT\\s+(\\S+)");
    private static final URL DTD = TmxDtd.class.getResource("tmx14.dtd");
    private static final Map<String, Map<String, Attribute>> ATTRIBUTES = parseAttlists();
    private static volatile XMLValidationSchema schema;

    private TmxDtd() {
    }

    /** The attributes the DTD declares on {@code element} (by name, in declaration order); empty for an unknown element. */
    public static Map<String, Attribute> attributes(String element) {
        return ATTRIBUTES.getOrDefault(element, Map.of());
    }

    /** True when {@code element} is declared by the TMX 1.4b DTD. */
    public static boolean isElement(String element) {
        return ATTRIBUTES.containsKey(element);
    }

    /** Validates {@code file} against TMX 1.4b; at most {@code max} problems are kept. */
    public static List<Problem> validate(Path file, int max) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return validate(in, max);
        }
    }

    /** Validates a TMX stream against TMX 1.4b; at most {@code max} problems are kept. */
    public static List<Problem> validate(InputStream in, int max) {
        List<Problem> problems = new ArrayList<>();
        XMLStreamReader2 x = null;
        try {
            x = (XMLStreamReader2) UnitParser.newFactory().createXMLStreamReader(in);
            x.setValidationProblemHandler(p -> {
                if (problems.size() < max) {
                    problems.add(new Problem(p.getLocation() == null ? 0 : p.getLocation().getLineNumber(),
                            p.getLocation() == null ? 0 : p.getLocation().getColumnNumber(), message(p), false));
                }
            });
            x.validateAgainst(schema());
            while (x.hasNext()) {
                x.next();
            }
        } catch (XMLValidationException e) {
            XMLValidationProblem p = e.getValidationProblem();
            problems.add(new Problem(p.getLocation().getLineNumber(), p.getLocation().getColumnNumber(), message(p), true));
        } catch (XMLStreamException e) {
            String m = e.getMessage() == null ? "malformed XML" : e.getMessage();
            int cut = m.indexOf("\n at [row,col");
            problems.add(new Problem(e.getLocation() == null ? 0 : e.getLocation().getLineNumber(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNumber(), cut >= 0 ? m.substring(0, cut) : m, true));
        } catch (RuntimeException e) {
            // Woodstox reports some text errors unchecked (WstxLazyException)
            problems.add(new Problem(0, 0, String.valueOf(e.getMessage()), true));
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // validation is over
                }
            }
        }
        return problems;
    }

    private static String message(XMLValidationProblem p) {
        String m = p.getMessage();
        int cut = m == null ? -1 : m.indexOf("\n at [row,col");
        return m == null ? "not valid against the TMX 1.4b DTD" : cut >= 0 ? m.substring(0, cut) : m;
    }

    private static XMLValidationSchema schema() throws XMLStreamException {
        XMLValidationSchema s = schema;
        if (s == null) {
            XMLValidationSchemaFactory f = XMLValidationSchemaFactory.newInstance(XMLValidationSchema.SCHEMA_ID_DTD);
            s = f.createSchema(DTD);
            schema = s;
        }
        return s;
    }


    /** Reads the ATTLIST declarations of the bundled DTD (comments removed, {@code %segtypes;} expanded). */
    private static Map<String, Map<String, Attribute>> parseAttlists() {
        String dtd;
        try (InputStream in = DTD.openStream()) {
            dtd = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the bundled tmx14.dtd is missing", e);
        }
        dtd = dtd.replaceAll("(?s)<!--.*?-->", " ");
        Matcher pe = Pattern.compile("<!ENTITY\\s+%\\s+(\\S+)\\s+\"([^\"]*)\"\\s*>").matcher(dtd);
        while (pe.find()) {
            dtd = dtd.replace("%" + pe.group(1) + ";", pe.group(2));
        }
        Map<String, Map<String, Attribute>> all = new LinkedHashMap<>();
        Matcher e = ELEMENT.matcher(dtd);
        while (e.find()) {
            all.put(e.group(1), new LinkedHashMap<>());
        }
        Matcher m = ATTLIST.matcher(dtd);
        while (m.find()) {
            Map<String, Attribute> attrs = all.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>());
            Matcher d = DECL.matcher(m.group(2));
            while (d.find()) {
                String type = d.group(2);
                Set<String> values = type.equals("CDATA") ? Set.of()
                        : Set.of(type.substring(1, type.length() - 1).trim().split("\\s*\\|\\s*"));
                String dflt = d.group(3);
                String fixed = dflt.startsWith("#FIXED") ? dflt.substring(dflt.indexOf('"') + 1, dflt.length() - 1) : null;
                attrs.put(d.group(1), new Attribute(d.group(1), values, dflt.equals("#REQUIRED"), fixed));
            }
        }
        Map<String, Map<String, Attribute>> frozen = new LinkedHashMap<>();
        all.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
        return Collections.unmodifiableMap(frozen);
    }
}
