package org.tarjama.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One glossary entry: an English term and its Arabic forms.
 *
 * @param en            the English term ("Iron Dome")
 * @param caseSensitive true when the English must match case exactly (default false; an English form
 *                      written in capitals only, such as "UN", is always matched case-sensitively)
 * @param approved      approved Arabic forms, the preferred first ("القبة الحديدية")
 * @param variants      accepted variants (spelling the house style tolerates)
 * @param forbidden     forbidden variants (e.g. أشكلون when the house style is عسقلان)
 * @param derived       irregular derived forms reported as derived, not missing (حمساوي for Hamas);
 *                      when given they replace the regular nisba rule for this entry
 * @param note          free note, possibly empty
 * @param line          1-based line (or entry number) in the glossary file, 0 when unknown
 * @param enVariants    other English forms of the same name ("UN" for "United Nations"), possibly empty
 * @param exceptions    English phrases in which the term is not this entry's name ("Jordan Spieth" for
 *                      Jordan → الأردن): an occurrence of the term inside one of them is not checked;
 *                      possibly empty
 */
public record GlossaryEntry(String en, boolean caseSensitive, List<String> approved, List<String> variants,
                            List<String> forbidden, List<String> derived, String note, int line,
                            List<String> enVariants, List<String> exceptions) {
    public GlossaryEntry {
        Objects.requireNonNull(en, "en");
        approved = List.copyOf(approved);
        variants = List.copyOf(variants);
        forbidden = List.copyOf(forbidden);
        derived = List.copyOf(derived);
        note = note == null ? "" : note;
        enVariants = enVariants == null ? List.of() : List.copyOf(enVariants);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    /** An entry without context exceptions. */
    public GlossaryEntry(String en, boolean caseSensitive, List<String> approved, List<String> variants,
                         List<String> forbidden, List<String> derived, String note, int line,
                         List<String> enVariants) {
        this(en, caseSensitive, approved, variants, forbidden, derived, note, line, enVariants, List.of());
    }

    /** This entry with {@code exceptions} as its context exceptions. */
    public GlossaryEntry withExceptions(List<String> exceptions) {
        return new GlossaryEntry(en, caseSensitive, approved, variants, forbidden, derived, note, line, enVariants,
                exceptions);
    }

    /** An entry without English variants (the original eight-field form). */
    public GlossaryEntry(String en, boolean caseSensitive, List<String> approved, List<String> variants,
                         List<String> forbidden, List<String> derived, String note, int line) {
        this(en, caseSensitive, approved, variants, forbidden, derived, note, line, List.of());
    }

    /** An entry with one approved form and nothing else. */
    public static GlossaryEntry of(String en, String ar) {
        return new GlossaryEntry(en, false, List.of(ar), List.of(), List.of(), List.of(), "", 0);
    }

    /** The preferred Arabic form. */
    public String preferred() {
        return approved.isEmpty() ? "" : approved.get(0);
    }

    /** The English term followed by its English variants. */
    public List<String> englishForms() {
        List<String> out = new ArrayList<>(1 + enVariants.size());
        out.add(en);
        out.addAll(enVariants);
        return out;
    }

    /** Approved forms followed by accepted variants: every Arabic form that satisfies the entry. */
    public List<String> acceptedForms() {
        List<String> out = new ArrayList<>(approved.size() + variants.size());
        out.addAll(approved);
        out.addAll(variants);
        return out;
    }
}
