package org.tarjama.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word and number tokens with offsets, in any script. A word is a run of letters
 * and combining marks (tatweel and joiners included, so Arabic words stay whole); a number is a run
 * of digits of any script with inner separators ({@code 2,000}, {@code 3.5}, {@code ٣٫٥}). Apostrophes
 * and hyphens end a token ({@code Hamas's} → {@code Hamas}, {@code s}). Punctuation and spaces are
 * not tokens.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    /** {@link #CLASSES}: neither a word nor a number character. */
    private static final byte OTHER = 0;
    /** {@link #CLASSES}: a word character ({@link #isWordChar}) that is no digit. */
    private static final byte WORD = 1;
    /** {@link #CLASSES}: a digit ({@link Digits#isDigit}). */
    private static final byte DIGIT = 2;
    /**
     * The class of each char below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic), looked up instead of
     * {@link Character#isLetter} and {@link Character#getType}: tokenizing is on the hot path of the names check
     * (every unit's English and Arabic, several times). Other chars take the general test.
     */
    private static final byte[] CLASSES = new byte[0x800];

    static {
        for (int c = 0; c < CLASSES.length; c++) {
            CLASSES[c] = classOf(c);
        }
    }

    private static byte classOf(int cp) {
        return Digits.isDigit(cp) ? DIGIT : isWordChar(cp) ? WORD : OTHER;
    }

    public static List<Token> tokenize(CharSequence s) {
        List<Token> out = new ArrayList<>();
        scan(s, out, null);
        return out;
    }

    /** Just the token texts. */
    public static List<String> words(CharSequence s) {
        List<String> out = new ArrayList<>();
        scan(s, null, out);
        return out;
    }

    /** Adds the tokens of {@code s} to {@code tokens} or (when it is null) their texts to {@code texts}. */
    private static void scan(CharSequence s, List<Token> tokens, List<String> texts) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char ch = s.charAt(i);
            int cp;
            byte cls;
            if (ch < CLASSES.length) {
                cp = ch;
                cls = CLASSES[ch];
            } else {
                cp = Character.codePointAt(s, i);
                cls = classOf(cp);
            }
            if (cls == DIGIT) {
                int start = i;
                int j = i + Character.charCount(cp);
                while (j < n) {
                    char c = s.charAt(j);
                    if (Digits.isDigit(c)) {
                        j++;
                    } else if (isNumberSeparator(c) && j + 1 < n && Digits.isDigit(s.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                add(s, start, j, Token.Kind.NUMBER, tokens, texts);
                i = j;
            } else if (cls == WORD) {
                int start = i;
                int j = i + Character.charCount(cp);
                while (j < n) {
                    char c = s.charAt(j);
                    if (c < CLASSES.length) {
                        if (CLASSES[c] != WORD) {
                            break;
                        }
                        j++;
                    } else {
                        int d = Character.codePointAt(s, j);
                        if (classOf(d) != WORD) {
                            break;
                        }
                        j += Character.charCount(d);
                    }
                }
                add(s, start, j, Token.Kind.WORD, tokens, texts);
                i = j;
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    private static void add(CharSequence s, int start, int end, Token.Kind kind, List<Token> tokens,
                            List<String> texts) {
        String text = s.subSequence(start, end).toString();
        if (tokens != null) {
            tokens.add(new Token(text, start, end, kind));
        } else {
            texts.add(text);
        }
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || cp == ArabicLetters.TATWEEL || cp == 0x200C || cp == 0x200D;
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == ArabicLetters.ARABIC_DECIMAL_SEPARATOR
                || c == ArabicLetters.ARABIC_THOUSANDS_SEPARATOR;
    }
}
