package org.tarjama.align;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.tarjama.io.Documents;
import org.tarjama.io.TextFiles;
import org.tarjama.segment.Segmenters;
import org.tarjama.segment.Sentence;
import org.tarjama.segment.SentenceSegmenter;

/**
 * An English document and its Arabic translation as sentences grouped in paragraphs, with where
 * each sentence comes from (paragraph number and character offsets in that paragraph).
 *
 * @param paragraphs true when the paragraph structure is real (plain text, one paragraph per line),
 *                   false for pre-segmented input (every line its own unit)
 */
public record ParallelText(String enName, String arName, List<Unit> en, List<Unit> ar, boolean paragraphs) {
    public ParallelText {
        en = List.copyOf(en);
        ar = List.copyOf(ar);
    }

    /** One sentence: its text, 0-based paragraph (line) number and offsets [start, end) in that line. */
    public record Unit(String text, int paragraph, int start, int end) {
    }

    /**
     * Reads two files; with {@code segmented} each non-blank line (or document paragraph) is one sentence,
     * otherwise each non-blank line (or document paragraph) is a paragraph to segment.
     */
    public static ParallelText read(Path en, Path ar, boolean segmented, Charset cs) {
        return read(en, ar, segmented, cs, cs);
    }

    /** As {@link #read(Path, Path, boolean, Charset)}, with an encoding for each side (null: detected). */
    public static ParallelText read(Path en, Path ar, boolean segmented, Charset enCs, Charset arCs) {
        // The two sides are read (and segmented) at once, the Arabic on another thread: a tenth of a cold
        // 8,000-sentence align was reading. An error of the English side is still the one reported first.
        CompletableFuture<List<Unit>> arSide = CompletableFuture.supplyAsync(() -> units(paragraphs(ar, arCs, "ar"), "ar", segmented));
        List<Unit> enUnits;
        try {
            enUnits = units(paragraphs(en, enCs, "en"), "en", segmented);
        } catch (RuntimeException | Error e) {
            arSide.cancel(false);
            throw e;
        }
        List<Unit> arUnits;
        try {
            arUnits = arSide.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
        return new ParallelText(TextFiles.displayName(en), TextFiles.displayName(ar), enUnits, arUnits, !segmented);
    }

    /** One side's sentences: each non-blank line when {@code segmented}, else the lines segmented. */
    private static List<Unit> units(List<String> lines, String lang, boolean segmented) {
        return segmented ? asIs(lines) : segment(lines, Segmenters.forLanguage(lang));
    }

    /** Lines of a plain-text file; paragraphs of a .docx/.odt/.html/.xliff document (via {@link Documents}). */
    private static List<String> paragraphs(Path file, Charset cs, String lang) {
        Documents.refuseUnsupported(file);
        if (Documents.kind(file) == Documents.Kind.TEXT) {
            return lines(TextFiles.readString(file, cs));
        }
        return Documents.paragraphs(file, cs, lang);
    }

    /** From paragraphs (lines) of both sides. */
    public static ParallelText of(String enName, String arName, List<String> enLines, List<String> arLines, boolean segmented) {
        return new ParallelText(enName, arName, units(enLines, "en", segmented), units(arLines, "ar", segmented), !segmented);
    }

    public List<String> enTexts() {
        return en.stream().map(Unit::text).toList();
    }

    public List<String> arTexts() {
        return ar.stream().map(Unit::text).toList();
    }

    /** Sentences grouped by paragraph (empty paragraphs dropped). */
    List<List<String>> enParagraphs() {
        return group(en);
    }

    List<List<String>> arParagraphs() {
        return group(ar);
    }

    private static List<List<String>> group(List<Unit> units) {
        List<List<String>> out = new ArrayList<>();
        int last = Integer.MIN_VALUE;
        for (Unit u : units) {
            if (u.paragraph() != last) {
                out.add(new ArrayList<>());
                last = u.paragraph();
            }
            out.get(out.size() - 1).add(u.text());
        }
        return out;
    }

    /** One sentence a line; a blank line is no sentence (it would become an empty TMX segment), as when segmenting. */
    private static List<Unit> asIs(List<String> lines) {
        List<Unit> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (!blank(lines.get(k))) {
                out.add(new Unit(lines.get(k), k, 0, lines.get(k).length()));
            }
        }
        return out;
    }

    /** Only whitespace, no-break spaces included (String.isBlank does not count U+00A0, U+2007, U+202F). */
    private static boolean blank(String line) {
        return line.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static List<Unit> segment(List<String> lines, SentenceSegmenter seg) {
        List<Unit> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            for (Sentence s : seg.segment(lines.get(k))) {
                out.add(new Unit(s.text(), k, s.start(), s.end()));
            }
        }
        return out;
    }

    /**
     * Lines of a text: terminators (LF, CRLF, CR) removed, no final empty line after the last
     * terminator; blank lines kept so that line numbers stay indices.
     */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
