package org.tarjama.text;

/**
 * Digit folding: Arabic-Indic (٠–٩, U+0660) and Extended/Eastern Arabic-Indic (۰–۹, U+06F0) digits to
 * ASCII, and back. Arabic decimal (٫) and thousands (٬) separators fold to '.' and ','.
 */
public final class Digits {
    private Digits() {
    }

    public static final int ARABIC_INDIC_ZERO = 0x0660;
    public static final int EASTERN_ARABIC_INDIC_ZERO = 0x06F0;

    /** The value 0–9 of a digit in any of the three scripts, or -1. */
    public static int value(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
            return c - ARABIC_INDIC_ZERO;
        }
        if (c >= EASTERN_ARABIC_INDIC_ZERO && c <= EASTERN_ARABIC_INDIC_ZERO + 9) {
            return c - EASTERN_ARABIC_INDIC_ZERO;
        }
        return -1;
    }

    public static boolean isDigit(int c) {
        return value(c) >= 0;
    }

    /** Same length as the input: every digit to ASCII, ٫ to '.', ٬ to ','. */
    public static String toAscii(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = value(c);
            if (v >= 0) {
                sb.append((char) ('0' + v));
            } else if (c == ArabicLetters.ARABIC_DECIMAL_SEPARATOR) {
                sb.append('.');
            } else if (c == ArabicLetters.ARABIC_THOUSANDS_SEPARATOR) {
                sb.append(',');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** ASCII digits to Arabic-Indic digits (٠–٩); other characters unchanged. */
    public static String toArabicIndic(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '0' && c <= '9' ? (char) (ARABIC_INDIC_ZERO + (c - '0')) : c);
        }
        return sb.toString();
    }

    /** True when the text uses Arabic-Indic or Eastern digits and no ASCII digits. */
    public static boolean prefersArabicIndic(CharSequence s) {
        boolean arabic = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return false;
            }
            if (value(c) >= 0) {
                arabic = true;
            }
        }
        return arabic;
    }
}
