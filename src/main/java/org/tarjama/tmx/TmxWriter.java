package org.tarjama.tmx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.tarjama.model.Property;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;

/** Streaming TMX 1.4b writer: header on creation, one {@code <tu>} per {@link #write}, footer on {@link #close}. */
public final class TmxWriter implements Closeable {
    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private final Writer out;
    private final TmxWriterOptions options;
    private long count;

    private TmxWriter(Writer out, TmxWriterOptions options) {
        this.out = out;
        this.options = options;
    }

    /** Starts a TMX document on {@code stream} (UTF-8, no BOM). The stream is not closed by {@link #close}. */
    public static TmxWriter create(OutputStream stream, TmxWriterOptions options) {
        TmxWriter w = new TmxWriter(new java.io.BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16), options);
        w.header();
        return w;
    }

    private void header() {
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(TMX_DATE);
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header creationtool=\"Tarjama\" creationtoolversion=\""
                + Version.get() + "\" segtype=\"sentence\" o-tmf=\"Tarjama\" adminlang=\"en\" srclang=\""
                + esc(options.srcLang()) + "\" datatype=\"plaintext\" creationdate=\"" + date + "\"/>\n  <body>\n");
    }

    public void write(TranslationUnit tu) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("    <tu tuid=\"").append(esc(tu.tuid().isEmpty() ? String.valueOf(count + 1) : tu.tuid())).append("\">\n");
        for (Property p : tu.props()) {
            sb.append("      <prop type=\"").append(esc(p.type())).append("\">").append(esc(p.value())).append("</prop>\n");
        }
        for (Variant v : tu.variants()) {
            sb.append("      <tuv xml:lang=\"").append(esc(v.lang())).append("\">\n        <seg>")
                    .append(esc(v.text())).append("</seg>\n      </tuv>\n");
        }
        sb.append("    </tu>\n");
        raw(sb.toString());
        count++;
    }

    public long count() {
        return count;
    }

    @Override
    public void close() {
        raw("  </body>\n</tmx>\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void raw(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
