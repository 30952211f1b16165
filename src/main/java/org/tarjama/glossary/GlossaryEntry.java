package org.tarjama.glossary;

import java.util.List;
import java.util.Objects;

/**
 * One glossary entry: an English term and its Arabic forms.
 *
 * @param en            the English term ("Iron Dome")
 * @param caseSensitive true when the English must match case exactly (default false)
 * @param approved      approved Arabic forms, the preferred first ("القبة الحديدية")
 * @param variants      accepted variants (spelling the house style tolerates)
 * @param forbidden     forbidden variants (e.g. أشكلون when the house style is عسقلان)
 * @param derived       irregular derived forms reported as derived, not missing (حمساوي for Hamas)
 * @param note          free note, possibly empty
 * @param line          1-based line (or entry number) in the glossary file, 0 when unknown
 */
public record GlossaryEntry(String en, boolean caseSensitive, List<String> approved, List<String> variants,
                            List<String> forbidden, List<String> derived, String note, int line) {
    public GlossaryEntry {
        Objects.requireNonNull(en, "en");
        approved = List.copyOf(approved);
        variants = List.copyOf(variants);
        forbidden = List.copyOf(forbidden);
        derived = List.copyOf(derived);
        note = note == null ? "" : note;
    }

    /** An entry with one approved form and nothing else. */
    public static GlossaryEntry of(String en, String ar) {
        return new GlossaryEntry(en, false, List.of(ar), List.of(), List.of(), List.of(), "", 0);
    }

    /** The preferred Arabic form. */
    public String preferred() {
        return approved.isEmpty() ? "" : approved.get(0);
    }
}
