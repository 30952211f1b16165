package org.tarjama.align;

import java.util.Objects;

/**
 * What the aligner uses besides the two texts: a bilingual dictionary (the built-in general one,
 * plus a user's), a proper-name matcher, phrase anchors (glossary pairs), whether to learn a
 * lexicon from the document pair itself, and the initial half-width of the search band.
 */
public record AlignerConfig(Lexicon dictionary, NameMatcher names, PhraseAnchors anchors, boolean learnLexicon,
                            int band) {
    public AlignerConfig {
        Objects.requireNonNull(dictionary, "dictionary");
        names = names == null ? NameMatcher.NONE : names;
        anchors = anchors == null ? PhraseAnchors.NONE : anchors;
        if (band < 4) {
            throw new IllegalArgumentException("band must be at least 4");
        }
    }

    /** Built-in dictionary, no names or anchors, lexicon learning on, band 30. */
    public static AlignerConfig defaults() {
        return new AlignerConfig(Lexicon.builtIn(), NameMatcher.NONE, PhraseAnchors.NONE, true, 30);
    }

    public AlignerConfig withDictionary(Lexicon extra) {
        Lexicon merged = new Lexicon();
        merged.addAll(dictionary);
        merged.addAll(extra);
        return new AlignerConfig(merged, names, anchors, learnLexicon, band);
    }

    public AlignerConfig withNames(NameMatcher matcher) {
        return new AlignerConfig(dictionary, matcher, anchors, learnLexicon, band);
    }

    public AlignerConfig withAnchors(PhraseAnchors a) {
        return new AlignerConfig(dictionary, names, a, learnLexicon, band);
    }

    public AlignerConfig withLearnLexicon(boolean learn) {
        return new AlignerConfig(dictionary, names, anchors, learn, band);
    }

    public AlignerConfig withBand(int b) {
        return new AlignerConfig(dictionary, names, anchors, learnLexicon, b);
    }
}
