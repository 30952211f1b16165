package org.tarjama.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.tarjama.model.BadInputException;
import org.tarjama.model.Limits;
import org.tarjama.model.SourceLocation;

/**
 * Opens text input the way translators' files come: UTF-8 with or without BOM, UTF-16 with BOM, or
 * legacy Windows-1256 Arabic, detected (BOM first, then strict UTF-8, then ICU's charset detector on
 * the first 64 KiB) or forced. Binary data (a NUL byte in the sniffed prefix for 8-bit encodings)
 * and undecodable bytes are {@link BadInputException}s naming the file and byte offset.
 */
public final class TextFiles {
    private static final int SNIFF = 64 * 1024;

    private TextFiles() {
    }

    /** Display name used in messages: the path as given, or {@code <stdin>}. */
    public static String displayName(Path path) {
        return path == null ? "<stdin>" : path.toString();
    }

    /** Reads a whole file as text (decoded and checked as {@link #open}). */
    public static String readString(Path path, Charset forced) {
        try (Reader r = open(path, forced)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int k;
            while ((k = r.read(buf)) >= 0) {
                sb.append(buf, 0, k);
            }
            return sb.toString();
        } catch (IOException e) {
            throw ioError(displayName(path), e);
        }
    }

    /**
     * Opens a file (or stdin when {@code path} is null or "-") for reading text.
     *
     * @param forced the encoding to use, or null to detect
     */
    public static BufferedReader open(Path path, Charset forced) {
        return open(path, forced, true);
    }

    /**
     * As {@link #open(Path, Charset)} for a format that is not line-oriented (JSON, HTML: a minified
     * file is one long line), so without the longest-line limit.
     */
    public static BufferedReader openWhole(Path path, Charset forced) {
        return open(path, forced, false);
    }

    private static BufferedReader open(Path path, Charset forced, boolean lines) {
        String name = displayName(path);
        InputStream in;
        try {
            if (path == null || path.toString().equals("-")) {
                in = System.in;
                name = "<stdin>";
            } else {
                if (Files.isDirectory(path)) {
                    throw new BadInputException(SourceLocation.ofFile(name), "is a directory, not a text file");
                }
                in = Files.newInputStream(path);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(SourceLocation.ofFile(name), "no such file");
        } catch (IOException e) {
            throw ioError(name, e);
        }
        return open(in, name, forced, lines);
    }

    /** Opens a stream for reading text; {@code name} is used in error messages. */
    public static BufferedReader open(InputStream raw, String name, Charset forced) {
        return open(raw, name, forced, true);
    }

    /**
     * Opens a stream for reading text; {@code name} is used in error messages. {@code lines}: the text
     * is line-oriented, and a line longer than {@link Limits#lineChars()} is refused where it is read,
     * before it is held in memory whole.
     */
    public static BufferedReader open(InputStream raw, String name, Charset forced, boolean lines) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, SNIFF + 16);
            in.mark(SNIFF + 8);
            byte[] head = in.readNBytes(SNIFF);
            in.reset();
            Charset cs;
            int skip = 0;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                cs = StandardCharsets.UTF_8;
                skip = 3;
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                cs = StandardCharsets.UTF_16LE;
                skip = 2;
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                cs = StandardCharsets.UTF_16BE;
                skip = 2;
            } else {
                cs = null;
            }
            if (cs == null && forced == null) {
                cs = utf16WithoutBom(head);
            }
            if (forced != null) {
                if (cs == null || !sameFamily(cs, forced)) {
                    skip = 0;
                }
                cs = forced;
            }
            boolean sixteen = cs != null && cs.name().startsWith("UTF-16");
            if (!sixteen) {
                int nul = indexOf(head, (byte) 0);
                if (nul >= 0) {
                    throw new BadInputException(SourceLocation.ofFile(name),
                            "binary data (NUL byte at byte offset " + nul + "), not a text file"
                                    + (forced == null ? "" : " in " + forced.name() + " (if it is UTF-16 text, try --encoding UTF-16LE or UTF-16BE)")
                                    + "; text inputs are .txt (UTF-8, UTF-16, windows-1256 or ISO-8859-6), documents "
                                    + Documents.SUPPORTED);
                }
            }
            if (cs == null) {
                cs = detect(head);
            }
            in.skipNBytes(skip);
            CharsetDecoder decoder = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new BufferedReader(new CheckedReader(in, decoder, name, skip, lines ? Limits.lineChars() : Integer.MAX_VALUE), 1 << 16);
        } catch (IOException e) {
            throw ioError(name, e);
        }
    }

    private static boolean sameFamily(Charset a, Charset b) {
        return a.name().replace("LE", "").replace("BE", "").equals(b.name().replace("LE", "").replace("BE", ""));
    }

    /** Strict UTF-8 if the sample decodes, otherwise ICU's best guess among the encodings we support. */
    static Charset detect(byte[] head) {
        if (head.length == 0 || isUtf8(head)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(head);
        for (CharsetMatch m : detector.detectAll()) {
            String n = m.getName();
            if (n.equals("windows-1256") || n.equals("ISO-8859-6")) {
                return arabicEightBit(head);
            }
        }
        CharsetMatch best = detector.detect();
        if (best != null && Charset.isSupported(best.getName()) && best.getConfidence() >= 50) {
            return Charset.forName(best.getName());
        }
        // High bytes that are not UTF-8 in an Arabic toolkit are most likely a legacy Arabic code page.
        return arabicEightBit(head);
    }

    /**
     * windows-1256 or ISO-8859-6, told apart by their byte ranges (ICU's detector reports both for the
     * same bytes). ISO-8859-6 leaves 0x80–0x9F (C1 controls, never in text) and most bytes above 0xF2
     * and in 0xDB–0xDF undefined, where windows-1256 has letters; so a byte ISO-8859-6 cannot decode
     * means windows-1256. Otherwise both decode, and the right one is the one that gives Arabic letters
     * where the other gives Latin accented letters: ل is 0xE4 in ISO-8859-6 but 0xE1 in windows-1256,
     * whose 0xE0–0xEF are mostly à â ç è é ê ë î ï. Written by hand: ICU ranks the two by n-gram
     * statistics and prefers windows-1256 for ISO-8859-6 text, which then reads as garbage with exit 0.
     */
    static Charset arabicEightBit(byte[] head) {
        Charset win = Charset.forName("windows-1256");
        Charset iso;
        try {
            iso = Charset.forName("ISO-8859-6");
        } catch (IllegalArgumentException e) {
            return win;
        }
        String asIso = strict(head, iso);
        if (asIso == null) {
            return win;
        }
        for (int i = 0; i < asIso.length(); i++) {
            char c = asIso.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                return win; // a C1 control: windows-1256 has a letter or punctuation there
            }
        }
        String asWin = strict(head, win);
        return asWin == null || arabicLetters(asIso) > arabicLetters(asWin) ? iso : win;
    }

    /** {@code head} decoded strictly, or null; a multi-byte sequence cut at the end is no error (8-bit: never). */
    private static String strict(byte[] head, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int arabicLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0621' && c <= '\u064A') {
                n++;
            }
        }
        return n;
    }

    /**
     * UTF-16 without a byte-order mark, little- or big-endian, from the pattern of its high bytes: in
     * English and Arabic text nearly every high byte is 0x00 (ASCII), 0x06 (Arabic), 0x20 (punctuation)
     * or 0xFB–0xFE (presentation forms), and the low bytes are almost never NUL. Null when the sample
     * does not look like UTF-16 (it is then checked for binary data and detected as 8-bit or UTF-8).
     */
    static Charset utf16WithoutBom(byte[] head) {
        int pairs = head.length / 2;
        if (pairs < 2) {
            return null;
        }
        int[] high = new int[2];
        int[] core = new int[2];
        int[] lowNul = new int[2];
        for (int i = 0; i + 1 < head.length; i += 2) {
            for (int order = 0; order < 2; order++) {
                int hi = head[i + (order == 0 ? 1 : 0)] & 0xFF;
                int lo = head[i + (order == 0 ? 0 : 1)] & 0xFF;
                if (hi == 0x00 || hi == 0x06 || hi == 0x20 || (hi >= 0xFB && hi <= 0xFE)) {
                    high[order]++;
                }
                if (hi == 0x00 || hi == 0x06) {
                    core[order]++;
                }
                if (lo == 0 && hi != 0x06 && hi != 0x20) {
                    lowNul[order]++;
                }
            }
        }
        for (int order = 0; order < 2; order++) {
            if (high[order] >= pairs * 0.95 && core[order] >= pairs / 2 && lowNul[order] <= pairs / 100) {
                Charset cs = order == 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                return strict(java.util.Arrays.copyOf(head, pairs * 2), cs) != null ? cs : null;
            }
        }
        return null;
    }

    private static boolean isUtf8(byte[] head) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bb = ByteBuffer.wrap(head);
        CharBuffer cb = CharBuffer.allocate(head.length + 1);
        CoderResult r = d.decode(bb, cb, false);
        // A multi-byte sequence cut at the end of the sample is not an error.
        return !r.isError();
    }

    private static int indexOf(byte[] a, byte b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static BadInputException ioError(String name, IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new BadInputException(SourceLocation.ofFile(name), "cannot read file: permission denied", e);
        }
        if (e instanceof CharacterCodingException) {
            return new BadInputException(SourceLocation.ofFile(name), e.getMessage(), e);
        }
        return new BadInputException(SourceLocation.ofFile(name), "cannot read: " + e.getMessage(), e);
    }

    /**
     * A reader that decodes strictly and reports the byte offset (and line) of the first
     * undecodable byte, and refuses NUL characters anywhere in the stream.
     */
    private static final class CheckedReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final String name;
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        private long consumed;
        private long line = 1;
        private boolean eof;
        private boolean flushed;
        private final int maxLine;
        private int lineLength;

        CheckedReader(InputStream in, CharsetDecoder decoder, String name, long skipped, int maxLine) {
            this.maxLine = maxLine;
            this.in = in;
            this.decoder = decoder;
            this.name = name;
            this.consumed = skipped;
            bytes.flip();
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (flushed) {
                // The decoder is finished; a reader may ask again after the end (BufferedReader does
                // when the last line has no terminator).
                return -1;
            }
            CharBuffer out = CharBuffer.wrap(cbuf, off, len);
            while (out.position() == off) {
                if (!eof && bytes.remaining() < 16) {
                    bytes.compact();
                    int k = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (k < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + k);
                    }
                    bytes.flip();
                }
                int before = bytes.position();
                CoderResult r = decoder.decode(bytes, out, eof);
                consumed += bytes.position() - before;
                if (r.isError()) {
                    countLines(cbuf, off, out.position());
                    throw new BadInputException(new SourceLocation(name, (int) line, 0, 0, ""),
                            "bytes not valid in " + decoder.charset().name() + " at byte offset " + consumed
                                    + " (try --encoding)");
                }
                if (eof && !bytes.hasRemaining()) {
                    CoderResult f = decoder.flush(out);
                    if (f.isError()) {
                        throw new BadInputException(SourceLocation.ofFile(name), "truncated character at end of file");
                    }
                    flushed = true;
                    if (out.position() == off) {
                        return -1;
                    }
                }
            }
            int end = out.position();
            for (int i = off; i < end; i++) {
                if (cbuf[i] == 0) {
                    throw new BadInputException(new SourceLocation(name, (int) line, 0, 0, ""),
                            "binary data (NUL character), not a text file");
                }
                char c = cbuf[i];
                if (c == '\n') {
                    line++;
                    lineLength = 0;
                } else if (c == '\r') {
                    lineLength = 0;
                } else if (++lineLength > maxLine) {
                    throw new BadInputException(new SourceLocation(name, (int) Math.min(line, Integer.MAX_VALUE), 0, 0, ""),
                            "line " + line + " is longer than " + Limits.count(maxLine) + " characters; a text input has one paragraph "
                                    + "(or one row) per line: is this really text? (" + Limits.raise("lineChars") + ")");
                }
            }
            return end - off;
        }

        private void countLines(char[] cbuf, int from, int to) {
            for (int i = from; i < to; i++) {
                if (cbuf[i] == '\n') {
                    line++;
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (in != System.in) {
                in.close();
            }
        }
    }

    /** Resolves an {@code --encoding} option value, or null for auto-detection. */
    public static Charset charset(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown encoding '" + name + "'; try UTF-8, UTF-16 or windows-1256");
        }
    }

    static byte[] copy(byte[] a, int n) {
        return Arrays.copyOf(a, n);
    }
}
