package org.tarjama.text;

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

/**
 * The one loader of Tarjama's Arabic affix and clitic facts, kept as data in {@code
 * arabic-facts.properties} next to this class: proclitics and the article, the kunya, nisba suffixes,
 * inflections of derived forms, attached pronouns, agreement endings for word keys and the light
 * stemmer's affixes. Every consumer (glossary check, names, align, tm) reads its lists here, so the
 * lists cannot disagree again. Values are {@link ArabicNormalizer#MATCHING}-folded on load.
 *
 * <p>Loaded once; a missing or incomplete resource is a packaging bug and fails class initialisation.
 */
public final class ArabicFacts {
    static final String RESOURCE = "arabic-facts.properties";

    private static final Properties P = load();

    /** Conjunctions that may open a word (و ف), as one string of letters. */
    public static final String CONJUNCTIONS = letters("clitic.conjunctions");
    /** Prepositions that may follow a conjunction (ب ل ك), as one string of letters. */
    public static final String PREPOSITIONS = letters("clitic.prepositions");
    /** The definite article, normalised. */
    public static final String ARTICLE = single("article");
    /** Shortest stem left after stripping proclitics. */
    public static final int CLITIC_MIN_STEM = number("clitic.min-stem");
    /** The kunya forms (أبو أبا أبي), normalised; the first is canonical. */
    public static final List<String> KUNYA = list("kunya");
    /** Suffixes that make a nisba adjective or gentilic plural from a name's stem. */
    public static final List<String> NISBA_SUFFIXES = list("nisba.suffixes");
    /** Final letters dropped from a name before a nisba suffix. */
    public static final List<String> NISBA_DROP_FINAL = list("nisba.drop-final");
    /** Minimum stem length for regular derived forms. */
    public static final int NISBA_MIN_STEM = number("nisba.min-stem");
    /** Inflections added to a derived form ending in ي. */
    public static final List<String> DERIVED_INFLECTIONS = list("derived.inflections");
    /** Attached pronouns. */
    public static final List<String> ENCLITICS = list("enclitics");
    /** Agreement endings removed from word keys, longest first. */
    public static final List<String> AGREEMENT_ENDINGS = list("agreement.endings");
    /** The light stemmer's prefixes, in the order they are tried. */
    public static final List<String> LIGHT_STEM_PREFIXES = list("light-stem.prefixes");
    /** The light stemmer's suffixes, in the order they are tried. */
    public static final List<String> LIGHT_STEM_SUFFIXES = list("light-stem.suffixes");

    /**
     * Every ending that makes an inflected or derived word of a form rather than another word: nisba
     * suffixes, inflections of derived forms and attached pronouns.
     */
    public static final Set<String> WORD_ENDINGS;

    static {
        Set<String> e = new LinkedHashSet<>(NISBA_SUFFIXES);
        e.addAll(DERIVED_INFLECTIONS);
        e.addAll(ENCLITICS);
        WORD_ENDINGS = Set.copyOf(e);
    }

    private ArabicFacts() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ArabicFacts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String raw(String key) {
        String v = P.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(RESOURCE + " lacks " + key);
        }
        return v;
    }

    /** A |-separated list, each item MATCHING-normalised, order kept, duplicates refused. */
    static List<String> list(String key) {
        List<String> out = new ArrayList<>();
        for (String s : raw(key).split("\\|")) {
            if (s.isBlank()) {
                continue;
            }
            String n = ArabicNormalizer.MATCHING.normalize(s.strip());
            if (out.contains(n)) {
                throw new IllegalStateException(RESOURCE + ", " + key + ": «" + s.strip() + "» twice");
            }
            out.add(n);
        }
        return List.copyOf(out);
    }

    private static String letters(String key) {
        StringBuilder sb = new StringBuilder();
        for (String s : list(key)) {
            if (s.length() != 1) {
                throw new IllegalStateException(RESOURCE + ", " + key + ": «" + s + "» is not one letter");
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private static String single(String key) {
        List<String> l = list(key);
        if (l.size() != 1) {
            throw new IllegalStateException(RESOURCE + ", " + key + ": one value expected");
        }
        return l.get(0);
    }

    private static int number(String key) {
        try {
            return Integer.parseInt(raw(key).strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(RESOURCE + ", " + key + ": not a number", e);
        }
    }
}
