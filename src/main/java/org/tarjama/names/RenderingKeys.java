package org.tarjama.names;

import java.util.regex.Pattern;
import org.tarjama.text.ArabicClitics;
import org.tarjama.text.ArabicNormalizer;

/** How the names check compares renderings: the keys it groups them by, and whether one is in Latin script. */
final class RenderingKeys {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RenderingKeys() {
    }

    /**
     * The key renderings are grouped by: {@link ArabicNormalizer#MATCHING}-folded, the article
     * removed (الأردن and أردن are one rendering), spaces single.
     */
    static String key(String rendering) {
        java.util.HashMap<String, String> memo = KEYS.get();
        String k = memo.get(rendering);
        if (k == null) {
            k = keyOf(rendering);
            if (memo.size() >= MAX_KEYS) {
                memo.clear();
            }
            memo.put(rendering, k);
        }
        return k;
    }

    /** {@link #key} worked out. */
    static String keyOf(String rendering) {
        return stripArticle(singleSpaces(hyphensAsSpaces(ArabicNormalizer.MATCHING.normalize(rendering).strip())));
    }

    /** Renderings whose {@link #key} a thread remembers at most (then it forgets them all). */
    static final int MAX_KEYS = 20_000;
    /**
     * Per thread, the keys of the renderings seen (a memory renders a name the same way in many units, and the
     * candidates of one unit are keyed several times): a lookup costs less than the normalisation.
     */
    private static final ThreadLocal<java.util.HashMap<String, String>> KEYS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    /** The rendering without a leading article, spelling kept: what tells spelling variants apart. */
    static String spellingKey(String rendering) {
        String l = singleSpaces(hyphensAsSpaces(ArabicNormalizer.LIGHT.normalize(rendering).strip()));
        return stripArticle(l);
    }

    /**
     * {@code s} with the hyphens between words as spaces: سي-سبان and سي سبان are one rendering (the
     * suggestion shows the spelling written most often).
     */
    private static String hyphensAsSpaces(String s) {
        return s.indexOf('-') < 0 && s.indexOf('\u2010') < 0 && s.indexOf('\u2011') < 0 ? s
                : s.replace('-', ' ').replace('\u2010', ' ').replace('\u2011', ' ');
    }

    /** {@code s} with each run of white space as one space (s itself when it has none to change). */
    private static String singleSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)))) {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    private static String stripArticle(String s) {
        return s.startsWith(ArabicClitics.ARTICLE) && s.length() >= 2 + 3 && s.charAt(2) != ' ' ? s.substring(2) : s;
    }


    /** True when {@code s} has a Latin letter (a name the translator left in Latin script). */
    static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))
                    && Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.LATIN) {
                return true;
            }
        }
        return false;
    }
}
