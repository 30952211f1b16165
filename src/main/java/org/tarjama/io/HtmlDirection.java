package org.tarjama.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import net.htmlparser.jericho.Attribute;
import net.htmlparser.jericho.OutputDocument;
import net.htmlparser.jericho.Source;
import net.htmlparser.jericho.StartTag;

/**
 * The text direction of a merged HTML document. Okapi's HTML writer sets {@code lang} and, for a
 * right-to-left target, {@code dir="rtl"}, but leaves a {@code dir} the original had: an Arabic page
 * translated into English stayed {@code <html dir="rtl">}. Here {@code <html>} gets the target's direction,
 * (none is left to right), and any other element whose {@code dir} is the source's direction gets {@code dir="auto"}, so a
 * translated paragraph follows its new text and one left untranslated keeps its own. Jericho (the HTML
 * parser Okapi's filter is built on) edits the attributes in place and leaves every other byte as written.
 */
final class HtmlDirection {
    private HtmlDirection() {
    }

    static byte[] set(byte[] html, boolean rtl) {
        try {
            Source source = new Source(new ByteArrayInputStream(html));
            source.setLogger(null);
            String encoding = source.getEncoding();
            if (encoding == null) {
                return html;
            }
            String target = rtl ? "rtl" : "ltr";
            String opposite = rtl ? "ltr" : "rtl";
            OutputDocument out = new OutputDocument(source);
            boolean changed = false;
            for (StartTag tag : source.getAllStartTags()) {
                if (tag.getTagType() != net.htmlparser.jericho.StartTagType.NORMAL || tag.getAttributes() == null) {
                    continue;
                }
                Attribute dir = tag.getAttributes().get("dir");
                String value = dir == null || dir.getValue() == null ? null : dir.getValue().trim().toLowerCase(Locale.ROOT);
                if ("html".equals(tag.getName())) {
                    if (dir == null && rtl) {
                        out.insert(tag.getNameSegment().getEnd(), " dir=\"" + target + "\"");
                        changed = true;
                    } else if (dir != null && !target.equals(value)) {
                        out.replace(dir, "dir=\"" + target + "\"");
                        changed = true;
                    }
                } else if (opposite.equals(value)) {
                    out.replace(dir, "dir=\"auto\"");
                    changed = true;
                }
            }
            return changed ? out.toString().getBytes(Charset.forName(encoding)) : html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
