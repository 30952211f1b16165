package org.tarjama.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryEntry;
import org.tarjama.text.Transliteration;

/**
 * The glossary that a {@link NameReport} suggests ({@code names --format tsv|tbx}). The report's text,
 * JSON and HTML are rendered by {@code report} ({@link NameFindings}).
 */
public final class SuggestedGlossary {
    private SuggestedGlossary() {
    }

    /**
     * A suggested glossary: each rendered name with its majority rendering as the approved form and
     * the other renderings as variants (spelling variants) or forbidden forms (different renderings;
     * partial renderings only in the note), the counts in the note; unrendered names are left out (they
     * have no Arabic to suggest: a translator decides). A name of the {@code --glossary} keeps the
     * glossary's approved forms; its renderings that the glossary accepts are variants, the others forbidden.
     */
    public static Glossary of(NameReport report) {
        List<GlossaryEntry> entries = new ArrayList<>();
        // glossary terms are case-insensitive: names differing only in case (MacDonald, Macdonald) share an entry
        Map<String, Integer> byKey = new HashMap<>();
        for (NameReport.Name n : report.names()) {
            List<NameReport.Rendering> full = n.renderings().stream().filter(r -> !r.partial()).toList();
            // an adjective of nationality (Indonesian) rendered by its nisba more often than by anything else:
            // the nisba is its Arabic (الإندونيسية), the base name (إندونيسيا, in an idafa) one of its forms
            NameReport.Rendering nisba = n.approved().isEmpty() ? nisba(n, full) : null;
            if (full.isEmpty() && nisba == null || n.commonWord() && n.approved().isEmpty()) {
                continue; // nothing to suggest, or a common word of the memory (West, House): a term would misfire
            }
            NameReport.Rendering top = nisba != null ? nisba : full.get(0);
            if (!n.attested() && n.approved().isEmpty() && !RenderingKeys.isLatin(top.ar())
                    && Transliteration.similarity(n.en(), top.ar()) < NameCandidates.STRONG_TRANSLITERATION) {
                // a word seen only opening a sentence (Figures, Rapper), whose Arabic is no transliteration of it
                // either: nothing says it is a name
                continue;
            }
            if (top.byWords() && top.count() < 2 && n.approved().isEmpty()) {
                continue; // a window of word translations seen once: where it starts and ends is a guess
            }
            String topKey = RenderingKeys.key(top.ar());
            // with a glossary, its approved forms stay approved: a majority of unapproved renderings
            // must not turn into the suggestion
            boolean glossary = !n.approved().isEmpty();
            List<String> approved = glossary ? n.approved() : List.of(top.ar());
            List<String> variants = new ArrayList<>();
            List<String> forbidden = new ArrayList<>();
            // the derived forms found (nisba, plural, inflection: الأوروبي for Europe) are the entry's derived forms
            List<String> derived = new ArrayList<>();
            for (NameReport.Rendering d : n.derived()) {
                if (d != top && !approved.contains(d.ar()) && !derived.contains(d.ar())) {
                    derived.add(d.ar());
                }
            }
            StringBuilder note = new StringBuilder(n.status().label()).append(": ");
            for (NameReport.Rendering r : n.renderings()) {
                if (glossary && !r.partial() && !approved.contains(r.ar())) {
                    (r.approved() ? variants : forbidden).add(r.ar());
                } else if (nisba != null && !r.partial()) {
                    derived.add(r.ar()); // the base name for its adjective (إندونيسيا for Indonesian)
                } else if (!glossary && r != top && !r.partial()) {
                    // a spelling variant is tolerated; a different rendering is what the glossary should stop
                    (RenderingKeys.key(r.ar()).equals(topKey) ? variants : forbidden).add(r.ar());
                }
                note.append(note.charAt(note.length() - 2) == ':' ? "" : ", ").append(r.ar()).append(" ×")
                        .append(r.count()).append(r.partial() ? " (partial)" : "");
            }
            Integer seen = byKey.putIfAbsent(n.en().toLowerCase(Locale.ROOT), entries.size());
            if (seen != null) {
                GlossaryEntry e = entries.get(seen);
                entries.set(seen, new GlossaryEntry(e.en(), e.caseSensitive(), e.approved(), e.variants(), e.forbidden(),
                        e.derived(), e.note() + "; written " + n.en() + ", " + note, e.line(), e.enVariants()));
                continue;
            }
            if (nisba != null) {
                note.append(note.charAt(note.length() - 2) == ':' ? "" : ", ").append("derived: ");
                for (int i = 0; i < n.derived().size(); i++) {
                    NameReport.Rendering d = n.derived().get(i);
                    note.append(i > 0 ? ", " : "").append(d.ar()).append(" ×").append(d.count());
                }
            }
            entries.add(new GlossaryEntry(n.en(), false, approved, variants, forbidden, derived,
                    note.toString(), 0));
        }
        return new Glossary("tarjama names", entries);
    }

    /**
     * The most frequent derived form of {@code n} (the shortest on a tie: the masculine singular الإندونيسي
     * before الإندونيسية and الإندونيسيين) when {@code n} is shaped like an adjective of nationality or a
     * demonym (Indonesian, Japanese, Spanish, Mexicans) and its derived forms are found in more units than
     * its most frequent rendering; else null.
     */
    static NameReport.Rendering nisba(NameReport.Name n, List<NameReport.Rendering> full) {
        if (n.derived().isEmpty() || !demonymShaped(n.en())) {
            return null;
        }
        long units = 0;
        NameReport.Rendering best = null;
        for (NameReport.Rendering d : n.derived()) {
            units += d.count();
            if (best == null || d.count() > best.count() || d.count() == best.count() && d.ar().length() < best.ar().length()) {
                best = d;
            }
        }
        return units > (full.isEmpty() ? 0 : full.get(0).count()) ? best : null;
    }

    /** English endings of adjectives of nationality and demonyms (Indonesian, Korean, Japanese, Spanish). */
    private static final List<String> DEMONYM_ENDINGS = List.of("ian", "ean", "ican", "ese", "ish");

    /** True when the last word of {@code en} (a plural s aside) ends like an adjective of nationality. */
    static boolean demonymShaped(String en) {
        String w = en.substring(en.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        for (String e : DEMONYM_ENDINGS) {
            if (w.length() > e.length() + 2 && w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
