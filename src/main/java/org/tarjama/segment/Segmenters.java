package org.tarjama.segment;

import java.nio.file.Path;

/** Factory for the shipped segmenters. */
public final class Segmenters {
    private Segmenters() {
    }

    /** Tarjama's SRX rules for {@code lang} ({@code en} or {@code ar}; other languages get the default rules). */
    public static SentenceSegmenter forLanguage(String lang) {
        return SrxSentenceSegmenter.builtIn(lang);
    }

    /**
     * Tarjama's SRX rules with the opt-in English headline rule when {@code headlines}: for news text
     * whose headline runs into its paragraph without a stop.
     */
    public static SentenceSegmenter forLanguage(String lang, boolean headlines) {
        return SrxSentenceSegmenter.builtIn(lang, headlines);
    }

    /**
     * Okapi's own {@code defaultSegmentation.srx} run by Okapi's engine exactly as Okapi ships it (no
     * normalisation, no post-pass): the baseline of {@code eval segment --golden}.
     */
    public static SentenceSegmenter okapiDefault(String lang) {
        net.sf.okapi.lib.segmentation.SRXDocument doc = new net.sf.okapi.lib.segmentation.SRXDocument();
        try (java.io.InputStream in = net.sf.okapi.lib.segmentation.SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            doc.loadRules(in);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("Okapi's defaultSegmentation.srx is missing", e);
        }
        ThreadLocal<net.sf.okapi.common.ISegmenter> seg = ThreadLocal.withInitial(() -> {
            synchronized (doc) {
                return doc.compileLanguageRules(net.sf.okapi.common.LocaleId.fromString(lang), null);
            }
        });
        return paragraph -> {
            net.sf.okapi.common.ISegmenter s = seg.get();
            s.computeSegments(paragraph);
            java.util.List<Sentence> out = new java.util.ArrayList<>();
            for (net.sf.okapi.common.Range r : s.getRanges()) {
                String t = paragraph.substring(r.start, r.end);
                if (!t.isBlank()) {
                    out.add(new Sentence(t, r.start, r.end));
                }
            }
            return out;
        };
    }

    /** Rules from a user SRX file, for {@code lang}. */
    public static SentenceSegmenter fromSrx(Path srx, String lang) {
        return SrxSentenceSegmenter.fromFile(srx, lang);
    }
}
