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

    /** Rules from a user SRX file, for {@code lang}. */
    public static SentenceSegmenter fromSrx(Path srx, String lang) {
        return SrxSentenceSegmenter.fromFile(srx, lang);
    }
}
