package org.tarjama.io;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * Rebuilds a translated document from an XLIFF written by {@code tarjama pretranslate} (and translated
 * in any CAT tool that keeps ids and the header): the skeleton embedded in the XLIFF is read again with
 * the same filter, each trans-unit's target goes in place of the stretch of its paragraph that its id
 * names ({@code PARAGRAPH:START-END}, offsets into the paragraph's text), the text between units and
 * every tag the translation keeps are restored from the original, and the document is written in the
 * target language's direction ({@link DocumentMerger}). A unit without a target stays in the source
 * language and is counted.
 */
public final class XliffMerge {
    private XliffMerge() {
    }

    /**
     * What a merge did.
     *
     * @param kind          the document's format
     * @param units         trans-units merged
     * @param untranslated  of which had no target (left in the source language)
     * @param droppedTags   tags of targets that were unknown or unbalanced, left out
     */
    public record Result(Documents.Kind kind, int units, int untranslated, int droppedTags) {
    }

    /** The format of the document inside {@code xlf}, from its {@code datatype}. */
    public static Documents.Kind kind(XliffReader.Xliff x, String name) {
        String d = x.datatype() == null ? "" : x.datatype().toLowerCase(Locale.ROOT);
        return switch (d) {
            case "x-docx", "x-openxml", "x-office-openxml" -> Documents.Kind.DOCX;
            case "x-odt", "x-odf", "x-opendocument" -> Documents.Kind.ODT;
            case "html", "xhtml", "x-html" -> Documents.Kind.HTML;
            case "plaintext" -> Documents.Kind.TEXT;
            default -> throw new BadInputException(SourceLocation.ofFile(name),
                    "datatype \"" + x.datatype() + "\" is not a document Tarjama can rebuild (x-docx, x-odt, html, plaintext)");
        };
    }

    /** The XLIFF datatype for a document of {@code kind}. */
    public static String datatype(Documents.Kind kind) {
        return switch (kind) {
            case DOCX -> "x-docx";
            case ODT -> "x-odt";
            case HTML -> "html";
            case XLIFF -> "xml";
            default -> "plaintext";
        };
    }

    /** The trans-unit id for the stretch {@code start}–{@code end} of paragraph {@code paragraph}. */
    public static String unitId(String paragraph, int start, int end) {
        return paragraph + ":" + start + "-" + end;
    }

    /** Reads {@code xlf} and writes the translated document to {@code out}. */
    public static Result merge(XliffReader.Xliff x, Path xlf, OutputStream out) {
        String name = xlf.toString();
        if (x.skeleton() == null) {
            throw new BadInputException(SourceLocation.ofFile(name), "has no skeleton (<header><skl><internal-file>): "
                    + "only an XLIFF written by 'tarjama pretranslate' from a .docx, .odt, .html or text document can be merged");
        }
        Documents.Kind kind = kind(x, name);
        String src = x.srcLang() == null ? "en" : x.srcLang();
        String trg = x.trgLang() == null ? "ar" : x.trgLang();
        String docName = x.original() == null ? "skeleton" : x.original();
        Documents.Document doc = Documents.read(kind, name + " (skeleton " + docName + ")", docName, x.skeleton(), null, src);

        Map<String, List<XliffReader.Unit>> byParagraph = new LinkedHashMap<>();
        Map<XliffReader.Unit, int[]> spans = new HashMap<>();
        for (XliffReader.Unit u : x.units()) {
            int colon = u.id() == null ? -1 : u.id().lastIndexOf(':');
            int dash = colon < 0 ? -1 : u.id().indexOf('-', colon);
            int[] span = null;
            if (colon > 0 && dash > colon) {
                try {
                    span = new int[] {Integer.parseInt(u.id().substring(colon + 1, dash)), Integer.parseInt(u.id().substring(dash + 1))};
                } catch (NumberFormatException e) {
                    span = null;
                }
            }
            if (span == null || span[0] < 0 || span[1] <= span[0]) {
                throw new BadInputException(SourceLocation.ofLine(name, u.line()),
                        "trans-unit id \"" + u.id() + "\" is not PARAGRAPH:START-END as 'tarjama pretranslate' writes it");
            }
            spans.put(u, span);
            byParagraph.computeIfAbsent(u.id().substring(0, colon), k -> new ArrayList<>()).add(u);
        }
        int units = 0;
        int untranslated = 0;
        int[] dropped = new int[1];
        Map<String, InlineText> targets = new HashMap<>();
        for (Documents.Paragraph p : doc.paragraphs()) {
            List<XliffReader.Unit> us = byParagraph.remove(p.id());
            if (us == null) {
                continue;
            }
            us.sort((a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
            String plain = p.content().plain();
            List<int[]> ss = new ArrayList<>();
            int prevEnd = 0;
            for (XliffReader.Unit u : us) {
                int[] s = spans.get(u);
                if (s[1] > plain.length() || s[0] < prevEnd
                        || !squash(plain.substring(s[0], s[1])).equals(squash(u.source().plain()))) {
                    throw new BadInputException(SourceLocation.ofLine(name, u.line()), "trans-unit \"" + u.id()
                            + "\": its source does not match the skeleton's text there (was the source edited?)");
                }
                prevEnd = s[1];
                ss.add(s);
            }
            List<InlineText.Part> parts = new ArrayList<>();
            for (InlineText.Piece piece : p.content().split(ss)) {
                if (piece.span() < 0) {
                    parts.addAll(piece.content().parts());
                    continue;
                }
                XliffReader.Unit u = us.get(piece.span());
                if (untranslated(u)) {
                    parts.addAll(piece.content().parts());
                } else {
                    parts.addAll(u.target().toInline().parts());
                }
            }
            for (XliffReader.Unit u : us) {
                units++;
                if (untranslated(u)) {
                    untranslated++;
                }
            }
            targets.put(p.id(), balanced(parts, p.content(), dropped));
        }
        if (!byParagraph.isEmpty()) {
            XliffReader.Unit u = byParagraph.values().iterator().next().get(0);
            throw new BadInputException(SourceLocation.ofLine(name, u.line()),
                    "trans-unit \"" + u.id() + "\" names a paragraph the skeleton does not have");
        }
        DocumentMerger.merge(kind, name, x.skeleton(), targets, src, trg, out);
        return new Result(kind, units, untranslated, dropped[0]);
    }

    /** No target, or a copy of the source (what a CAT tool leaves where no one translated). */
    private static boolean untranslated(XliffReader.Unit u) {
        return u.target() == null || squash(u.target().plain()).isEmpty()
                || squash(u.target().plain()).equals(squash(u.source().plain()));
    }

    /** Whitespace runs as one space, edges trimmed: a CAT tool may normalise spaces. */
    private static String squash(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /**
     * The parts with tags the paragraph does not have, and openings or closings without their
     * partner, left out (counted): a translation may lose or duplicate a tag, the document may not.
     */
    private static InlineText balanced(List<InlineText.Part> parts, InlineText source, int[] dropped) {
        java.util.Set<String> known = new java.util.HashSet<>();
        for (InlineText.Part p : source.parts()) {
            if (p instanceof InlineText.Tag t) {
                known.add(t.kind() + ":" + t.id());
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<InlineText.Part> kept = new ArrayList<>();
        for (InlineText.Part p : parts) {
            if (p instanceof InlineText.Tag t) {
                String key = t.kind() + ":" + t.id();
                if (!known.contains(key) || (!t.lineBreak() && !seen.add(key))) {
                    dropped[0]++;
                    continue;
                }
            }
            kept.add(p);
        }
        // A closing whose opening has not come, and an opening never closed, are left out.
        List<InlineText.Part> out = new ArrayList<>();
        java.util.Set<Integer> open = new java.util.HashSet<>();
        java.util.Set<Integer> closedIds = new java.util.HashSet<>();
        for (InlineText.Part p : kept) {
            if (p instanceof InlineText.Tag t && t.kind() == InlineText.TagKind.CLOSE) {
                if (!open.remove(t.id())) {
                    dropped[0]++;
                    continue;
                }
                closedIds.add(t.id());
            } else if (p instanceof InlineText.Tag t && t.kind() == InlineText.TagKind.OPEN) {
                open.add(t.id());
            }
            out.add(p);
        }
        dropped[0] += open.size();
        out.removeIf(p -> p instanceof InlineText.Tag t && t.kind() == InlineText.TagKind.OPEN && !closedIds.contains(t.id()));
        return new InlineText(out);
    }
}
