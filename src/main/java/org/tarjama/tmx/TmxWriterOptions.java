package org.tarjama.tmx;

import java.time.Instant;

/**
 * How a TMX file is written.
 *
 * @param srcLang      header {@code srclang} and the language written first in every unit
 * @param tgtLang      the target language of bilingual output
 * @param profile      the CAT tool the file is for
 * @param creationDate the header's {@code creationdate}; null for now
 */
public record TmxWriterOptions(String srcLang, String tgtLang, TmxProfile profile, Instant creationDate) {
    public TmxWriterOptions {
        srcLang = srcLang == null || srcLang.isBlank() ? "en" : srcLang;
        tgtLang = tgtLang == null || tgtLang.isBlank() ? "ar" : tgtLang;
        profile = profile == null ? TmxProfile.GENERIC : profile;
    }

    public TmxWriterOptions(String srcLang, String tgtLang, TmxProfile profile) {
        this(srcLang, tgtLang, profile, null);
    }

    public static TmxWriterOptions defaults() {
        return new TmxWriterOptions("en", "ar", TmxProfile.GENERIC);
    }

    public TmxWriterOptions withProfile(TmxProfile p) {
        return new TmxWriterOptions(srcLang, tgtLang, p, creationDate);
    }

    public TmxWriterOptions withCreationDate(Instant date) {
        return new TmxWriterOptions(srcLang, tgtLang, profile, date);
    }
}
