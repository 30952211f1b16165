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

    /** Rules from a user SRX file, for {@code lang}. */
    public static SentenceSegmenter fromSrx(Path srx, String lang) {
        return SrxSentenceSegmenter.fromFile(srx, lang);
    }
}
