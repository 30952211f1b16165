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

    public static List<Token> tokenize(CharSequence s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(s, i);
            if (Digits.isDigit(cp)) {
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
                out.add(new Token(s.subSequence(start, j).toString(), start, j, Token.Kind.NUMBER));
                i = j;
            } else if (isWordChar(cp)) {
                int start = i;
                int j = i + Character.charCount(cp);
                while (j < n) {
                    int c = Character.codePointAt(s, j);
                    if (!isWordChar(c) || Digits.isDigit(c)) {
                        break;
                    }
                    j += Character.charCount(c);
                }
                out.add(new Token(s.subSequence(start, j).toString(), start, j, Token.Kind.WORD));
                i = j;
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** Just the token texts. */
    public static List<String> words(CharSequence s) {
        List<Token> tokens = tokenize(s);
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.text());
        }
        return out;
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
