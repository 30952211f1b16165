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

    /**
     * The variant in {@code language}: the exact code first (case-insensitive), else the only variant of
     * the same primary language (see {@link Languages#select}); empty when there is none or when the
     * fallback would be ambiguous.
     */
    public Optional<Variant> variant(String language) {
        int i = Languages.select(langs(), language, -1);
        return i < 0 ? Optional.empty() : Optional.of(variants.get(i));
    }

    /**
     * The source and target variants of a bilingual pair, chosen as {@link #variant} does but never the
     * same variant for both sides ({@code en-us} → {@code en-gb} is a pair; with only {@code en-gb}
     * present, {@code en-us} does not fall back to the target's variant). Empty when either is missing.
     */
    public Optional<Variant[]> pair(String src, String tgt) {
        List<String> l = langs();
        int t = Languages.select(l, tgt, -1);
        int exactSrc = Languages.select(l, src, t);
        if (t < 0 || exactSrc < 0) {
            return Optional.empty();
        }
        // the target may have taken the source's own exact variant through a fallback: choose again the other way
        int s = Languages.select(l, src, -1);
        int t2 = Languages.select(l, tgt, s);
        if (s >= 0 && t2 >= 0 && s != t2) {
            return Optional.of(new Variant[] {variants.get(s), variants.get(t2)});
        }
        return Optional.of(new Variant[] {variants.get(exactSrc), variants.get(t)});
    }

    private List<String> langs() {
        List<String> l = new ArrayList<>(variants.size());
        for (Variant v : variants) {
            l.add(v.lang());
        }
        return l;
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
