package org.tarjama.tmx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a TMX character stream into its header (everything before the first {@code <tu>}), one
 * chunk of text per {@code <tu>…</tu>}, and the tail, tracking lines and columns.
 *
 * <p>Hand-written because no StAX parser can resume after a well-formedness error, and lenient
 * reading must skip a broken unit and go on with the next one; each chunk is then parsed by a real
 * XML parser (Woodstox) in {@link UnitParser}. Only markup boundaries are recognised here: comments,
 * CDATA sections, processing instructions, the DOCTYPE (blanked out so that no parser ever sees its
 * entity declarations) and quoted attribute values.
 */
final class TmxScanner {
    /** A piece of the document with the position of its first character. */
    record Chunk(String text, int line, int column) {
    }

    /** Thrown for text that cannot be split into units; positioned. */
    static final class ScanException extends Exception {
        final int line;
        final int column;
        final boolean fatal;

        ScanException(int line, int column, String message, boolean fatal) {
            super(message);
            this.line = line;
            this.column = column;
            this.fatal = fatal;
        }
    }

    /** The longest unit (or header) captured: docs/limits.md; a unit is held in memory whole. */
    private final int maxUnitChars = org.tarjama.model.Limits.unitChars();
    /** Where the unit being captured starts, for the message when it is too long. */
    private int captureLine = 1;
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private int line = 1;
    private int column = 1;
    private StringBuilder capture;
    private boolean inBody;
    private boolean done;
    private final String encoding;

    TmxScanner(InputStream raw) throws IOException, ScanException {
        PushbackInputStream pin = new PushbackInputStream(raw, 512);
        byte[] head = new byte[512];
        int n = 0;
        int k;
        while (n < head.length && (k = pin.read(head, n, head.length - n)) > 0) {
            n += k;
        }
        Charset cs;
        int skip = 0;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (n >= 2 && head[0] == '<' && head[1] == 0) {
            cs = StandardCharsets.UTF_16LE;
        } else if (n >= 2 && head[0] == 0 && head[1] == '<') {
            cs = StandardCharsets.UTF_16BE;
        } else {
            cs = declaredEncoding(new String(head, 0, n, StandardCharsets.ISO_8859_1));
        }
        if (n > skip) {
            pin.unread(head, skip, n - skip);
        }
        this.encoding = cs.name();
        this.in = cs.equals(StandardCharsets.UTF_8) ? new Utf8Reader(pin, skip) : new InputStreamReader(pin, cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static final Pattern DECL_ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"'>]*)[\"']");

    private static Charset declaredEncoding(String head) throws ScanException {
        Matcher m = DECL_ENCODING.matcher(head);
        if (m.find()) {
            String name = m.group(1).toUpperCase(Locale.ROOT);
            if (name.equals("UTF-16")) {
                return StandardCharsets.UTF_16BE; // no BOM: big-endian by the XML spec's default
            }
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                // read as UTF-8 it would be garbled or refused at some later byte: say what is wrong
                throw new ScanException(1, m.start(1) + 1, "the XML declaration names the encoding '" + m.group(1)
                        + "', which is unknown; convert the file to UTF-8 (e.g. iconv -f ENCODING -t UTF-8) "
                        + "or correct the declaration", false);
            }
        }
        return StandardCharsets.UTF_8;
    }

    String encoding() {
        return encoding;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    // ---- character access ----

    private boolean fill(int need) throws ScanException {
        if (len - pos >= need) {
            return true;
        }
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            len -= pos;
            pos = 0;
        }
        try {
            while (len - pos < need && !eof) {
                int k = in.read(buf, len, buf.length - len);
                if (k < 0) {
                    eof = true;
                } else {
                    len += k;
                }
            }
        } catch (CharacterCodingException e) {
            // the reader returned every char before the bad bytes: they sit after the current one
            int l = line;
            int col = column;
            for (int i = pos; i < len; i++) {
                char c = buf[i];
                if (c == '\n' || (c == '\r' && (i + 1 >= len || buf[i + 1] != '\n'))) {
                    l++;
                    col = 1;
                } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                    col++;
                }
            }
            throw new ScanException(l, col, "bytes that are not valid " + encoding + " (" + e.getMessage() + ")", true);
        } catch (IOException e) {
            throw new ScanException(line, column, "cannot read: " + e.getMessage(), true);
        }
        return len - pos >= need;
    }

    private int peek(int k) throws ScanException {
        return fill(k + 1) ? buf[pos + k] : -1;
    }

    private boolean lookingAt(String s) throws ScanException {
        if (!fill(s.length())) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int next() throws ScanException {
        if (!fill(1)) {
            return -1;
        }
        char c = buf[pos++];
        if (c == '\n') {
            line++;
            column = 1;
        } else if (c == '\r') {
            if (fill(1) && buf[pos] == '\n') {
                column++; // counted with the following \n
            } else {
                line++;
                column = 1;
            }
        } else if (!Character.isLowSurrogate(c)) {
            column++;
        }
        if (capture != null) {
            if (capture.length() >= maxUnitChars) {
                throw tooLong();
            }
            capture.append(c);
        }
        return c;
    }

    /** Consumes character data up to the next {@code <} in bulk (the hot path of reading). */
    private void skipText() throws ScanException {
        if (!fill(1)) {
            return;
        }
        int i = pos;
        int end = len;
        int l = line;
        int c = column;
        while (i < end) {
            char ch = buf[i];
            if (ch == '<' || ch == '\r') {
                break;
            }
            if (ch == '\n') {
                l++;
                c = 1;
            } else if (!Character.isLowSurrogate(ch)) {
                c++;
            }
            i++;
        }
        if (i == pos) {
            next(); // a \r: next() handles \r\n
            return;
        }
        if (capture != null) {
            if (capture.length() + (i - pos) > maxUnitChars) {
                throw tooLong();
            }
            capture.append(buf, pos, i - pos);
        }
        pos = i;
        line = l;
        column = c;
    }

    private ScanException tooLong() {
        return new ScanException(captureLine, 1, (inBody ? "the <tu> starting at line " + captureLine : "the TMX header")
                + " is longer than " + org.tarjama.model.Limits.count(maxUnitChars) + " characters (a segment that large, or a missing </tu>; "
                + org.tarjama.model.Limits.raise("unitChars") + ")", true);
    }

    private void skip(int n) throws ScanException {
        for (int i = 0; i < n; i++) {
            next();
        }
    }

    private boolean isTagStart(String name) throws ScanException {
        if (!lookingAt(name)) {
            return false;
        }
        int c = peek(name.length());
        return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == -1;
    }

    /** Consumes a comment, CDATA section, PI or DOCTYPE at the cursor if there is one. */
    private boolean skipSpecial(boolean blank) throws ScanException {
        if (lookingAt("<!--")) {
            skipUntil("-->", "comment");
            return true;
        }
        if (lookingAt("<![CDATA[")) {
            skipUntil("]]>", "CDATA section");
            return true;
        }
        if (lookingAt("<?")) {
            skipUntil("?>", "processing instruction");
            return true;
        }
        if (lookingAt("<!DOCTYPE")) {
            skipDoctype(blank);
            return true;
        }
        return false;
    }

    private void skipUntil(String end, String what) throws ScanException {
        int l = line;
        int c = column;
        while (!lookingAt(end)) {
            if (next() < 0) {
                throw new ScanException(l, c, what + " is not closed before the end of the file", true);
            }
        }
        skip(end.length());
    }

    /** The DOCTYPE is replaced by blanks (keeping line breaks) so that no entity it declares is ever seen. */
    private void skipDoctype(boolean blank) throws ScanException {
        int l = line;
        int c = column;
        int start = capture == null ? -1 : capture.length();
        int depth = 0;
        int quote = 0;
        while (true) {
            int ch = next();
            if (ch < 0) {
                throw new ScanException(l, c, "<!DOCTYPE is not closed before the end of the file", true);
            }
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '[') {
                depth++;
            } else if (ch == ']') {
                depth--;
            } else if (ch == '>' && depth <= 0) {
                break;
            }
        }
        if (blank && start >= 0) {
            for (int i = start; i < capture.length(); i++) {
                char x = capture.charAt(i);
                if (x != '\n' && x != '\r') {
                    capture.setCharAt(i, ' ');
                }
            }
        }
        doctype = true;
    }

    boolean doctype;

    /** Skips a start or end tag at the cursor, respecting quoted attribute values; true for {@code />}. */
    private boolean skipTag() throws ScanException {
        int l = line;
        int c = column;
        int quote = 0;
        int prev = 0;
        while (true) {
            if (!fill(1)) {
                throw new ScanException(l, c, "tag is not closed before the end of the file", true);
            }
            // bulk scan of the buffer (the hot path); a \r is left to next(), which pairs it with \n
            int i = pos;
            int end = len;
            int ln = line;
            int col = column;
            boolean found = false;
            while (i < end) {
                char ch = buf[i];
                if (ch == '\r') {
                    break;
                }
                i++;
                if (ch == '\n') {
                    ln++;
                    col = 1;
                } else if (!Character.isLowSurrogate(ch)) {
                    col++;
                }
                if (quote != 0) {
                    if (ch == quote) {
                        quote = 0;
                    }
                } else if (ch == '"' || ch == '\'') {
                    quote = ch;
                } else if (ch == '>') {
                    found = true;
                    break;
                }
                prev = ch;
            }
            if (capture != null) {
                if (capture.length() + (i - pos) > maxUnitChars) {
                    throw tooLong();
                }
                capture.append(buf, pos, i - pos);
            }
            pos = i;
            line = ln;
            column = col;
            if (found) {
                return prev == '/';
            }
            if (i < end) {
                prev = next(); // the \r
            }
        }
    }

    /** Everything before the first {@code <tu>} or {@code </body>}: prolog, {@code <tmx>}, {@code <header>}, {@code <body>}. */
    Chunk header() throws ScanException {
        capture = new StringBuilder(1024);
        while (true) {
            if (skipSpecial(true)) {
                continue;
            }
            if (isTagStart("<tu") || lookingAt("</body")) {
                break;
            }
            if (peek(0) == '<' && isTagStart("<body")) {
                inBody = true;
                if (skipTag()) {
                    done = true; // <body/>: no units
                    break;
                }
                continue;
            }
            if (peek(0) == '<') {
                skipTag();
                continue;
            }
            if (next() < 0) {
                break;
            }
        }
        Chunk h = new Chunk(capture.toString(), 1, 1);
        capture = null;
        return h;
    }

    boolean inBody() {
        return inBody;
    }

    /**
     * The next unit's text, or null at {@code </body>}. A unit not closed before the next {@code <tu>}
     * or {@code </body>} is reported; the cursor then stays at that next tag so reading can go on.
     */
    Chunk nextUnit() throws ScanException {
        if (done) {
            return null;
        }
        while (true) {
            int ch = peek(0);
            if (ch < 0) {
                done = true;
                throw new ScanException(line, column, "the file ends inside <body> (truncated? </body></tmx> missing)", false);
            }
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
                next();
                continue;
            }
            if (lookingAt("<!--") || lookingAt("<?")) {
                skipSpecial(false);
                continue;
            }
            if (lookingAt("</body")) {
                done = true;
                tail();
                return null;
            }
            if (isTagStart("<tu")) {
                return unit();
            }
            int l = line;
            int c = column;
            String what = ch == '<' ? describeTag() : "text";
            // skip to the next <tu> or </body> so that a lenient reader can go on
            while (peek(0) >= 0 && !isTagStart("<tu") && !lookingAt("</body")) {
                if (!skipSpecial(false)) {
                    next();
                }
            }
            throw new ScanException(l, c, "unexpected " + what + " in <body>; expected <tu>", false);
        }
    }

    private String describeTag() throws ScanException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            int c = peek(i);
            if (c < 0 || c == '>' || c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                break;
            }
            sb.append((char) c);
        }
        return sb.append('>').toString();
    }

    private Chunk unit() throws ScanException {
        int l = line;
        int c = column;
        captureLine = l;
        capture = new StringBuilder(1024);
        try {
            if (skipTag()) {
                return new Chunk(capture.toString(), l, c); // <tu .../>
            }
            while (true) {
                int ch = peek(0);
                if (ch < 0) {
                    done = true;
                    throw new ScanException(line, column, "the file ends inside <tu> opened at line " + l, false);
                }
                if (ch == '<') {
                    if (lookingAt("</tu") && (peek(4) == '>' || Character.isWhitespace(peek(4)))) {
                        skipTag();
                        return new Chunk(capture.toString(), l, c);
                    }
                    if (skipSpecial(false)) {
                        continue;
                    }
                    if (isTagStart("<tu") || lookingAt("</body")) {
                        throw new ScanException(line, column, (lookingAt("</body") ? "</body>" : "<tu>")
                                + " before the </tu> of the <tu> opened at line " + l, false);
                    }
                    skipTag();
                } else {
                    skipText();
                }
            }
        } finally {
            capture = null;
        }
    }

    private void tail() throws ScanException {
        skipTag();
        boolean tmxClosed = false;
        while (true) {
            int ch = peek(0);
            if (ch < 0) {
                break;
            }
            if (Character.isWhitespace(ch)) {
                next();
            } else if (skipSpecial(false)) {
                continue;
            } else if (!tmxClosed && lookingAt("</tmx")) {
                skipTag();
                tmxClosed = true;
            } else {
                throw new ScanException(line, column, "unexpected " + (ch == '<' ? describeTag() : "text")
                        + " after </body>" + (tmxClosed ? "</tmx>" : ""), false);
            }
        }
        if (!tmxClosed) {
            throw new ScanException(line, column, "the file ends without </tmx>", false);
        }
    }
}
