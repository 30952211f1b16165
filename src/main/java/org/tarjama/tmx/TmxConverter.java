package org.tarjama.tmx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tarjama.model.Diagnostic;
import org.tarjama.model.Languages;
import org.tarjama.model.Severity;
import org.tarjama.model.SourceLocation;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;

/**
 * Converts between TMX and TSV, CSV (RFC 4180) and XLIFF 1.2, streaming. Input is TMX, TSV or CSV
 * by file extension ({@link UnitFiles}). TSV and CSV start with a header row of language codes;
 * XLIFF gets one {@code <trans-unit>} per unit with the TMX inline codes mapped to XLIFF's.
 */
public final class TmxConverter {
    /** Output formats. */
    public enum Format {
        TSV, CSV, TMX, XLIFF;

        public static Format parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** What a conversion did. */
    public record Result(long units, long warnings) {
    }

    private static final XMLInputFactory MARKUP = UnitParser.newFactory();

    private TmxConverter() {
    }

    public static Result convert(Path in, Format to, OutputStream out, TmxWriterOptions options, boolean lenient,
                                 Consumer<Diagnostic> warnings) {
        long[] warned = new long[1];
        Consumer<Diagnostic> warn = d -> {
            warned[0]++;
            warnings.accept(d);
        };
        if (to == Format.TMX && !lenient && in.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tmx")) {
            // TMX to TMX: keep everything the file has (header children, attributes, order), valid TMX 1.4b
            long n = TmxRewriter.rewrite(in, out, options.profile(), warn);
            return new Result(n, warned[0]);
        }
        try (UnitFiles.UnitIterator units = UnitFiles.open(in, lenient)) {
            String src = options.srcLang();
            String tgt = options.tgtLang();
            long n = 0;
            if (to == Format.TMX) {
                try (TmxWriter w = TmxWriter.create(out, options, warn)) {
                    try {
                        while (units.hasNext()) {
                            w.write(units.next());
                        }
                    } catch (RuntimeException e) {
                        w.abandon();
                        throw e;
                    }
                    n = w.count();
                }
            } else {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                try {
                    switch (to) {
                        case TSV -> w.write(src + "\t" + tgt + "\n");
                        case CSV -> w.write(csv(src) + "," + csv(tgt) + "\r\n");
                        case XLIFF -> w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                                + "  <file original=\"" + attr(in.getFileName().toString()) + "\" source-language=\"" + attr(src)
                                + "\" target-language=\"" + attr(tgt) + "\" datatype=\"plaintext\">\n    <body>\n");
                        default -> throw new IllegalStateException();
                    }
                    java.util.Set<String> fallbacks = new java.util.HashSet<>();
                    while (units.hasNext()) {
                        TranslationUnit tu = units.next();
                        n++;
                        SourceLocation at = units.location();
                        Variant[] pair = tu.pair(src, tgt).orElse(null);
                        if (pair == null) {
                            warn.accept(new Diagnostic("TMX_NO_PAIR", Severity.WARNING, at, null, missing(tu, src, tgt) + "; unit not converted"));
                            n--;
                            continue;
                        }
                        Variant s = pair[0];
                        Variant t = pair[1];
                        fallback(src, s, at, fallbacks, warnings);
                        if (t != null) {
                            fallback(tgt, t, at, fallbacks, warnings);
                        }
                        if ((s.hasMarkup() || (t != null && t.hasMarkup())) && to != Format.XLIFF) {
                            warn.accept(new Diagnostic("TMX_INLINE_DROPPED", Severity.WARNING, at, null,
                                    "inline codes are not representable in " + to.name().toLowerCase(Locale.ROOT) + "; plain text written"));
                        }
                        String st = s.text();
                        String tt = t == null ? "" : t.text();
                        switch (to) {
                            case TSV -> w.write(tsv(st, at, warn) + "\t" + tsv(tt, at, warn) + "\n");
                            case CSV -> w.write(csv(st) + "," + csv(tt) + "\r\n");
                            case XLIFF -> {
                                w.write("      <trans-unit id=\"" + attr(tu.tuid().isEmpty() ? String.valueOf(n) : tu.tuid()) + "\">\n        <source>");
                                w.write(xliffContent(s));
                                w.write("</source>\n");
                                if (t != null) {
                                    w.write("        <target>" + xliffContent(t) + "</target>\n");
                                }
                                for (String note : tu.notes()) {
                                    w.write("        <note>" + text(note) + "</note>\n");
                                }
                                w.write("      </trans-unit>\n");
                            }
                            default -> throw new IllegalStateException();
                        }
                    }
                    if (to == Format.XLIFF) {
                        w.write("    </body>\n  </file>\n</xliff>\n");
                    }
                    w.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            units.skipped().forEach(warn);
            return new Result(n, warned[0]);
        }
    }

    /** Why a unit has no {@code src}/{@code tgt} pair: a language missing, or asked by its base language with two variants present. */
    static String missing(TranslationUnit tu, String src, String tgt) {
        StringBuilder why = new StringBuilder();
        for (String lang : new String[] {src, tgt}) {
            if (tu.variant(lang).isPresent()) {
                continue;
            }
            java.util.List<String> same = tu.variants().stream().map(Variant::lang).filter(l -> Languages.sameLanguage(l, lang)).distinct().toList();
            why.append(why.length() == 0 ? "" : "; ").append(same.size() > 1
                    ? lang + " is ambiguous here (" + String.join(", ", same) + "): ask for one of them"
                    : "no " + lang + " variant");
        }
        return why.length() == 0 ? "no " + src + " variant besides the " + tgt + " one" : why.toString();
    }

    /** Says once per file and code when a variant was taken by its base language ({@code en-us} asked, {@code en-gb} read). */
    private static void fallback(String asked, Variant got, SourceLocation at, java.util.Set<String> said, Consumer<Diagnostic> notes) {
        if (!Languages.sameCode(asked, got.lang()) && said.add(Languages.key(asked) + " " + Languages.key(got.lang()))) {
            notes.accept(new Diagnostic("TMX_LANGUAGE_FALLBACK", Severity.INFO, at, null, "no " + asked + " variant: using the "
                    + got.lang() + " variant, the only one of language " + Languages.primary(asked) + " (said once per file)"));
        }
    }

    private static String tsv(String s, SourceLocation at, Consumer<Diagnostic> warn) {
        if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        warn.accept(new Diagnostic("TMX_TSV_WHITESPACE", Severity.WARNING, at, null,
                "tab or line break in a segment written as a space (TSV has no escape for them; use --to csv)"));
        return s.replace("\r\n", " ").replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** One RFC 4180 field, quoted only when it must be (Commons CSV's minimal quoting). */
    static String csv(String s) {
        return org.tarjama.io.DelimitedRows.CSV.format(s);
    }

    private static String attr(String s) {
        StringBuilder sb = new StringBuilder();
        TmxXml.escapeAttr(TmxXml.removeIllegal(s, new int[1]), sb);
        return sb.toString();
    }

    private static String text(String s) {
        StringBuilder sb = new StringBuilder();
        TmxXml.escapeText(TmxXml.removeIllegal(s, new int[1]), sb);
        return sb.toString();
    }

    /**
     * A segment as XLIFF 1.2 content: TMX {@code bpt/ept/it} keep their names with {@code i}/{@code x}
     * as {@code id}/{@code rid}, {@code ph} and {@code ut} become {@code ph}, {@code hi} becomes
     * {@code mrk mtype="x-tmx-hi"}; native code inside stays escaped text.
     */
    static String xliffContent(Variant v) {
        if (!v.hasMarkup()) {
            return text(v.text());
        }
        StringBuilder sb = new StringBuilder();
        int auto = 0;
        try {
            XMLStreamReader x = MARKUP.createXMLStreamReader(new StringReader("<seg>" + v.markup() + "</seg>"));
            x.nextTag();
            java.util.ArrayDeque<String> names = new java.util.ArrayDeque<>();
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = x.getLocalName();
                    String i = x.getAttributeValue(null, "i");
                    String xid = x.getAttributeValue(null, "x");
                    String type = x.getAttributeValue(null, "type");
                    String out;
                    String id = xid != null ? xid : i != null ? i : "t" + (++auto);
                    switch (n) {
                        case "bpt", "ept" -> {
                            out = n;
                            sb.append('<').append(n).append(" id=\"").append(attr(i != null ? i : id)).append('"');
                        }
                        case "it" -> {
                            out = "it";
                            String pos = x.getAttributeValue(null, "pos");
                            sb.append("<it id=\"").append(attr(id)).append("\" pos=\"").append("end".equals(pos) ? "close" : "open").append('"');
                        }
                        case "ph", "ut" -> {
                            out = "ph";
                            sb.append("<ph id=\"").append(attr(id)).append('"');
                        }
                        case "hi" -> {
                            out = "mrk";
                            sb.append("<mrk mtype=\"x-tmx-hi\"");
                        }
                        default -> {
                            out = "sub";
                            sb.append("<sub");
                        }
                    }
                    if (type != null && !out.equals("mrk")) {
                        sb.append(" ctype=\"x-").append(attr(type)).append('"');
                    }
                    sb.append('>');
                    names.push(out);
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (names.isEmpty()) {
                        break;
                    }
                    sb.append("</").append(names.pop()).append('>');
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    TmxXml.escapeText(x.getText(), sb);
                }
            }
            x.close();
            return sb.toString();
        } catch (XMLStreamException e) {
            return text(v.text());
        }
    }
}
