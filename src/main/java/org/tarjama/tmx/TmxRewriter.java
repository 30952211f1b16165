package org.tarjama.tmx;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tarjama.model.BadInputException;
import org.tarjama.model.Diagnostic;
import org.tarjama.model.Severity;
import org.tarjama.model.SourceLocation;

/**
 * TMX → TMX without loss: streams the file event by event and writes everything it had — the
 * header's attributes and its {@code <ude>}/{@code <map>}, {@code <note>} and {@code <prop>}
 * children with their own attributes ({@code o-encoding}, {@code xml:lang}), the order of units, of
 * variants and of props and notes, comments and white space — as TMX 1.4b, UTF-8, valid against the
 * TMX 1.4b DTD. Only what would make the output invalid changes, each change reported as a warning
 * with its line: the {@code version} becomes 1.4; a TMX 1.1–1.3 {@code <tuv lang>} becomes
 * {@code xml:lang}; an attribute the DTD does not declare on its element (a TMX 1.1 {@code <ph id>},
 * say) is dropped and named; an enumerated attribute with a value the DTD does not allow ({@code
 * segtype="undefined"}) is dropped where optional and set to the nearest allowed value where
 * required. The DOCTYPE is not written (it is never followed when reading). A profile other than
 * generic also rewrites language codes and prop types as that tool expects.
 *
 * <p>The model-based path ({@link TmxReader} → {@link TmxWriter}) normalises instead: source variant
 * first, a tuid on every unit, its own header. It remains the path for TSV/CSV input and for
 * {@code --lenient}, which must drop broken units.
 */
public final class TmxRewriter {
    private final XMLStreamReader x;
    private final Writer out;
    private final String file;
    private final TmxProfile profile;
    private final Consumer<Diagnostic> warnings;
    private final StringBuilder sb = new StringBuilder(1 << 12);
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startPending;
    private long units;

    private TmxRewriter(XMLStreamReader x, Writer out, String file, TmxProfile profile, Consumer<Diagnostic> warnings) {
        this.x = x;
        this.out = out;
        this.file = file;
        this.profile = profile;
        this.warnings = warnings;
    }

    /**
     * Rewrites {@code in} to {@code stream} (UTF-8; the stream is flushed, not closed) and returns the
     * number of units. Throws a located {@link TmxFormatException} on malformed input or an element
     * that is not TMX; the caller discards the partial output (write through an atomic output).
     */
    public static long rewrite(Path in, OutputStream stream, TmxProfile profile, Consumer<Diagnostic> warnings) {
        // a strict read first: a structural error (a <tu> without <tuv>, text beside <seg>) is refused
        // with its line and column, as every other command refuses it, instead of being copied
        try (TmxReader check = TmxReader.open(in)) {
            while (check.hasNext()) {
                check.next();
            }
        }
        try (InputStream is = new BufferedInputStream(Files.newInputStream(in), 1 << 16)) {
            XMLStreamReader x = UnitParser.newFactory().createXMLStreamReader(is);
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            TmxRewriter r = new TmxRewriter(x, w, in.toString(), profile == null ? TmxProfile.GENERIC : profile, warnings);
            try {
                r.run();
            } finally {
                x.close();
            }
            w.flush();
            return r.units;
        } catch (NoSuchFileException e) {
            throw new BadInputException(SourceLocation.ofFile(in.toString()), "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            String m = e.getMessage() == null ? "malformed XML" : e.getMessage();
            int cut = m.indexOf("\n at [row,col");
            Location l = e.getLocation();
            throw new TmxFormatException(l == null ? SourceLocation.ofFile(in.toString())
                    : SourceLocation.ofPosition(in.toString(), l.getLineNumber(), l.getColumnNumber()), cut >= 0 ? m.substring(0, cut) : m);
        } catch (RuntimeException e) {
            if (e instanceof BadInputException || e instanceof UncheckedIOException) {
                throw e;
            }
            if (e.getCause() instanceof XMLStreamException c) { // Woodstox's lazy (unchecked) text errors
                Location l = c.getLocation();
                String m = String.valueOf(c.getMessage());
                int cut = m.indexOf("\n at [row,col");
                throw new TmxFormatException(l == null ? SourceLocation.ofFile(in.toString())
                        : SourceLocation.ofPosition(in.toString(), l.getLineNumber(), l.getColumnNumber()), cut >= 0 ? m.substring(0, cut) : m);
            }
            throw e;
        }
    }

    private void run() throws XMLStreamException, IOException {
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        boolean rootSeen = false;
        while (x.hasNext()) {
            int ev = x.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    closePendingStart();
                    start(rootSeen);
                    rootSeen = true;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    String n = open.pop();
                    if (startPending) {
                        sb.append("/>");
                        startPending = false;
                    } else {
                        sb.append("</").append(n).append('>');
                    }
                    if (open.isEmpty()) {
                        sb.append('\n');
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (open.isEmpty()) {
                        break; // white space outside the root element: our own line breaks stand in for it
                    }
                    closePendingStart();
                    TmxXml.escapeText(x.getText(), sb);
                }
                case XMLStreamConstants.COMMENT -> {
                    closePendingStart();
                    sb.append("<!--").append(x.getText()).append("-->");
                    if (open.isEmpty()) {
                        sb.append('\n');
                    }
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    closePendingStart();
                    sb.append("<?").append(x.getPITarget());
                    String d = x.getPIData();
                    if (d != null && !d.isEmpty()) {
                        sb.append(' ').append(d);
                    }
                    sb.append("?>");
                }
                default -> {
                    // DOCTYPE (not written: nothing reads it), start/end document
                }
            }
            if (sb.length() > (1 << 15)) {
                out.append(sb);
                sb.setLength(0);
            }
        }
        out.append(sb);
        sb.setLength(0);
    }

    private void closePendingStart() {
        if (startPending) {
            sb.append('>');
            startPending = false;
        }
    }

    private void start(boolean rootSeen) {
        String n = x.getLocalName();
        String parent = open.peek();
        if (!TmxDtd.isElement(n) || (!rootSeen && !n.equals("tmx"))) {
            throw located("<" + n + "> is not a TMX 1.4b element" + (parent == null ? "" : " (inside <" + parent + ">)")
                    + "; the file cannot be rewritten as valid TMX");
        }
        if (n.equals("tu")) {
            units++;
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < x.getAttributeCount(); i++) {
            String p = x.getAttributePrefix(i);
            attrs.put(p == null || p.isEmpty() ? x.getAttributeLocalName(i) : p + ":" + x.getAttributeLocalName(i), x.getAttributeValue(i));
        }
        repair(n, attrs);
        sb.append('<').append(n);
        for (Map.Entry<String, String> a : attrs.entrySet()) {
            sb.append(' ').append(a.getKey()).append("=\"");
            TmxXml.escapeAttr(a.getValue(), sb);
            sb.append('"');
        }
        open.push(n);
        startPending = true;
    }

    /** Makes the attributes of element {@code n} valid against the DTD, keeping all that already are. */
    private void repair(String n, Map<String, String> attrs) {
        Map<String, TmxDtd.Attribute> declared = TmxDtd.attributes(n);
        if (n.equals("tmx") && !"1.4".equals(attrs.get("version"))) {
            attrs.put("version", "1.4");
        }
        if (n.equals("tuv") && !attrs.containsKey("xml:lang") && attrs.containsKey("lang")) {
            // TMX 1.1-1.3 <tuv lang>: the same value under its TMX 1.4 name, in its place
            Map<String, String> renamed = new LinkedHashMap<>();
            attrs.forEach((k, v) -> renamed.put(k.equals("lang") ? "xml:lang" : k, v));
            attrs.clear();
            attrs.putAll(renamed);
        }
        for (var it = attrs.entrySet().iterator(); it.hasNext(); ) {
            var a = it.next();
            TmxDtd.Attribute d = declared.get(a.getKey());
            if (d == null) {
                warn("attribute " + a.getKey() + "=\"" + a.getValue() + "\" on <" + n + "> is not declared by TMX 1.4b; not written");
                it.remove();
            } else if (!d.values().isEmpty() && !d.values().contains(a.getValue())) {
                if (d.required()) {
                    String v = nearest(a.getValue(), d);
                    warn("<" + n + " " + a.getKey() + "=\"" + a.getValue() + "\">: not one of " + String.join("|", new java.util.TreeSet<>(d.values()))
                            + "; written as " + v);
                    a.setValue(v);
                } else {
                    warn("<" + n + " " + a.getKey() + "=\"" + a.getValue() + "\">: not one of " + String.join("|", new java.util.TreeSet<>(d.values()))
                            + "; not written");
                    it.remove();
                }
            } else if (profile != TmxProfile.GENERIC && isLanguage(n, a.getKey())) {
                a.setValue(profile.languageCode(a.getValue()));
            } else if (profile != TmxProfile.GENERIC && n.equals("prop") && a.getKey().equals("type") && !"header".equals(open.peek())) {
                a.setValue(profile.propType(a.getValue()));
            }
        }
        for (TmxDtd.Attribute d : declared.values()) {
            if (d.required() && !attrs.containsKey(d.name())) {
                if (n.equals("header") || n.equals("prop") && d.name().equals("type")) {
                    String v = n.equals("prop") ? "x-unspecified" : d.values().isEmpty() ? "unknown" : nearest("", d);
                    warn("<" + n + "> without the required " + d.name() + " attribute; written as " + d.name() + "=\"" + v + "\"");
                    attrs.put(d.name(), v);
                } else {
                    throw located("<" + n + "> without the required " + d.name() + " attribute; the file cannot be rewritten as valid TMX");
                }
            }
        }
    }

    private static boolean isLanguage(String element, String attr) {
        return attr.equals("xml:lang") && element.equals("tuv") || attr.equals("srclang");
    }

    /** A segtype value: the one that starts like the given value, else {@code sentence} (Tarjama's own segmentation unit). */
    private static String nearest(String value, TmxDtd.Attribute d) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        for (String allowed : new java.util.TreeSet<>(d.values())) {
            if (!v.isEmpty() && (allowed.startsWith(v) || v.startsWith(allowed))) {
                return allowed;
            }
        }
        return d.values().contains("sentence") ? "sentence" : new java.util.TreeSet<>(d.values()).first();
    }

    private void warn(String message) {
        Location l = x.getLocation();
        warnings.accept(new Diagnostic("TMX_REWRITE", Severity.WARNING,
                new SourceLocation(file, l.getLineNumber(), l.getColumnNumber(), (int) Math.min(Integer.MAX_VALUE, units), ""), null, message));
    }

    private TmxFormatException located(String message) {
        Location l = x.getLocation();
        return new TmxFormatException(SourceLocation.ofPosition(file, l.getLineNumber(), l.getColumnNumber()), message);
    }
}
