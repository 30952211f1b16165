package org.tarjama.glossary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tarjama.text.ArabicClitics;
import org.tarjama.text.ArabicFacts;
import org.tarjama.text.ArabicLetters;
import org.tarjama.text.ArabicNormalizer;

/**
 * The few pieces of Arabic morphology that name matching needs beyond proclitics: the kunya (أبو/أبا/أبي
 * as one word), regular nisba/gentilic derived forms and the inflections of irregular derived forms.
 * The lists are data, in {@code org/tarjama/text/arabic-facts.properties} ({@link ArabicFacts}). Hand-written
 * because stemmers (Lucene's Arabic stemmer) strip suffixes blindly and conflate حماسة/حماس.
 */
public final class ArabicMorphology {
    /** The kunya forms, normalised; the first is canonical. */
    public static final List<String> KUNYA = ArabicFacts.KUNYA;
    /** Suffixes that make a nisba adjective or gentilic plural from a name's stem. */
    public static final List<String> NISBA_SUFFIXES = ArabicFacts.NISBA_SUFFIXES;
    /** Final letters dropped from a name before a nisba suffix. */
    public static final List<String> NISBA_DROP_FINAL = ArabicFacts.NISBA_DROP_FINAL;
    /** Minimum stem length for regular derived forms. */
    public static final int NISBA_MIN_STEM = ArabicFacts.NISBA_MIN_STEM;
    /** Inflections added to an irregular derived form from the glossary. */
    public static final List<String> DERIVED_INFLECTIONS = ArabicFacts.DERIVED_INFLECTIONS;

    private ArabicMorphology() {
    }

    /** The canonical spelling of a normalised word: the kunya case forms all become أبو. */
    public static String canonicalWord(String normalizedWord) {
        if (normalizedWord.length() == 3 && KUNYA.contains(normalizedWord)) {
            return KUNYA.get(0);
        }
        return normalizedWord;
    }

    /**
     * True when a word, spelled as written (only {@link ArabicNormalizer#LIGHT}-normalised), starts with
     * the definite article: bare alef + lam, so that ألمانيا (hamza on the alef) is not read as ال + مانيا.
     */
    public static boolean hasArticle(String lightWord) {
        return lightWord.length() >= 2 + ArabicClitics.MIN_STEM && lightWord.charAt(0) == ArabicLetters.ALEF
                && lightWord.charAt(1) == ArabicLetters.LAM;
    }

    /**
     * Regular derived forms of a one-word name (normalised, without article), e.g. اسرائيل →
     * اسرائيلي، اسرائيليون …; the name itself excluded.
     */
    public static Set<String> nisbaForms(String stem) {
        Set<String> stems = new LinkedHashSet<>();
        stems.add(stem);
        for (String f : NISBA_DROP_FINAL) {
            if (stem.endsWith(f)) {
                stems.add(stem.substring(0, stem.length() - f.length()));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : stems) {
            if (s.length() < NISBA_MIN_STEM) {
                continue;
            }
            for (String suf : NISBA_SUFFIXES) {
                out.add(s + suf);
            }
        }
        out.remove(stem);
        return out;
    }

    /** An irregular derived form and its inflections (حمساوي, حمساويه, حمساويون …). */
    public static Set<String> inflections(String derived) {
        Set<String> out = new LinkedHashSet<>();
        out.add(derived);
        for (String suf : DERIVED_INFLECTIONS) {
            out.add(derived + suf);
        }
        return out;
    }
}
