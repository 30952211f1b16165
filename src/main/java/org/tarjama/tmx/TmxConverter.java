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
import java.util.List;
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
    public record Result(long units, long warnings, long variantsNotWritten) {
        public Result(long units, long warnings) {
            this(units, warnings, 0);
        }
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
        long[] dropped = new long[1];
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
                org.tarjama.io.XliffWriter xliff = null;
                try {
                    switch (to) {
                        case TSV -> w.write(src + "\t" + tgt + "\n");
                        case CSV -> w.write(csv(src) + "," + csv(tgt) + "\r\n");
                        case XLIFF -> {
                            w.flush();
                            xliff = org.tarjama.io.XliffWriter.create(out);
                            xliff.startFile(new org.tarjama.io.XliffWriter.FileHeader(in.getFileName().toString(), src, tgt,
                                    "plaintext", null, null));
                        }
                        default -> throw new IllegalStateException();
                    }
                    java.util.Set<String> fallbacks = new java.util.HashSet<>();
                    // variants beyond the written pair (a third language, a second English variant): counted, said at the end
                    java.util.Map<String, long[]> left = new java.util.TreeMap<>();
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
                        for (Variant v : tu.variants()) {
                            if (v != s && v != t) {
                                left.computeIfAbsent(v.lang(), k -> new long[1])[0]++;
                            }
                        }
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
                            case XLIFF -> xliff.unit(new org.tarjama.io.XliffWriter.TransUnit(
                                    tu.tuid().isEmpty() ? String.valueOf(n) : tu.tuid(), null, null, xliffContent(s), null,
                                    t == null ? null : xliffContent(t), null, null, List.of(), tu.notes()));
                            default -> throw new IllegalStateException();
                        }
                    }
                    if (xliff != null) {
                        xliff.close();
                    }
                    w.flush();
                    String name = to.name().toLowerCase(Locale.ROOT);
                    for (java.util.Map.Entry<String, long[]> e : left.entrySet()) {
                        long k = e.getValue()[0];
                        boolean sameAsSide = Languages.sameLanguage(e.getKey(), src) || Languages.sameLanguage(e.getKey(), tgt);
                        warn.accept(new Diagnostic("TMX_VARIANT_NOT_WRITTEN", Severity.WARNING, SourceLocation.ofFile(in.toString()), null,
                                String.format(Locale.ROOT, "%,d %s variant%s not written: %s holds one %s and one %s column%s; "
                                        + "convert again with %s to keep %s", k, e.getKey(), k == 1 ? "" : "s", name, src, tgt,
                                        sameAsSide ? " (these units have a second " + Languages.primary(e.getKey()) + " variant)" : "",
                                        sameAsSide ? "--src/--tgt " + e.getKey() : "--tgt " + e.getKey() + " (or --to tmx)",
                                        k == 1 ? "it" : "them")));
                        dropped[0] += k;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            units.skipped().forEach(warn);
            return new Result(n, warned[0], dropped[0]);
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

    /**
     * A segment as XLIFF 1.2 content: TMX {@code bpt/ept/it} keep their names with {@code i}/{@code x}
     * as {@code id}/{@code rid}, {@code ph} and {@code ut} become {@code ph}, {@code hi} becomes
     * {@code mrk mtype="x-tmx-hi"}; native code inside stays text (escaped when written).
     */
    static org.tarjama.io.XliffContent xliffContent(Variant v) {
        if (!v.hasMarkup()) {
            return org.tarjama.io.XliffContent.of(v.text());
        }
        int[] auto = {0};
        try {
            XMLStreamReader x = MARKUP.createXMLStreamReader(new StringReader("<seg>" + v.markup() + "</seg>"));
            x.nextTag();
            List<org.tarjama.io.XliffContent.Node> nodes = xliffNodes(x, auto);
            x.close();
            return new org.tarjama.io.XliffContent(nodes);
        } catch (XMLStreamException e) {
            return org.tarjama.io.XliffContent.of(v.text());
        }
    }

    private static List<org.tarjama.io.XliffContent.Node> xliffNodes(XMLStreamReader x, int[] auto) throws XMLStreamException {
        List<org.tarjama.io.XliffContent.Node> out = new java.util.ArrayList<>();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = x.getLocalName();
                String i = x.getAttributeValue(null, "i");
                String xid = x.getAttributeValue(null, "x");
                String type = x.getAttributeValue(null, "type");
                String id = xid != null ? xid : i != null ? i : "t" + (++auto[0]);
                List<String[]> attrs = new java.util.ArrayList<>();
                String name;
                switch (n) {
                    case "bpt", "ept" -> {
                        name = n;
                        attrs.add(new String[] {"id", i != null ? i : id});
                    }
                    case "it" -> {
                        name = "it";
                        attrs.add(new String[] {"id", id});
                        attrs.add(new String[] {"pos", "end".equals(x.getAttributeValue(null, "pos")) ? "close" : "open"});
                    }
                    case "ph", "ut" -> {
                        name = "ph";
                        attrs.add(new String[] {"id", id});
                    }
                    case "hi" -> {
                        name = "mrk";
                        attrs.add(new String[] {"mtype", "x-tmx-hi"});
                    }
                    default -> name = "sub";
                }
                if (type != null && !name.equals("mrk")) {
                    attrs.add(new String[] {"ctype", "x-" + type});
                }
                out.add(new org.tarjama.io.XliffContent.Element(name, attrs, xliffNodes(x, auto)));
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return out;
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                out.add(new org.tarjama.io.XliffContent.Text(x.getText()));
            }
        }
        return out;
    }
}
