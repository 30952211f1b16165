package org.tarjama.segment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.NormalizedText;

/**
 * Sentence segmentation with Okapi's SRX segmenter.
 *
 * <p>The rules run on a lightly normalised copy of the paragraph ({@link ArabicNormalizer#LIGHT}:
 * bidi and zero-width marks removed, presentation forms mapped to letters, tatweel and harakat
 * removed, NBSP to space), so that none of these can hide a sentence end from a rule; break
 * positions are mapped back to the original text, whose characters are returned unchanged. A mark
 * removed at a boundary stays with the sentence before it. Whitespace at sentence edges is trimmed.
 *
 * <p>Okapi's segmenter keeps state between calls, so each thread gets its own compiled copy.
 */
public final class SrxSentenceSegmenter implements SentenceSegmenter {
    /** Tarjama's shipped rules. */
    public static final String BUILT_IN_RULES = "/org/tarjama/segment/tarjama.srx";

    private final ThreadLocal<ISegmenter> segmenter;
    /**
     * The same rules run by {@link SingleScanSrx} (Okapi's breaks in one pass over the text); null when
     * the rules use what it does not cover, or when {@link Engine#OKAPI} was asked for.
     */
    private final SingleScanSrx scan;
    /** Tarjama's own rules get the {@link ListItems} post-pass; a user's SRX file gives exactly Okapi's breaks. */
    private final boolean postPass;

    /** Which engine applies the SRX rules: both give the same breaks ({@code SingleScanSrxPropertiesTest}). */
    enum Engine {
        /** {@link SingleScanSrx} where it covers the rules, Okapi's segmenter otherwise (the default). */
        SINGLE_SCAN,
        /** Okapi's {@code SRXSegmenter} always: the reference the single scan is tested against. */
        OKAPI
    }

    private SrxSentenceSegmenter(SRXDocument doc, String lang, boolean postPass, Engine engine) {
        this.postPass = postPass;
        LocaleId locale = LocaleId.fromString(lang);
        // Compile once to fail fast on bad rules (Okapi's own errors), then once per thread.
        doc.compileLanguageRules(locale, null);
        this.segmenter = ThreadLocal.withInitial(() -> {
            synchronized (doc) {
                return doc.compileLanguageRules(locale, null);
            }
        });
        this.scan = engine == Engine.SINGLE_SCAN ? SingleScanSrx.compile(doc, locale) : null;
    }

    /** The rule set of tarjama.srx that only {@link #builtIn(String, boolean)} with headlines adds. */
    static final String HEADLINE_RULES = "English-headlines";

    static SrxSentenceSegmenter builtIn(String lang) {
        return builtIn(lang, false);
    }

    /**
     * Tarjama's rules; {@code headlines} adds the opt-in English rule for headlines run into their
     * paragraph without a stop (news text such as NTREX's raw files), which also splits real
     * sentences ("the Baton Rouge Police Department said") and is therefore off by default.
     */
    static SrxSentenceSegmenter builtIn(String lang, boolean headlines) {
        return builtIn(lang, headlines, Engine.SINGLE_SCAN);
    }

    /** As {@link #builtIn(String, boolean)}, run by {@code engine}. */
    static SrxSentenceSegmenter builtIn(String lang, boolean headlines, Engine engine) {
        return new SrxSentenceSegmenter(builtInRules(headlines), lang, true, engine);
    }

    /** Tarjama's rules as loaded and configured for segmentation (with the headline rules when asked). */
    static SRXDocument builtInRules(boolean headlines) {
        try (InputStream in = SrxSentenceSegmenter.class.getResourceAsStream(BUILT_IN_RULES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN_RULES);
            }
            SRXDocument doc = new SRXDocument();
            doc.loadRules(in);
            if (headlines) {
                java.util.List<net.sf.okapi.lib.segmentation.LanguageMap> maps = doc.getAllLanguagesMaps();
                int english = 0;
                while (english < maps.size() && !maps.get(english).getRuleName().equals("English")) {
                    english++;
                }
                maps.add(Math.min(english + 1, maps.size()), new net.sf.okapi.lib.segmentation.LanguageMap("(?i)en.*", HEADLINE_RULES));
            }
            return configure(doc);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BUILT_IN_RULES, e);
        }
    }

    static SrxSentenceSegmenter fromFile(Path srx, String lang) {
        return fromFile(srx, lang, Engine.SINGLE_SCAN);
    }

    /** As {@link #fromFile(Path, String)}, run by {@code engine}. */
    static SrxSentenceSegmenter fromFile(Path srx, String lang, Engine engine) {
        String name = srx.toString();
        if (!Files.isRegularFile(srx)) {
            throw new BadInputException(SourceLocation.ofFile(name),
                    Files.exists(srx) ? "is not a regular file" : "no such file");
        }
        try {
            byte[] bytes = Files.readAllBytes(srx);
            checkWellFormed(bytes, name);
            SRXDocument doc = new SRXDocument();
            doc.loadRules(new java.io.ByteArrayInputStream(bytes));
            return new SrxSentenceSegmenter(configure(doc), lang, false, engine);
        } catch (NoSuchFileException e) {
            throw new BadInputException(SourceLocation.ofFile(name), "no such file");
        } catch (IOException e) {
            throw new BadInputException(SourceLocation.ofFile(name), "cannot read: " + e.getMessage(), e);
        } catch (BadInputException e) {
            throw e;
        } catch (java.util.regex.PatternSyntaxException e) {
            // its message is three lines (the compiled pattern and a caret): one line is enough
            throw new BadInputException(SourceLocation.ofFile(name), "not usable SRX rules: a rule's regular expression "
                    + "is invalid: " + e.getDescription(), e);
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new BadInputException(SourceLocation.ofFile(name), "not usable SRX rules: " + m, e);
        }
    }

    /**
     * Parses the rules once with a silent, DTD-free parser, so that malformed XML is one located error
     * (Okapi's own parser prints "[Fatal Error]" lines on stderr before failing).
     */
    private static void checkWellFormed(byte[] bytes, String name) {
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            javax.xml.parsers.DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }

                @Override
                public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }
            });
            b.parse(new java.io.ByteArrayInputStream(bytes));
        } catch (org.xml.sax.SAXParseException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("DOCTYPE is disallowed")) {
                m = "a DOCTYPE is not allowed in SRX rules (no DTD is ever loaded)";
            }
            throw new BadInputException(e.getLineNumber() > 0
                    ? SourceLocation.ofPosition(name, e.getLineNumber(), Math.max(e.getColumnNumber(), 0))
                    : SourceLocation.ofFile(name), "not usable SRX rules: " + m, e);
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new BadInputException(SourceLocation.ofFile(name), "not usable SRX rules: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static SRXDocument configure(SRXDocument doc) {
        // Tarjama trims whitespace itself, on the original text.
        doc.setTrimLeadingWhitespaces(false);
        doc.setTrimTrailingWhitespaces(false);
        return doc;
    }

    @Override
    public List<Sentence> segment(String paragraph) {
        List<Sentence> out = new ArrayList<>();
        if (paragraph.isEmpty()) {
            return out;
        }
        // Most paragraphs need no normalisation: then the rules run on the paragraph itself.
        NormalizedText norm = ArabicNormalizer.LIGHT.changes(paragraph) ? ArabicNormalizer.LIGHT.apply(paragraph) : null;
        String text = norm == null ? paragraph : norm.text();
        List<Integer> cuts = new ArrayList<>();
        if (!text.isEmpty()) {
            List<Integer> srx = srxBreaks(text);
            if (postPass) {
                srx = ListItems.apply(text, srx);
            }
            for (int c : srx) {
                cuts.add(norm == null ? c : norm.originalStart(c));
            }
        }
        // A line break inside a paragraph (<br>, Word's <w:br/>, ODF's <text:line-break/>, read as '\n' by
        // Documents) always ends a sentence: a break is where the author wanted one.
        for (int i = 0; i < paragraph.length(); i++) {
            if (isLineBreak(paragraph.charAt(i))) {
                cuts.add(i);
            }
        }
        cuts.add(paragraph.length());
        java.util.Collections.sort(cuts);
        int start = 0;
        for (int cut : cuts) {
            addTrimmed(paragraph, start, cut, out);
            start = cut;
        }
        return out;
    }

    /**
     * The break offsets inside {@code text} (0 &lt; offset &lt; length, ascending) that the SRX rules
     * give: the ends of Okapi's ranges, which with trimming off are its split positions inside the text.
     */
    List<Integer> srxBreaks(String text) {
        int[] splits = scan == null ? null : scan.splits(text);
        List<Integer> srx = new ArrayList<>();
        if (splits != null) {
            for (int c : splits) {
                if (c > 0 && c < text.length()) {
                    srx.add(c);
                }
            }
            return srx;
        }
        ISegmenter seg = segmenter.get();
        seg.computeSegments(text);
        for (Range r : seg.getRanges()) {
            if (r.end > 0 && r.end < text.length()) {
                srx.add(r.end);
            }
        }
        return srx;
    }

    private static void addTrimmed(String p, int start, int end, List<Sentence> out) {
        int s = start;
        int e = end;
        while (s < e && isSpace(p.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(p.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(p.substring(s, e), s, e));
        }
    }

    /** Line feed, carriage return, and the Unicode line and paragraph separators. */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B';
    }

    /** Whitespace at sentence edges: Java whitespace and Unicode space separators (NBSP included). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
