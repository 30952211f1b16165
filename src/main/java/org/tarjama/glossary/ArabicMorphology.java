package org.tarjama.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.tarjama.text.ArabicClitics;
import org.tarjama.text.ArabicLetters;
import org.tarjama.text.ArabicNormalizer;

/**
 * The few pieces of Arabic morphology that name matching needs beyond proclitics: the kunya (أبو/أبا/أبي
 * as one word), regular nisba/gentilic derived forms and the inflections of irregular derived forms.
 * The rules are data, in {@code arabic-morphology.properties} next to this class. Hand-written
 * because stemmers (Lucene's Arabic stemmer) strip suffixes blindly and conflate حماسة/حماس.
 */
public final class ArabicMorphology {
    private static final String RESOURCE = "arabic-morphology.properties";

    /** The kunya forms, normalised; the first is canonical. */
    public static final List<String> KUNYA;
    /** Suffixes that make a nisba adjective or gentilic plural from a name's stem. */
    public static final List<String> NISBA_SUFFIXES;
    /** Final letters dropped from a name before a nisba suffix. */
    public static final List<String> NISBA_DROP_FINAL;
    /** Minimum stem length for regular derived forms. */
    public static final int NISBA_MIN_STEM;
    /** Inflections added to an irregular derived form from the glossary. */
    public static final List<String> DERIVED_INFLECTIONS;

    static {
        Properties p = new Properties();
        try (InputStream in = ArabicMorphology.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KUNYA = list(p, "kunya");
        NISBA_SUFFIXES = list(p, "nisba.suffixes");
        NISBA_DROP_FINAL = list(p, "nisba.drop-final");
        NISBA_MIN_STEM = Integer.parseInt(p.getProperty("nisba.min-stem", "3").trim());
        DERIVED_INFLECTIONS = list(p, "derived.inflections");
    }

    private ArabicMorphology() {
    }

    private static List<String> list(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException(RESOURCE + " lacks " + key);
        }
        List<String> out = new ArrayList<>();
        for (String s : v.split("\\|")) {
            if (!s.isBlank()) {
                out.add(ArabicNormalizer.MATCHING.normalize(s.strip()));
            }
        }
        return List.copyOf(out);
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
