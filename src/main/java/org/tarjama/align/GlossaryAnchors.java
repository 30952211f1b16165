package org.tarjama.align;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryEntry;
import org.tarjama.glossary.TermMatcher;

/**
 * Glossary term pairs as alignment anchors: an entry found in an English sentence (by its English
 * term) and in an Arabic sentence (by any of its Arabic forms, clitic- and normalisation-aware via
 * {@link TermMatcher}) gives both the same anchor key.
 *
 * <p>Thread-safe; serializable as the glossary's entries (the matcher is rebuilt on reading).
 */
public final class GlossaryAnchors implements PhraseAnchors {
    private static final long serialVersionUID = 1L;

    private final List<Entry> entries;
    private transient TermMatcher matcher;

    /** The serialised form of one glossary entry (every field of {@link GlossaryEntry}). */
    private record Entry(String en, boolean caseSensitive, List<String> approved, List<String> variants,
                         List<String> forbidden, List<String> derived, String note, int line,
                         List<String> enVariants) implements Serializable {
        static Entry of(GlossaryEntry e) {
            return new Entry(e.en(), e.caseSensitive(), List.copyOf(e.approved()), List.copyOf(e.variants()),
                    List.copyOf(e.forbidden()), List.copyOf(e.derived()), e.note(), e.line(), List.copyOf(e.enVariants()));
        }

        GlossaryEntry entry() {
            return new GlossaryEntry(en, caseSensitive, approved, variants, forbidden, derived, note, line, enVariants);
        }
    }

    private GlossaryAnchors(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.matcher = TermMatcher.of(glossary());
    }

    public static GlossaryAnchors of(Glossary glossary) {
        return new GlossaryAnchors(glossary.entries().stream().map(Entry::of).toList());
    }

    private Glossary glossary() {
        List<GlossaryEntry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(e.entry());
        }
        return new Glossary("", out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        matcher = TermMatcher.of(glossary());
    }

    @Override
    public List<String> inEnglish(String sentence) {
        List<String> out = new ArrayList<>();
        for (TermMatcher.EnglishMatch m : matcher.findEnglish(sentence)) {
            out.add(m.entry().en().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    @Override
    public List<String> inArabic(String sentence) {
        List<String> out = new ArrayList<>();
        for (TermMatcher.ArabicMatch m : matcher.findArabic(sentence)) {
            out.add(m.entry().en().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
