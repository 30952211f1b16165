package org.tarjama.io;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.openoffice.OpenOfficeFilter;
import net.sf.okapi.filters.openxml.ConditionalParameters;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * The Okapi side of {@link Documents} and {@link DocumentMerger}: one filter per format, configured
 * the same way for reading and for merging (so text-unit ids agree), and the mapping between Okapi's
 * coded text and {@link InlineText}.
 */
final class OkapiDocuments {
    private OkapiDocuments() {
    }

    static IFilter filter(Documents.Kind kind) {
        return switch (kind) {
            case DOCX -> {
                OpenXMLFilter f = new OpenXMLFilter();
                // Word's soft line break <w:br/> comes as '\n' in the text (and goes back as <w:br/>),
                // not as an opaque placeholder: it is a sentence boundary.
                ((ConditionalParameters) f.getParameters()).setAddLineSeparatorCharacter(true);
                yield f;
            }
            case ODT -> new OpenOfficeFilter();
            case HTML -> new HtmlFilter();
            case XLIFF -> new XLIFFFilter();
            default -> throw new IllegalStateException(kind.toString());
        };
    }

    private static RawDocument raw(Documents.Kind kind, byte[] bytes, String decoded, Charset forced, LocaleId src, LocaleId trg) {
        // HTML is decoded like plain text (BOM, strict UTF-8, windows-1256 detected; undecodable bytes
        // refused with their offset): given a byte stream, the HTML filter read windows-1256 Arabic as
        // U+FFFD or '?' without a word.
        if (decoded != null) {
            return new RawDocument(decoded, src, trg);
        }
        return new RawDocument(new ByteArrayInputStream(bytes), forced == null ? "UTF-8" : forced.name(), src, trg);
    }

    /** Calls {@code sink} with the id and source content of each translatable text unit. */
    static void extract(Documents.Kind kind, String name, byte[] bytes, String decoded, Charset forced, String lang,
                        BiConsumer<String, TextFragment> sink) {
        LocaleId locale = LocaleId.fromString(lang == null || lang.isBlank() ? "en" : lang);
        LocaleId other = LocaleId.fromString("ar".equals(locale.getLanguage()) ? "en" : "ar");
        try (IFilter filter = filter(kind);
             RawDocument raw = raw(kind, bytes, decoded, forced, locale, other)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit() && e.getTextUnit().isTranslatable()) {
                    sink.accept(e.getTextUnit().getId(), e.getTextUnit().getSource().getUnSegmentedContentCopy());
                }
            }
        } catch (OkapiException e) {
            throw failure(kind, name, e);
        }
    }

    /**
     * Rewrites the document with each text unit's target from {@code targets} (given the unit's id and
     * source content; null leaves the unit as it is), through the format's own Okapi writer, which
     * puts the original markup back for each tag id and marks the target language's direction.
     */
    static void merge(Documents.Kind kind, String name, byte[] bytes, String decoded, String srcLang, String trgLang,
                      Function<String, InlineText> targets, OutputStream out) {
        LocaleId src = LocaleId.fromString(srcLang);
        LocaleId trg = LocaleId.fromString(trgLang);
        try (IFilter filter = filter(kind);
             RawDocument raw = raw(kind, bytes, decoded, null, src, trg)) {
            filter.open(raw);
            IFilterWriter writer = filter.createFilterWriter();
            writer.setOptions(trg, "UTF-8");
            writer.setOutput(out);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit() && e.getTextUnit().isTranslatable()) {
                    ITextUnit tu = e.getTextUnit();
                    InlineText t = targets.apply(tu.getId());
                    if (t != null) {
                        tu.setTarget(trg, new TextContainer(fragment(t, tu.getSource().getUnSegmentedContentCopy())));
                    }
                }
                writer.handleEvent(e);
            }
            writer.close();
        } catch (OkapiException e) {
            throw failure(kind, name, e);
        }
    }

    private static BadInputException failure(Documents.Kind kind, String name, OkapiException e) {
        // Inside a .docx/.odt the XML position is in a zipped part, not in the file: name the file only.
        return new BadInputException(kind == Documents.Kind.XLIFF || kind == Documents.Kind.HTML
                ? Documents.location(name, e) : SourceLocation.ofFile(name),
                "cannot read as " + kind.name().toLowerCase(Locale.ROOT) + ": " + Documents.rootMessage(e), e);
    }

    /** Okapi's coded text as text and tags; a line-break code becomes a line-break tag. */
    static InlineText inline(TextFragment f) {
        List<InlineText.Part> parts = new ArrayList<>();
        String coded = f.getCodedText();
        List<Code> codes = f.getCodes();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c) && i + 1 < coded.length()) {
                Code code = codes.get(TextFragment.toIndex(coded.charAt(++i)));
                if (text.length() > 0) {
                    parts.add(new InlineText.Text(text.toString()));
                    text.setLength(0);
                }
                parts.add(new InlineText.Tag(kind(code.getTagType()), code.getId(), type(code)));
            } else {
                text.append(c);
            }
        }
        if (text.length() > 0) {
            parts.add(new InlineText.Text(text.toString()));
        }
        return new InlineText(parts);
    }

    private static InlineText.TagKind kind(TagType t) {
        return switch (t) {
            case OPENING -> InlineText.TagKind.OPEN;
            case CLOSING -> InlineText.TagKind.CLOSE;
            default -> InlineText.TagKind.STANDALONE;
        };
    }

    /** What a code is, in XLIFF 1.2's ctype words where one fits. */
    private static String type(Code code) {
        String t = code.getType() == null ? "" : code.getType().toLowerCase(Locale.ROOT);
        String d = code.getData() == null ? "" : code.getData().toLowerCase(Locale.ROOT);
        if (t.equals("br") || t.equals(Code.TYPE_LB) || d.startsWith("<br") || d.contains("text:line-break")
                || d.startsWith("<w:br") || d.startsWith("<w:cr")) {
            return "lb";
        }
        if (t.contains("bold") || t.equals("b") || t.equals("strong")) {
            return "bold";
        }
        if (t.contains("italic") || t.equals("i") || t.equals("em")) {
            return "italic";
        }
        if (t.contains("underline") || t.equals("u")) {
            return "underlined";
        }
        if (t.contains("link") || t.equals("a")) {
            return "link";
        }
        return "";
    }

    /**
     * {@code content} as an Okapi fragment, each tag replaced by the code of the same id and kind in
     * {@code source}; a tag the source does not have is left out.
     */
    static TextFragment fragment(InlineText content, TextFragment source) {
        TextFragment out = new TextFragment();
        for (InlineText.Part p : content.parts()) {
            if (p instanceof InlineText.Text t) {
                out.append(t.text());
            } else {
                InlineText.Tag g = (InlineText.Tag) p;
                Code code = find(source, g);
                if (code != null) {
                    out.append(code.clone());
                }
            }
        }
        return out;
    }

    private static Code find(TextFragment source, InlineText.Tag g) {
        for (Code c : source.getCodes()) {
            if (c.getId() == g.id() && kind(c.getTagType()) == g.kind()) {
                return c;
            }
        }
        return null;
    }
}
