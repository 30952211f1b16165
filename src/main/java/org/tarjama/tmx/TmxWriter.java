package org.tarjama.tmx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
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
 * Streaming TMX 1.4b writer: the header on creation, one {@code <tu>} per {@link #write}, the footer
 * on {@link #close}; memory does not grow with the number of units.
 *
 * <p>What it guarantees whatever it is given: UTF-8 without BOM; header attributes
 * {@code creationtool="Tarjama"}, {@code creationtoolversion}, {@code segtype="sentence"},
 * {@code o-tmf}, {@code adminlang}, {@code srclang} (the source language, never {@code *all*} unless
 * asked), {@code datatype="plaintext"}, {@code creationdate} as {@code YYYYMMDDThhmmssZ}; a
 * {@code tuid} on every unit (its number when it has none); the source-language variant first;
 * hyphenated language codes as the {@link TmxProfile} writes them; a {@code <seg>} in every
 * variant; characters XML 1.0 does not allow removed, with a warning naming the unit.
 *
 * <p>Hand-written rather than through StAX's writer or Okapi's TMXWriter: neither guarantees these
 * rules (Okapi writes srclang from its own locale objects and drops unit notes), and escaping into a
 * reused buffer is what makes 200,000 units/s possible.
 */
public final class TmxWriter implements Closeable {
    /** {@code YYYYMMDDThhmmssZ}, the TMX date format. */
    public static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", java.util.Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int MAX_KEPT_WARNINGS = 10_000;
    private static final XMLInputFactory MARKUP_CHECK = UnitParser.newFactory();
    private final OutputStream out;
    /** UTF-8 is encoded here directly (no Writer/CharsetEncoder layers): the writer's hot path. */
    private final byte[] bytes = new byte[1 << 16];
    private int used;
    private final TmxWriterOptions options;
    private final Consumer<Diagnostic> warnings;
    private final List<Diagnostic> kept = new ArrayList<>();
    private final StringBuilder sb = new StringBuilder(4096);
    private final String srcLang;
    private boolean headerWritten;
    private long count;
    private long warningCount;
    private boolean closed;

    private TmxWriter(OutputStream out, TmxWriterOptions options, Consumer<Diagnostic> warnings) {
        this.out = out;
        this.options = options;
        this.warnings = warnings;
        this.srcLang = options.profile().languageCode(options.srcLang());
    }

    /** Starts a TMX document on {@code stream} (UTF-8, no BOM). The stream is not closed by {@link #close}. */
    public static TmxWriter create(OutputStream stream, TmxWriterOptions options) {
        return create(stream, options, null);
    }

    /**
     * Starts a TMX document; {@code warnings} receives each warning (removed characters) as it happens.
     * Warnings are also available from {@link #warnings()}.
     */
    public static TmxWriter create(OutputStream stream, TmxWriterOptions options, Consumer<Diagnostic> warnings) {
        TmxWriter w = new TmxWriter(stream, options, warnings);
        return w;
    }

    /**
     * Writes the header, deferred to the first unit so that {@code srclang} can take the source
     * variant's regional code ({@code en-US}) when the option gives only the language ({@code en}).
     */
    private void header(TranslationUnit first) {
        headerWritten = true;
        String headerLang = srcLang;
        if (first != null && headerLang.indexOf('-') < 0 && !headerLang.equals("*all*")) {
            for (Variant v : first.variants()) {
                if (v.isLanguage(srcLang)) {
                    headerLang = options.profile().languageCode(v.lang());
                    break;
                }
            }
        }
        Instant when = options.creationDate() == null ? Instant.now() : options.creationDate();
        sb.setLength(0);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header creationtool=\"Tarjama\" creationtoolversion=\"");
        TmxXml.escapeAttr(Version.get(), sb);
        sb.append("\" segtype=\"sentence\" o-tmf=\"Tarjama\" adminlang=\"en\" srclang=\"");
        TmxXml.escapeAttr(TmxXml.removeIllegal(headerLang, new int[1]), sb);
        sb.append("\" datatype=\"plaintext\" creationdate=\"").append(TMX_DATE.format(when)).append("\"/>\n  <body>\n");
        flushBuffer();
    }

    /** Writes one unit. */
    public void write(TranslationUnit tu) {
        if (closed) {
            throw new IllegalStateException("writer is closed");
        }
        if (tu.variants().isEmpty()) {
            throw new IllegalArgumentException("unit " + (tu.tuid().isEmpty() ? String.valueOf(count + 1) : tu.tuid())
                    + " has no variant; a TMX <tu> needs at least one <tuv>");
        }
        if (!headerWritten) {
            header(tu);
        }
        String tuid = tu.tuid().isEmpty() ? String.valueOf(count + 1) : tu.tuid();
        tuid = clean(tuid, tuid, "tuid");
        sb.setLength(0);
        sb.append("    <tu tuid=\"");
        TmxXml.escapeAttr(tuid, sb);
        sb.append('"');
        if (!tu.attributes().isEmpty()) {
            attributes(tu.attributes(), TU_ATTRIBUTES, tuid, "<tu>");
        }
        sb.append(">\n");
        for (Property p : tu.props()) {
            prop(p, tuid, "      ");
        }
        for (String n : tu.notes()) {
            sb.append("      <note>");
            TmxXml.escapeText(clean(n, tuid, "note"), sb);
            sb.append("</note>\n");
        }
        // the source language first: translate-toolkit takes the first <tuv> as the source
        for (Variant v : tu.variants()) {
            if (v.isLanguage(srcLang)) {
                variant(v, tuid);
            }
        }
        for (Variant v : tu.variants()) {
            if (!v.isLanguage(srcLang)) {
                variant(v, tuid);
            }
        }
        sb.append("    </tu>\n");
        flushBuffer();
        count++;
    }

    private void prop(Property p, String tuid, String indent) {
        sb.append(indent).append("<prop type=\"");
        TmxXml.escapeAttr(clean(options.profile().propType(p.type()), tuid, "prop type"), sb);
        sb.append("\">");
        TmxXml.escapeText(clean(p.value(), tuid, "prop " + p.type()), sb);
        sb.append("</prop>\n");
    }

    private void variant(Variant v, String tuid) {
        String lang = clean(options.profile().languageCode(v.lang()), tuid, "language code");
        sb.append("      <tuv xml:lang=\"");
        TmxXml.escapeAttr(lang, sb);
        sb.append('"');
        if (!v.attributes().isEmpty()) {
            attributes(v.attributes(), TUV_ATTRIBUTES, tuid, "<tuv xml:lang=\"" + lang + "\">");
        }
        sb.append(">\n");
        for (Property p : v.props()) {
            prop(p, tuid, "        ");
        }
        for (String n : v.notes()) {
            sb.append("        <note>");
            TmxXml.escapeText(clean(n, tuid, "note"), sb);
            sb.append("</note>\n");
        }
        sb.append("        <seg>");
        if (v.hasMarkup()) {
            String markup = clean(v.markup(), tuid, lang + " segment");
            checkMarkup(markup, tuid);
            sb.append(markup);
        } else {
            TmxXml.escapeText(clean(v.text(), tuid, lang + " segment"), sb);
        }
        sb.append("</seg>\n      </tuv>\n");
    }

    /** The attributes the TMX 1.4b DTD declares on {@code <tu>} (besides tuid) and {@code <tuv>} (besides xml:lang). */
    private static final java.util.Set<String> TUV_ATTRIBUTES = java.util.Set.of("o-encoding", "datatype", "usagecount",
            "lastusagedate", "creationtool", "creationtoolversion", "creationdate", "creationid", "changedate", "o-tmf", "changeid");
    private static final java.util.Set<String> TU_ATTRIBUTES;

    static {
        java.util.Set<String> s = new java.util.HashSet<>(TUV_ATTRIBUTES);
        s.add("segtype");
        s.add("srclang");
        TU_ATTRIBUTES = java.util.Set.copyOf(s);
    }

    /** Writes the attributes the DTD allows; others would make the file invalid and are dropped with a warning. */
    private void attributes(java.util.Map<String, String> attrs, java.util.Set<String> allowed, String tuid, String where) {
        for (java.util.Map.Entry<String, String> a : attrs.entrySet()) {
            if (!allowed.contains(a.getKey())) {
                warn(new Diagnostic("TMX_ATTRIBUTE_DROPPED", Severity.WARNING,
                        new SourceLocation("", 0, 0, (int) Math.min(Integer.MAX_VALUE, count + 1), tuid), null,
                        "attribute " + a.getKey() + "=\"" + a.getValue() + "\" on " + where + " is not in TMX 1.4b; not written"));
                continue;
            }
            String value = a.getValue();
            if (a.getKey().equals("srclang")) {
                value = options.profile().languageCode(value);
            }
            sb.append(' ').append(a.getKey()).append("=\"");
            TmxXml.escapeAttr(clean(value, tuid, a.getKey() + " attribute"), sb);
            sb.append('"');
        }
    }

    /** Markup comes from callers too: it must be well-formed and use only TMX inline elements. */
    private static void checkMarkup(String markup, String tuid) {
        try {
            XMLStreamReader x = MARKUP_CHECK.createXMLStreamReader(new StringReader("<seg>" + markup + "</seg>"));
            try {
                x.nextTag();
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT
                            && !java.util.Set.of("bpt", "ept", "ph", "it", "ut", "hi", "sub").contains(x.getLocalName())) {
                        throw new IllegalArgumentException("unit " + tuid + ": <" + x.getLocalName() + "> is not a TMX inline element");
                    }
                }
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("unit " + tuid + ": segment markup is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private String clean(String s, String tuid, String where) {
        if (TmxXml.firstIllegal(s) < 0) {
            return s;
        }
        int[] removed = new int[1];
        String c = TmxXml.removeIllegal(s, removed);
        warn(new Diagnostic("TMX_ILLEGAL_CHARACTER", Severity.WARNING, new SourceLocation("", 0, 0, (int) Math.min(Integer.MAX_VALUE, count + 1), tuid),
                null, "removed " + removed[0] + " character" + (removed[0] == 1 ? "" : "s") + " not allowed in XML 1.0 from the " + where));
        return c;
    }

    private void warn(Diagnostic d) {
        warningCount++;
        if (kept.size() < MAX_KEPT_WARNINGS) {
            kept.add(d);
        }
        if (warnings != null) {
            warnings.accept(d);
        }
    }

    /** Encodes the unit buffer as UTF-8 into the byte buffer (text is XML-clean: surrogates come in pairs). */
    private void flushBuffer() {
        StringBuilder b = sb;
        byte[] o = bytes;
        int u = used;
        for (int i = 0, n = b.length(); i < n; i++) {
            if (u > o.length - 4) {
                used = u;
                drain();
                u = 0;
            }
            char c = b.charAt(i);
            if (c < 0x80) {
                o[u++] = (byte) c;
            } else if (c < 0x800) {
                o[u++] = (byte) (0xC0 | (c >> 6));
                o[u++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(b.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, b.charAt(++i));
                o[u++] = (byte) (0xF0 | (cp >> 18));
                o[u++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                o[u++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                o[u++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                o[u++] = '?'; // unreachable: every string is cleaned of lone surrogates before it gets here
            } else {
                o[u++] = (byte) (0xE0 | (c >> 12));
                o[u++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                o[u++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        used = u;
    }

    private void drain() {
        try {
            out.write(bytes, 0, used);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        used = 0;
    }

    /** Units written so far. */
    public long count() {
        return count;
    }

    /** Warnings so far (the first 10,000). */
    public List<Diagnostic> warnings() {
        return Collections.unmodifiableList(kept);
    }

    /** The number of warnings so far. */
    public long warningCount() {
        return warningCount;
    }

    /**
     * Gives up after a failure: {@link #close} then writes nothing more, so output that already left
     * (stdout) stays visibly incomplete instead of being closed into a well-formed TMX that lacks units.
     */
    public void abandon() {
        closed = true;
    }

    /** Writes the footer and flushes; the underlying stream stays open. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!headerWritten) {
            header(null);
        }
        sb.setLength(0);
        sb.append("  </body>\n</tmx>\n");
        flushBuffer();
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
