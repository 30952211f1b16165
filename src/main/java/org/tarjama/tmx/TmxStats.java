package org.tarjama.tmx;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tarjama.model.Property;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;
import org.tarjama.text.Fnv1a;
import org.tarjama.text.Tokenizer;

/**
 * Statistics of a TMX file, in one streaming pass: units, languages (compared case-insensitively, as RFC 4646 says, and shown
 * in canonical form: {@code En-uS} and {@code en-us} are both {@code en-US}; with their variant
 * and word counts), duplicate units (same text in every language), unit props by type.
 */
public final class TmxStats {
    /** Per-language figures. */
    public record LanguageStats(String language, long variants, long words, long emptySegments) {
    }

    /** The statistics of one file. */
    public record Stats(String file, String srcLang, long units, Map<String, LanguageStats> languages,
                        long duplicates, Map<String, Long> props, long unitsWithInlineCodes, long skipped,
                        java.util.List<org.tarjama.model.Diagnostic> skippedUnits) {
    }

    private TmxStats() {
    }

    public static Stats of(Path file, boolean lenient) {
        Map<String, long[]> langs = new TreeMap<>();
        Map<String, Long> props = new TreeMap<>();
        // 128 bits of hash per unit: exact duplicates are counted without keeping the texts
        Set<Hash128> seen = new HashSet<>();
        long units = 0;
        long duplicates = 0;
        long inline = 0;
        try (TmxReader r = TmxReader.open(file, lenient)) {
            String src = r.srcLang();
            while (r.hasNext()) {
                TranslationUnit tu = r.next();
                units++;
                Hash128 h = Hash128.of(tu);
                if (!seen.add(h)) {
                    duplicates++;
                }
                boolean codes = false;
                for (Variant v : tu.variants()) {
                    long[] c = langs.computeIfAbsent(org.tarjama.model.Languages.canonical(v.lang()), k -> new long[3]);
                    c[0]++;
                    c[1] += Tokenizer.words(v.text()).size();
                    if (v.text().isBlank()) {
                        c[2]++;
                    }
                    codes |= v.hasMarkup();
                }
                if (codes) {
                    inline++;
                }
                for (Property p : tu.props()) {
                    props.merge(p.type(), 1L, Long::sum);
                }
            }
            Map<String, LanguageStats> ls = new TreeMap<>();
            langs.forEach((k, c) -> ls.put(k, new LanguageStats(k, c[0], c[1], c[2])));
            java.util.List<org.tarjama.model.Diagnostic> problems = new java.util.ArrayList<>(r.skipped());
            problems.addAll(r.trailingProblems());
            return new Stats(file.toString(), src, units, ls, duplicates, props, inline, r.skippedCount(), problems);
        }
    }

    /**
     * Two independent 64-bit FNV-1a hashes of a unit's languages and texts, whatever the order of its
     * variants ({@code ar, en} is the same unit as {@code en, ar}; the writer puts the source first).
     */
    record Hash128(long a, long b) {
        static Hash128 of(TranslationUnit tu) {
            long a = Fnv1a.OFFSET_BASIS;
            long b = 0x84222325cbf29ce4L; // a second FNV-style hash: other basis, other char mapping, position mixed in
            java.util.List<String[]> parts = new java.util.ArrayList<>(tu.variants().size());
            for (Variant v : tu.variants()) {
                parts.add(new String[] {org.tarjama.model.Languages.primary(v.lang()), v.hasMarkup() ? v.markup() : v.text()});
            }
            parts.sort(java.util.Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
            for (String[] part : parts) {
                for (String s : part) {
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        a = Fnv1a.step(a, c);
                        b = Fnv1a.step(b, c * 31 + 7) + i;
                    }
                    a = Fnv1a.step(a, 0xFFFF);
                    b = Fnv1a.step(b, 0xFFFE);
                }
            }
            return new Hash128(a, b);
        }

        static Hash128 ofText(String s) {
            return of(new TranslationUnit("", java.util.List.of(Variant.of("", s)), java.util.List.of(), java.util.List.of()));
        }
    }
}
