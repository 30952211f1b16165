package org.tarjama.align;

import java.util.List;

/**
 * Whether the two sides of a document pair are in the scripts they claim: files given in the wrong
 * order, or a side that is not Arabic, would put the wrong language in each TMX {@code <tuv>} with
 * nothing else to show for it.
 */
public final class ScriptCheck {
    private ScriptCheck() {
    }

    /**
     * Whether the files look given in the wrong order: the English side mostly Arabic script and the
     * Arabic side not. Aligning them would put Arabic under {@code xml:lang="en"}.
     */
    public static boolean swapped(ParallelText text) {
        double enArabic = arabicShare(text.enTexts());
        double arArabic = arabicShare(text.arTexts());
        return enArabic > 0.5 && arArabic < 0.5;
    }

    /** A warning when the files look swapped or are not English and Arabic; null when they look right. */
    public static String warning(ParallelText text) {
        double enArabic = arabicShare(text.enTexts());
        double arArabic = arabicShare(text.arTexts());
        if (enArabic > 0.5 && arArabic < 0.5) {
            return "the English file is mostly Arabic script and the Arabic file is not: are EN_FILE and AR_FILE swapped?";
        }
        if (enArabic > 0.5) {
            return "the English file is mostly Arabic script";
        }
        if (arArabic >= 0 && arArabic < 0.2) {
            return "the Arabic file has little or no Arabic script";
        }
        return null;
    }

    /** Code points below this are classified from {@link #KIND} (Latin, Arabic and their punctuation). */
    private static final int TABLE = 0x0800;
    /** Per code point below {@link #TABLE}: 0 not a letter, 1 a letter, 2 an Arabic-script letter. */
    private static final byte[] KIND = new byte[TABLE];

    static {
        for (int c = 0; c < TABLE; c++) {
            KIND[c] = kind(c);
        }
    }

    private static byte kind(int c) {
        if (!Character.isLetter(c)) {
            return 0;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC ? (byte) 2 : (byte) 1;
    }

    /**
     * Share of Arabic-script letters among the letters of the texts; -1 when there are no letters.
     * English and Arabic text is almost all below U+0800: those code points are read from a table made
     * with the same Character methods ({@code UnicodeScript.of} is a binary search per letter, a tenth
     * of a cold {@code align} on 8,000 sentences), the rest asks Character directly.
     */
    static double arabicShare(List<String> texts) {
        long letters = 0;
        long arabic = 0;
        for (String t : texts) {
            for (int i = 0; i < t.length(); ) {
                char ch = t.charAt(i);
                int k;
                if (ch < TABLE) {
                    k = KIND[ch];
                    i++;
                } else {
                    int c = t.codePointAt(i);
                    i += Character.charCount(c);
                    k = kind(c);
                }
                if (k != 0) {
                    letters++;
                    if (k == 2) {
                        arabic++;
                    }
                }
            }
        }
        return letters == 0 ? -1 : (double) arabic / letters;
    }
}
