package org.tarjama.text;

/** Named Arabic code points, so that rules read as words rather than magic numbers. */
public final class ArabicLetters {
    private ArabicLetters() {
    }

    public static final char HAMZA = '\u0621';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char WAW_HAMZA = '\u0624';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char YEH_HAMZA = '\u0626';
    public static final char ALEF = '\u0627';
    public static final char BEH = '\u0628';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char TEH = '\u062A';
    public static final char KAF = '\u0643';
    public static final char LAM = '\u0644';
    public static final char HEH = '\u0647';
    public static final char WAW = '\u0648';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char YEH = '\u064A';
    public static final char FEH = '\u0641';
    public static final char TATWEEL = '\u0640';
    public static final char ALEF_WASLA = '\u0671';
    public static final char KEHEH = '\u06A9';
    public static final char FARSI_YEH = '\u06CC';
    public static final char ARABIC_FULL_STOP = '\u06D4';
    public static final char ARABIC_COMMA = '\u060C';
    public static final char ARABIC_SEMICOLON = '\u061B';
    public static final char ARABIC_QUESTION_MARK = '\u061F';
    public static final char ARABIC_LETTER_MARK = '\u061C';
    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    public static final char ARABIC_PERCENT = '\u066A';
    public static final char LRM = '\u200E';
    public static final char RLM = '\u200F';
    public static final char NBSP = '\u00A0';

    /** Harakat and other Arabic combining marks: fathatan … sukun, superscript alef, Quranic marks. */
    public static boolean isDiacritic(int c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670
                || (c >= 0x0610 && c <= 0x061A) || (c >= 0x06D6 && c <= 0x06ED);
    }

    /** Presentation forms A and B (U+FB50–U+FDFF, U+FE70–U+FEFF). */
    public static boolean isPresentationForm(int c) {
        return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
    }

    /** Bidi controls and zero-width characters that carry no text: LRM, RLM, ALM, ZWSP, ZWNJ, ZWJ, BOM, embeddings, isolates. */
    public static boolean isInvisibleControl(int c) {
        return c == 0x200B || c == 0x200C || c == 0x200D || c == LRM || c == RLM || c == ARABIC_LETTER_MARK
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF || c == 0x2060;
    }

    /** An Arabic-script letter (not a mark, digit or punctuation). */
    public static boolean isArabicLetter(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    /** True when the text contains at least one Arabic letter. */
    public static boolean containsArabic(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isArabicLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
