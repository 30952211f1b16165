package org.tarjama.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph's content as a translator sees it: text with inline tags (bold, italic, a link, a line
 * break, an image), each tag with the id it has in its document. Tags are what XLIFF 1.2 writes as
 * {@code <g>}, {@code <x/>}, {@code <bx/>} and {@code <ex/>}; the document's own markup behind each
 * tag stays in the document (the merge puts it back by id).
 *
 * @param parts text and tags in order
 */
public record InlineText(List<Part> parts) {
    public InlineText {
        parts = List.copyOf(parts);
    }

    /** One piece of content. */
    public sealed interface Part permits Text, Tag {
    }

    /** Plain text (may hold {@code '\n'} when the format keeps line breaks as characters). */
    public record Text(String text) implements Part {
    }

    /** Kinds of tag: the start and end of a span (bold, a link) and a standalone tag (image, line break). */
    public enum TagKind {
        OPEN, CLOSE, STANDALONE
    }

    /**
     * An inline tag.
     *
     * @param kind      start, end or standalone
     * @param id        its id in the paragraph (an opening and its closing tag share it)
     * @param type      what it is, as far as known: {@code bold}, {@code italic}, {@code underlined},
     *                  {@code link}, {@code lb} (a line break) or empty
     */
    public record Tag(TagKind kind, int id, String type) implements Part {
        /** Whether the tag is a line break (a sentence boundary). */
        public boolean lineBreak() {
            return "lb".equals(type);
        }
    }

    /** An empty paragraph. */
    public static InlineText empty() {
        return new InlineText(List.of());
    }

    /** Plain text content. */
    public static InlineText of(String text) {
        return new InlineText(text.isEmpty() ? List.of() : List.of(new Text(text)));
    }

    /**
     * The text without tags; a line-break tag is a {@code '\n'}, so the segmenter ends a sentence there.
     */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Text t) {
                sb.append(t.text());
            } else if (p instanceof Tag g && g.lineBreak()) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Whether any tag other than a line break is in the content. */
    public boolean hasTags() {
        return parts.stream().anyMatch(p -> p instanceof Tag);
    }

    /**
     * A run of content owned by one span of the plain text, or by none.
     *
     * @param span    index into the spans given to {@link #split}, or -1 for content between spans
     * @param content the parts
     */
    public record Piece(int span, InlineText content) {
    }

    /**
     * This content cut along {@code spans} (sorted, disjoint, non-empty {start, end} offsets into
     * {@link #plain()}), in document order. A tag between two characters of a span is the span's; a
     * tag at a span's start is the span's unless it closes something, and a tag at a span's end is the
     * span's only if it closes something: a bold run that ends a sentence is closed inside it, one that
     * opens the next sentence opens there. A line break counts as its {@code '\n'} character.
     */
    public List<Piece> split(List<int[]> spans) {
        List<Piece> out = new ArrayList<>();
        List<Part> run = new ArrayList<>();
        int owner = Integer.MIN_VALUE;
        int pos = 0;
        for (Part p : parts) {
            if (p instanceof Text t) {
                String text = t.text();
                int from = 0;
                while (from < text.length()) {
                    int at = pos + from;
                    int o = spanAt(spans, at);
                    int limit = o >= 0 ? spans.get(o)[1] : nextStart(spans, at);
                    int to = Math.min(text.length(), limit - pos);
                    if (o != owner) {
                        flush(out, owner, run);
                        owner = o;
                    }
                    run.add(new Text(text.substring(from, to)));
                    from = to;
                }
                pos += text.length();
            } else {
                Tag g = (Tag) p;
                int o = g.lineBreak() ? spanAt(spans, pos) : tagOwner(spans, pos, g.kind());
                if (o != owner) {
                    flush(out, owner, run);
                    owner = o;
                }
                run.add(g);
                if (g.lineBreak()) {
                    pos++;
                }
            }
        }
        flush(out, owner, run);
        return out;
    }

    /** The content from plain-text offset {@code start} to {@code end}, tags placed as {@link #split} places them. */
    public InlineText slice(int start, int end) {
        List<Part> out = new ArrayList<>();
        for (Piece p : split(List.of(new int[] {start, end}))) {
            if (p.span() == 0) {
                out.addAll(p.content().parts());
            }
        }
        return new InlineText(out);
    }

    private static void flush(List<Piece> out, int owner, List<Part> run) {
        if (!run.isEmpty()) {
            out.add(new Piece(owner, new InlineText(run)));
            run.clear();
        }
    }

    private static int spanAt(List<int[]> spans, int at) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i)[0] <= at && at < spans.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }

    private static int nextStart(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (s[0] > at) {
                return s[0];
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int tagOwner(List<int[]> spans, int pos, TagKind kind) {
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            if (s[0] < pos && pos < s[1]
                    || pos == s[1] && kind == TagKind.CLOSE
                    || pos == s[0] && kind != TagKind.CLOSE) {
                return i;
            }
        }
        return -1;
    }
}
