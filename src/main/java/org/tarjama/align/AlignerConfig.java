package org.tarjama.align;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the aligner uses besides the two texts: a bilingual dictionary (the built-in general one,
 * plus a user's), a proper-name matcher, phrase anchors (glossary pairs), whether to learn a
 * lexicon from the document pair itself, and the initial half-width of the search band.
 *
 * <p>Immutable and {@link Serializable}: every component is immutable (or, for the name matcher,
 * thread-safe with bounded caches that are rebuilt after deserialisation), so a Spark job can build
 * one configuration on the driver, broadcast it, and let every executor thread align with it.
 */
public record AlignerConfig(Lexicon dictionary, NameMatcher names, PhraseAnchors anchors, boolean learnLexicon,
                            int band) implements Serializable {
    private static final long serialVersionUID = 1L;

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

    /** This configuration with proper-name anchors from transliteration ({@link TransliterationNames}), as {@code tarjama align} uses. */
    public static AlignerConfig standard() {
        return defaults().withNames(new TransliterationNames());
    }

    /** This configuration with another dictionary added to its own (a user's {@code --dictionary}, or a learned lexicon). */
    public AlignerConfig withDictionary(Lexicon extra) {
        return new AlignerConfig(dictionary.union(extra), names, anchors, learnLexicon, band);
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
