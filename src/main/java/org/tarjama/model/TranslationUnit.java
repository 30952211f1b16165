package org.tarjama.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A translation unit (a TMX {@code <tu>}): an id, its language variants in document order, and its
 * properties and notes.
 *
 * @param tuid     unit id; may be empty when the source has none
 * @param variants language versions, in the order they were read or should be written
 * @param props    unit-level properties
 * @param notes    unit-level notes
 */
public record TranslationUnit(String tuid, List<Variant> variants, List<Property> props, List<String> notes) {
    public TranslationUnit {
        Objects.requireNonNull(tuid, "tuid");
        variants = List.copyOf(variants);
        props = List.copyOf(props);
        notes = List.copyOf(notes);
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
        return new TranslationUnit(tuid, variants, more, notes);
    }

    /** A copy with another id. */
    public TranslationUnit withTuid(String newTuid) {
        return new TranslationUnit(newTuid, variants, props, notes);
    }
}
