package org.tarjama.tm;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tarjama.model.Property;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;
import org.tarjama.segment.Sentence;
import org.tarjama.segment.SentenceSegmenter;
import org.tarjama.tmx.TmxWriter;
import org.tarjama.tmx.TmxWriterOptions;

/**
 * A document pre-translated from a memory: each sentence of each paragraph with its best match at
 * or above the threshold (or none), written as bilingual XLIFF 1.2 or TMX.
 */
public final class Pretranslation {
    /**
     * One sentence of the document.
     *
     * @param paragraph 1-based paragraph number
     * @param source    the English sentence
     * @param match     its best match, or null
     */
    public record Segment(int paragraph, String source, TmMatch match) {
    }

    private final List<Segment> segments;
    /** Texts of the last file written from which characters XML 1.0 forbids (C0 controls, lone surrogates) were left out. */
    private long cleanedTexts;

    private Pretranslation(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    public List<Segment> segments() {
        return segments;
    }

    public long matched() {
        return segments.stream().filter(s -> s.match() != null).count();
    }

    public long exact() {
        return segments.stream().filter(s -> s.match() != null && s.match().score() == 100).count();
    }

    /** Segments {@code paragraphs} and looks every sentence up in {@code tm}. */
    public static Pretranslation of(TranslationMemory tm, List<String> paragraphs, SentenceSegmenter segmenter, int min) {
        List<Segment> out = new ArrayList<>();
        int p = 0;
        for (String para : paragraphs) {
            p++;
            for (Sentence s : segmenter.segment(para)) {
                if (s.text().isBlank()) {
                    continue;
                }
                List<TmMatch> m = tm.lookup(s.text(), min, 1);
                out.add(new Segment(p, s.text(), m.isEmpty() ? null : m.get(0)));
            }
        }
        return new Pretranslation(out);
    }

    /**
     * Bilingual XLIFF 1.2. A matched segment gets a {@code <target>} with {@code state} and
     * {@code state-qualifier} ({@code exact-match} at 100, else {@code fuzzy-match}; what Trados,
     * memoQ and Okapi read as the match type) and an {@code <alt-trans match-quality="92">} holding
     * the memory's English and Arabic (the percentage OmegaT and Okapi read from alt-trans). An
     * unmatched segment has no target, so every CAT tool shows it as untranslated. Characters XML 1.0
     * does not allow (control characters such as a form feed, lone surrogates) are left out of the text
     * and counted in {@link #cleanedTexts()}, so the file stays well-formed.
     */
    public void writeXliff(OutputStream stream, String original, String toolVersion) {
        try {
            cleanedTexts = 0;
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
            String ns = "urn:oasis:names:tc:xliff:document:1.2";
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("xliff");
            w.writeDefaultNamespace(ns);
            w.writeAttribute("version", "1.2");
            w.writeCharacters("\n  ");
            w.writeStartElement("file");
            w.writeAttribute("original", original);
            w.writeAttribute("source-language", "en");
            w.writeAttribute("target-language", "ar");
            w.writeAttribute("datatype", "plaintext");
            w.writeAttribute("tool-id", "tarjama");
            w.writeCharacters("\n    ");
            w.writeStartElement("header");
            w.writeEmptyElement("tool");
            w.writeAttribute("tool-id", "tarjama");
            w.writeAttribute("tool-name", "Tarjama");
            w.writeAttribute("tool-version", toolVersion);
            w.writeEndElement();
            w.writeCharacters("\n    ");
            w.writeStartElement("body");
            int id = 0;
            for (Segment s : segments) {
                id++;
                w.writeCharacters("\n      ");
                w.writeStartElement("trans-unit");
                w.writeAttribute("id", String.valueOf(id));
                w.writeAttribute("resname", "p" + s.paragraph() + "-" + id);
                w.writeCharacters("\n        ");
                text(w, "source", "en", s.source());
                TmMatch m = s.match();
                if (m != null) {
                    w.writeCharacters("\n        ");
                    w.writeStartElement("target");
                    w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "ar");
                    w.writeAttribute("state", m.score() == 100 ? "translated" : "needs-review-translation");
                    w.writeAttribute("state-qualifier", m.score() == 100 ? "exact-match" : "fuzzy-match");
                    w.writeCharacters(xmlText(m.target()));
                    w.writeEndElement();
                    w.writeCharacters("\n        ");
                    w.writeStartElement("alt-trans");
                    w.writeAttribute("match-quality", String.valueOf(m.score()));
                    w.writeAttribute("origin", "tarjama-tm");
                    w.writeAttribute("tool-id", "tarjama");
                    w.writeCharacters("\n          ");
                    text(w, "source", "en", m.source());
                    w.writeCharacters("\n          ");
                    text(w, "target", "ar", m.memoryTarget());
                    w.writeCharacters("\n        ");
                    w.writeEndElement();
                }
                w.writeCharacters("\n      ");
                w.writeEndElement();
            }
            w.writeCharacters("\n    ");
            w.writeEndElement();
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XLIFF: " + e.getMessage(), e);
        }
    }

    private void text(XMLStreamWriter w, String element, String lang, String text) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
        w.writeCharacters(xmlText(text));
        w.writeEndElement();
    }

    /** {@code s} without the characters XML 1.0 forbids (a changed text is counted). */
    private String xmlText(String s) {
        StringBuilder sb = null;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
            boolean ok = pair || c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (ok && sb != null) {
                sb.append(c);
                if (pair) {
                    sb.append(s.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        if (sb == null) {
            return s;
        }
        cleanedTexts++;
        return sb.toString();
    }

    /** Texts of the last XLIFF or TMX written that lost characters XML 1.0 does not allow. */
    public long cleanedTexts() {
        return cleanedTexts;
    }

    /**
     * TMX 1.4b of the matched segments (a TMX unit needs a translation, so unmatched segments are
     * left out; {@link #segments()} minus {@link #matched()} says how many), each with its match
     * percentage in {@code x-match-score} and the memory unit in {@code x-tm-tuid} (when it has a tuid).
     */
    public long writeTmx(OutputStream stream) {
        TmxWriter w = TmxWriter.create(stream, TmxWriterOptions.defaults());
        int id = 0;
        for (Segment s : segments) {
            id++;
            TmMatch m = s.match();
            if (m == null) {
                continue;
            }
            w.write(new TranslationUnit(String.valueOf(id), List.of(Variant.of("en", s.source()), Variant.of("ar", m.target())),
                    m.tuid().isEmpty() // a memory unit imported without a tuid: no empty prop
                            ? List.of(new Property("x-match-score", String.valueOf(m.score())))
                            : List.of(new Property("x-match-score", String.valueOf(m.score())), new Property("x-tm-tuid", m.tuid())),
                    List.of()));
        }
        w.close();
        cleanedTexts = w.warningCount();
        return w.count();
    }
}
