package org.tarjama.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A translation unit (a TMX {@code <tu>}): an id, its language variants in document order, and its
 * properties and notes.
 *
 * @param tuid     unit id; may be empty when the source has none
 * @param variants language versions, in the order they were read or should be written
 * @param props    unit-level properties
 * @param notes      unit-level notes
 * @param attributes other attributes of the TMX {@code <tu>} in document order (e.g. {@code
 *                   creationdate}, {@code changedate}, {@code changeid}, {@code usagecount}); empty
 *                   when there are none
 */
public record TranslationUnit(String tuid, List<Variant> variants, List<Property> props, List<String> notes,
                              Map<String, String> attributes) {
    public TranslationUnit {
        Objects.requireNonNull(tuid, "tuid");
        variants = List.copyOf(variants);
        props = List.copyOf(props);
        notes = List.copyOf(notes);
        attributes = attributes == null || attributes.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** A unit without other {@code <tu>} attributes. */
    public TranslationUnit(String tuid, List<Variant> variants, List<Property> props, List<String> notes) {
        this(tuid, variants, props, notes, Map.of());
    }

    /** A bilingual unit without properties. */
    public static TranslationUnit of(String tuid, String srcLang, String srcText, String tgtLang, String tgtText) {
        return new TranslationUnit(tuid, List.of(Variant.of(srcLang, srcText), Variant.of(tgtLang, tgtText)),
                List.of(), List.of());
    }

    /** The first variant in {@code language} (primary subtag match), if any. */
    public Optional<Variant> variant(String language) {
        for (Variant v : variants) {
            if (v.isLanguage(language)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The text of the first variant in {@code language}, or the empty string. */
    public String text(String language) {
        return variant(language).map(Variant::text).orElse("");
    }

    /** The value of the first unit-level property of {@code type}, if any. */
    public Optional<String> prop(String type) {
        for (Property p : props) {
            if (p.type().equals(type)) {
                return Optional.of(p.value());
            }
        }
        return Optional.empty();
    }

    /** A copy with one more unit-level property. */
    public TranslationUnit withProp(String type, String value) {
        List<Property> more = new ArrayList<>(props);
        more.add(new Property(type, value));
        return new TranslationUnit(tuid, variants, more, notes, attributes);
    }

    /** A copy with another id. */
    public TranslationUnit withTuid(String newTuid) {
        return new TranslationUnit(newTuid, variants, props, notes, attributes);
    }
}
