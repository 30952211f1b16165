package org.tarjama.tmx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.tarjama.model.Property;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;

/**
 * Keeps units by alignment score ({@code x-alignment-score}), by unit prop values and by language.
 *
 * @param minScore  keep units whose {@code x-alignment-score} is at least this (units without a score
 *                  are dropped); null for no score filter
 * @param languages keep units that have a variant in every one of these languages, and only those
 *                  variants; empty for all
 * @param props     keep units whose prop of each type has the given value
 */
public record TmxFilter(Double minScore, List<String> languages, Map<String, String> props) {
    public static final String SCORE = "x-alignment-score";

    public TmxFilter {
        languages = List.copyOf(languages);
        props = Map.copyOf(props);
    }

    /** Why a unit was dropped, or null when it is kept. */
    public String rejects(TranslationUnit tu) {
        if (minScore != null) {
            OptionalDouble s = score(tu);
            if (s.isEmpty()) {
                return prop(tu, SCORE) == null ? "no " + SCORE : SCORE + " not a number";
            }
            if (s.getAsDouble() < minScore) {
                return "score below " + minScore;
            }
        }
        for (Map.Entry<String, String> e : props.entrySet()) {
            if (!e.getValue().equals(prop(tu, e.getKey()))) {
                return "prop " + e.getKey();
            }
        }
        for (String l : languages) {
            if (tu.variant(l).isEmpty()) {
                return "no " + l;
            }
        }
        return null;
    }

    /** The unit with only the variants in the selected languages (all when none are selected). */
    public TranslationUnit apply(TranslationUnit tu) {
        if (languages.isEmpty()) {
            return tu;
        }
        List<Variant> keep = new ArrayList<>();
        for (Variant v : tu.variants()) {
            for (String l : languages) {
                if (v.isLanguage(l)) {
                    keep.add(v);
                    break;
                }
            }
        }
        return new TranslationUnit(tu.tuid(), keep, tu.props(), tu.notes(), tu.attributes());
    }

    /**
     * The unit's alignment score; Trados-typed props ({@code x-alignment-score:SingleString}) count too.
     * Empty when the prop is absent or not a finite number ({@code NaN}, {@code Infinity}, {@code 0,9}).
     */
    public static OptionalDouble score(TranslationUnit tu) {
        String v = prop(tu, SCORE);
        if (v == null) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(v.trim());
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** A unit prop's value by type, ignoring a Trados {@code :Type} suffix; null when absent. */
    public static String prop(TranslationUnit tu, String type) {
        for (Property p : tu.props()) {
            String t = p.type();
            int colon = t.indexOf(':');
            if (t.equals(type) || (colon > 0 && t.substring(0, colon).equals(type))) {
                return p.value();
            }
        }
        return null;
    }
}
