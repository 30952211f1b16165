package org.tarjama.model;

import java.util.List;
import java.util.Objects;

/**
 * One language version of a translation unit (a TMX {@code <tuv>}).
 *
 * @param lang  BCP-47-style language code as written in the source (e.g. {@code en}, {@code ar-SA})
 * @param text  the segment's plain text, inline codes removed
 * @param props properties of this variant
 * @param notes notes of this variant
 */
public record Variant(String lang, String text, List<Property> props, List<String> notes) {
    public Variant {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(text, "text");
        props = List.copyOf(props);
        notes = List.copyOf(notes);
    }

    public static Variant of(String lang, String text) {
        return new Variant(lang, text, List.of(), List.of());
    }

    /** True when this variant's language is {@code language} or a regional form of it (ar matches ar-SA). */
    public boolean isLanguage(String language) {
        return Languages.sameLanguage(lang, language);
    }
}
