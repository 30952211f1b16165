package org.tarjama.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.TermMatcher;

/**
 * Glossary term pairs as alignment anchors: an entry found in an English sentence (by its English
 * term) and in an Arabic sentence (by any of its Arabic forms, clitic- and normalisation-aware via
 * {@link TermMatcher}) gives both the same anchor key.
 */
public final class GlossaryAnchors implements PhraseAnchors {
    private final TermMatcher matcher;

    private GlossaryAnchors(TermMatcher matcher) {
        this.matcher = matcher;
    }

    public static GlossaryAnchors of(Glossary glossary) {
        return new GlossaryAnchors(TermMatcher.of(glossary));
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
