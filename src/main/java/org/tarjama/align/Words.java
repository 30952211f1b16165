package org.tarjama.align;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.tarjama.text.ArabicFacts;
import org.tarjama.text.ArabicLetters;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.Digits;

/**
 * Word keys for lexical matching: English words lower-cased with plural/possessive endings cut,
 * Arabic words normalised (MATCHING) and light-stemmed (conjunction, article and prepositions in
 * front, the common suffixes behind, Larkey's "light10" style). Stems are crude on purpose: they
 * only need to make the same word in two sentences of one document get the same key.
 *
 * <p>Hand-written because the only library Arabic stemmer on the class path (Lucene's) belongs to
 * the TM package's analysis chain and is not available as a plain function.
 */
final class Words {
    private static final Set<String> EN_STOP = load("stopwords.en.txt");
    private static final Set<String> AR_STOP = load("stopwords.ar.txt");
    /** Light-stem affixes, from {@link ArabicFacts} (Larkey's light10). */
    private static final String[] AR_PREFIXES = ArabicFacts.LIGHT_STEM_PREFIXES.toArray(new String[0]);
    private static final String[] AR_SUFFIXES = ArabicFacts.LIGHT_STEM_SUFFIXES.toArray(new String[0]);

    private Words() {
    }

    /** English key, or null for a function word. */
    static String english(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 2 || EN_STOP.contains(w)) {
            return null;
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Arabic key of an Arabic word (already MATCHING-normalised), or null for a function word. */
    static String arabic(String normalized) {
        String w = normalized;
        if (w.length() < 2 || AR_STOP.contains(w)) {
            return null;
        }
        if (w.length() > 3 && w.charAt(0) == ArabicLetters.WAW) {
            w = w.substring(1);
        }
        for (String p : AR_PREFIXES) {
            if (w.startsWith(p) && w.length() - p.length() >= 2) {
                w = w.substring(p.length());
                break;
            }
        }
        if (w.length() > 3 && (w.charAt(0) == ArabicLetters.BEH || w.charAt(0) == ArabicLetters.LAM
                || w.charAt(0) == ArabicLetters.FEH || w.charAt(0) == ArabicLetters.KAF) && AR_STOP.contains(w) == false
                && w.length() >= 5) {
            // a preposition glued to an indefinite noun (بسبب، لمدة): only cut from long words
            w = w.substring(1);
        }
        for (String s : AR_SUFFIXES) {
            if (w.endsWith(s) && w.length() - s.length() >= 2) {
                w = w.substring(0, w.length() - s.length());
                break;
            }
        }
        return AR_STOP.contains(w) ? null : w;
    }

    /** Normalises an Arabic text for keying. */
    static String normalizeArabic(String s) {
        return ArabicNormalizer.MATCHING.normalize(s);
    }

    /** True when the word contains a Latin letter. */
    static boolean isLatin(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Canonical form of a number token in any digit script: {@code 2,000}, {@code 2000} and
     * {@code ٢٠٠٠} all give {@code 2000}; {@code 3.5}, {@code ٣٫٥} and {@code 3,5} give {@code 3.5}.
     */
    // compiled once: String.matches compiled each of them for every number token of every sentence
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern THOUSANDS_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3}){2,}");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");
    private static final Pattern ZERO_FRACTION = Pattern.compile("\\.0+");

    static String number(String token) {
        String s = Digits.toAscii(token);
        if (THOUSANDS_COMMA.matcher(s).matches()) {
            s = s.replace(",", "");
        } else if (THOUSANDS_DOT.matcher(s).matches()) {
            s = s.replace(".", "");
        } else if (DECIMAL_COMMA.matcher(s).matches()) {
            s = s.replace(',', '.');
        }
        int dot = s.indexOf('.');
        String intPart = dot < 0 ? s : s.substring(0, dot);
        String frac = dot < 0 ? "" : s.substring(dot);
        intPart = LEADING_ZEROS.matcher(intPart).replaceFirst("");
        if (ZERO_FRACTION.matcher(frac).matches()) {
            frac = "";
        }
        return intPart + frac;
    }

    private static Set<String> load(String name) {
        Set<String> out = new HashSet<>();
        for (String line : org.tarjama.text.ResourceText.dataLines(Words.class, name)) {
            for (String w : line.split("\\s+")) {
                out.add(w);
            }
        }
        return out;
    }
}
