package org.tarjama.tmx;

/**
 * How a TMX file is written.
 *
 * @param srcLang  header {@code srclang} and the language written first in every unit
 * @param tgtLang  the target language of bilingual output
 * @param profile  the CAT tool the file is for
 */
public record TmxWriterOptions(String srcLang, String tgtLang, TmxProfile profile) {
    public static TmxWriterOptions defaults() {
        return new TmxWriterOptions("en", "ar", TmxProfile.GENERIC);
    }
}
