package org.tarjama.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One language version of a translation unit (a TMX {@code <tuv>}).
 *
 * @param lang   BCP-47-style language code as written in the source (e.g. {@code en}, {@code ar-SA})
 * @param text   the segment's plain text, inline codes removed
 * @param props  properties of this variant
 * @param notes  notes of this variant
 * @param markup the content of the TMX {@code <seg>} as TMX 1.4b XML (text escaped, inline codes
 *               {@code <bpt>}, {@code <ept>}, {@code <ph>}, {@code <it>}, {@code <hi>}, {@code <ut>}
 *               kept) when the segment has inline codes; empty when the segment is plain text, in
 *               which case {@code text} is the whole segment
 * @param attributes other attributes of the TMX {@code <tuv>} in document order (e.g. {@code
 *               creationdate}, {@code changeid}); empty when there are none
 */
public record Variant(String lang, String text, List<Property> props, List<String> notes, String markup,
                      Map<String, String> attributes) {
    public Variant {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(text, "text");
        props = List.copyOf(props);
        notes = List.copyOf(notes);
        markup = markup == null ? "" : markup;
        attributes = attributes == null || attributes.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** A variant without other {@code <tuv>} attributes. */
    public Variant(String lang, String text, List<Property> props, List<String> notes, String markup) {
        this(lang, text, props, notes, markup, Map.of());
    }

    /** A variant without inline codes. */
    public Variant(String lang, String text, List<Property> props, List<String> notes) {
        this(lang, text, props, notes, "", Map.of());
    }

    public static Variant of(String lang, String text) {
        return new Variant(lang, text, List.of(), List.of(), "", Map.of());
    }

    /** True when the segment carries inline codes (see {@link #markup()}). */
    public boolean hasMarkup() {
        return !markup.isEmpty();
    }

    /** True when this variant's language is {@code language} or a regional form of it (ar matches ar-SA). */
    public boolean isLanguage(String language) {
        return Languages.sameLanguage(lang, language);
    }
}
