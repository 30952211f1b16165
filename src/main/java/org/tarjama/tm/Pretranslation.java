package org.tarjama.tm;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.tarjama.io.Documents;
import org.tarjama.io.InlineText;
import org.tarjama.io.XliffContent;
import org.tarjama.io.XliffMerge;
import org.tarjama.io.XliffWriter;
import org.tarjama.model.Property;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;
import org.tarjama.segment.Sentence;
import org.tarjama.segment.SentenceSegmenter;
import org.tarjama.tmx.TmxProfile;
import org.tarjama.tmx.TmxWriter;
import org.tarjama.tmx.TmxWriterOptions;

/**
 * A document pre-translated from a memory, in either direction (an English document from the
 * memory's English into Arabic, or an Arabic one from its Arabic into English): each sentence of each paragraph with its best match at
 * or above the threshold (or none), written as bilingual XLIFF 1.2 or TMX.
 *
 * <p>Consecutive sentences of a paragraph that together match a multi-sentence unit of the memory
 * (the 2–1 and 3–1 beads an aligner makes where the translator merged sentences) are filled as one
 * segment, the way a CAT tool joins segments: a run of two or three sentences is taken when its
 * match is at least as good as the best of its sentences alone and better than the worst.
 *
 * <p>From a document ({@link #of(TranslationMemory, Documents.Document, SentenceSegmenter, int)}),
 * the XLIFF carries the original document as its skeleton, each segment's inline formatting as
 * XLIFF inline codes, and trans-unit ids naming the stretch of the paragraph each segment covers,
 * so that {@link org.tarjama.io.XliffMerge} rebuilds the translated document.
 */
public final class Pretranslation {
    /** Longest run of sentences matched as one memory unit. */
    static final int MAX_RUN = 3;

    /**
     * One segment of the document: a sentence, or a run of sentences matched as one unit.
     *
     * @param paragraph   1-based paragraph number
     * @param source      the document's text (English, or Arabic for an Arabic document)
     * @param match       its best match, or null
     * @param paragraphId the paragraph's id in its document
     * @param start       where the segment starts in the paragraph's text
     * @param end         where it ends
     * @param content     the segment with its inline tags
     * @param sentences   how many sentences it holds
     */
    public record Segment(int paragraph, String source, TmMatch match, String paragraphId, int start, int end,
                          InlineText content, int sentences) {
        public Segment(int paragraph, String source, TmMatch match) {
            this(paragraph, source, match, "p" + paragraph, 0, source.length(), InlineText.of(source), 1);
        }
    }

    /** Looks one query up: the best match at or above {@code min}, or null. */
    @FunctionalInterface
    public interface Lookup {
        TmMatch best(String query, int min);
    }

    private final List<Segment> segments;
    private final Documents.Document document;
    /** The document's language ({@code en} or {@code ar}) and the translation's (the other one). */
    private final String srcLang;
    private final String trgLang;
    /** Texts of the last file written from which characters XML 1.0 forbids (C0 controls, lone surrogates) were left out. */
    private long cleanedTexts;

    private Pretranslation(List<Segment> segments, Documents.Document document, boolean arabicSource) {
        this.segments = List.copyOf(segments);
        this.document = document;
        this.srcLang = arabicSource ? "ar" : "en";
        this.trgLang = arabicSource ? "en" : "ar";
    }

    /** The document's language: {@code en}, or {@code ar} for an Arabic document filled from the memory's Arabic. */
    public String sourceLang() {
        return srcLang;
    }

    /** The translation's language: the other side of the memory. */
    public String targetLang() {
        return trgLang;
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

    /** Sentences of the document (a run matched as one unit counts its sentences). */
    public long sentences() {
        return segments.stream().mapToLong(Segment::sentences).sum();
    }

    /** Sentences filled from the memory. */
    public long matchedSentences() {
        return segments.stream().filter(s -> s.match() != null).mapToLong(Segment::sentences).sum();
    }

    /** Segments that are runs of sentences matched as one memory unit. */
    public long joined() {
        return segments.stream().filter(s -> s.sentences() > 1).count();
    }

    /** Segments English {@code paragraphs} and looks every sentence up in {@code tm}. */
    public static Pretranslation of(TranslationMemory tm, List<String> paragraphs, SentenceSegmenter segmenter, int min) {
        List<Documents.Paragraph> ps = new ArrayList<>();
        int n = 0;
        for (String p : paragraphs) {
            n++;
            ps.add(new Documents.Paragraph("p" + n, InlineText.of(p)));
        }
        return of(lookup(tm, "en"), ps, null, segmenter, min, "en");
    }

    /** Segments the paragraphs of English {@code doc} and looks every sentence up in {@code tm}; the XLIFF can be merged back. */
    public static Pretranslation of(TranslationMemory tm, Documents.Document doc, SentenceSegmenter segmenter, int min) {
        return of(tm, doc, segmenter, min, "en");
    }

    /**
     * Segments the paragraphs of {@code doc}, written in {@code sourceLang} ({@code en} or {@code ar},
     * see {@link Directions#arabicSource}), and looks every sentence up in that side of {@code tm}: an
     * Arabic document is filled with the English of the units whose Arabic matches, and its XLIFF and
     * TMX have Arabic as source and English as target. The XLIFF can be merged back.
     */
    public static Pretranslation of(TranslationMemory tm, Documents.Document doc, SentenceSegmenter segmenter, int min,
                                    String sourceLang) {
        return of(lookup(tm, sourceLang), doc.paragraphs(), doc, segmenter, min, sourceLang);
    }

    private static Lookup lookup(TranslationMemory tm, String sourceLang) {
        return (q, min) -> {
            List<TmMatch> m = tm.lookup(q, sourceLang, min, 1);
            return m.isEmpty() ? null : m.get(0);
        };
    }

    /** The general case for English documents: any memory behind {@code lookup}. */
    public static Pretranslation of(Lookup lookup, List<Documents.Paragraph> paragraphs, Documents.Document doc,
                                    SentenceSegmenter segmenter, int min) {
        return of(lookup, paragraphs, doc, segmenter, min, "en");
    }

    /**
     * The general case: any memory behind {@code lookup}, which answers queries in {@code sourceLang}
     * ({@code en} or {@code ar}) with matches whose target is the other language.
     */
    public static Pretranslation of(Lookup lookup, List<Documents.Paragraph> paragraphs, Documents.Document doc,
                                    SentenceSegmenter segmenter, int min, String sourceLang) {
        boolean arabicSource = Directions.arabicSource(sourceLang);
        List<Segment> out = new ArrayList<>();
        int p = 0;
        for (Documents.Paragraph para : paragraphs) {
            p++;
            String plain = para.content().plain();
            List<Sentence> ss = new ArrayList<>();
            for (Sentence s : segmenter.segment(plain)) {
                if (!s.text().isBlank()) {
                    ss.add(s);
                }
            }
            TmMatch[] single = new TmMatch[ss.size()];
            for (int i = 0; i < ss.size(); i++) {
                single[i] = lookup.best(ss.get(i).text(), min);
            }
            int i = 0;
            while (i < ss.size()) {
                int bestK = 1;
                TmMatch best = single[i];
                for (int k = 2; k <= MAX_RUN && i + k <= ss.size(); k++) {
                    int hi = 0;
                    int lo = 100;
                    for (int j = i; j < i + k; j++) {
                        int sc = single[j] == null ? 0 : single[j].score();
                        hi = Math.max(hi, sc);
                        lo = Math.min(lo, sc);
                    }
                    if (lo == 100) {
                        continue;
                    }
                    StringBuilder q = new StringBuilder();
                    for (int j = i; j < i + k; j++) {
                        q.append(j > i ? " " : "").append(ss.get(j).text().replace('\n', ' '));
                    }
                    TmMatch m = lookup.best(q.toString(), min);
                    if (m != null && m.score() >= hi && m.score() > lo
                            && (bestK == 1 || m.score() >= best.score())) {
                        best = m;
                        bestK = k;
                    }
                }
                Sentence first = ss.get(i);
                Sentence last = ss.get(i + bestK - 1);
                String source = bestK == 1 ? first.text() : plain.substring(first.start(), last.end());
                out.add(new Segment(p, source.replace('\n', ' '), best, para.id(), first.start(), last.end(),
                        para.content().slice(first.start(), last.end()), bestK));
                i += bestK;
            }
        }
        return new Pretranslation(out, doc, arabicSource);
    }

    /**
     * Bilingual XLIFF 1.2. A matched segment gets a {@code <target>} with {@code state} and
     * {@code state-qualifier} ({@code exact-match} at 100, else {@code fuzzy-match}; what Trados,
     * memoQ and Okapi read as the match type) and an {@code <alt-trans match-quality="92">} holding
     * the memory's pair, source side first (the percentage OmegaT and Okapi read from alt-trans). An
     * unmatched segment has no target, so every CAT tool shows it as untranslated. Characters XML 1.0
     * does not allow (control characters such as a form feed, lone surrogates) are left out of the text
     * and counted in {@link #cleanedTexts()}, so the file stays well-formed.
     *
     * <p>From a document, the XLIFF also holds the document as skeleton and inline codes for its
     * formatting; the memory's plain Arabic gets the segment's tags placed by {@link TagPlacement}.
     */
    public void writeXliff(OutputStream stream, String original, String toolVersion) {
        writeXliff(stream, original, toolVersion, false);
    }

    /**
     * As {@link #writeXliff(OutputStream, String, String)}; with {@code copySource} an unmatched
     * segment gets a copy of its source as target with {@code state="new"} (what OmegaT 3.x's XLIFF
     * filter needs to have somewhere to write the translation).
     */
    public void writeXliff(OutputStream stream, String original, String toolVersion, boolean copySource) {
        Documents.Kind kind = document == null ? Documents.Kind.TEXT : document.kind();
        try (XliffWriter w = XliffWriter.create(stream)) {
            w.startFile(new XliffWriter.FileHeader(original, srcLang, trgLang, XliffMerge.datatype(kind), toolVersion,
                    document == null ? null : document.original()));
            int id = 0;
            for (Segment s : segments) {
                id++;
                TmMatch m = s.match();
                XliffContent source = XliffContent.of(s.content());
                XliffContent target = null;
                List<String> notes = new ArrayList<>();
                if (m != null) {
                    InlineText placed = TagPlacement.place(s.content(), m.target());
                    target = XliffContent.of(placed);
                    if (s.content().hasTags()) {
                        notes.add("inline tags placed in the memory's " + ("ar".equals(trgLang) ? "Arabic" : "English")
                                + " by position: check them");
                    }
                }
                if (m == null && copySource) {
                    target = source;
                }
                if (s.sentences() > 1) {
                    notes.add(s.sentences() + " sentences of the document matched as one memory unit");
                }
                w.unit(new XliffWriter.TransUnit(document == null ? String.valueOf(id) : XliffMerge.unitId(s.paragraphId(), s.start(), s.end()),
                        document == null ? "p" + s.paragraph() + "-" + id : null,
                        srcLang, source, trgLang, target,
                        m == null ? (copySource ? "new" : null) : m.score() == 100 ? "translated" : "needs-review-translation",
                        m == null ? null : m.score() == 100 ? "exact-match" : "fuzzy-match",
                        m == null ? List.of() : List.of(new XliffWriter.AltTrans(m.score(), XliffContent.of(m.source()),
                                XliffContent.of(m.memoryTarget()))),
                        notes));
            }
            w.close();
            cleanedTexts = w.cleanedTexts();
        }
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
        TmxWriter w = TmxWriter.create(stream, new TmxWriterOptions(srcLang, trgLang, TmxProfile.GENERIC));
        int id = 0;
        for (Segment s : segments) {
            id++;
            TmMatch m = s.match();
            if (m == null) {
                continue;
            }
            w.write(new TranslationUnit(String.valueOf(id), List.of(Variant.of(srcLang, s.source()), Variant.of(trgLang, m.target())),
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
