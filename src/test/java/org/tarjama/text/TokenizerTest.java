package org.tarjama.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    @Test
    void wordsAndNumbersInAnyScript() {
        assertEquals(List.of("Hamas", "s", "2,000", "men", "in", "Gaza"), Tokenizer.words("Hamas's 2,000 men in Gaza."));
        assertEquals(List.of("والتقى", "٣٫٥", "مسؤولون"), Tokenizer.words("والتقى ٣٫٥ مسؤولون!"));
        List<Token> t = Tokenizer.tokenize("a 12 b");
        assertEquals(new Token("12", 2, 4, Token.Kind.NUMBER), t.get(1));
        assertEquals(new Token("b", 5, 6, Token.Kind.WORD), t.get(2));
    }

    /** The table-driven scan cuts exactly as the plain definition (the code before it) on mixed random text. */
    @Test
    void sameTokensAsThePlainDefinition() {
        String alphabet = "aZé0 9.,'-\u0627\u0644\u064E\u0640\u0660\u0669\u066B\u066C\u06F5\u200C\u200D\u0915\u093E"
                + "\u4E2D\uFB50\uFEFB\u00A0\u2019\uD835\uDC00\uD800";
        Random r = new Random(1);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(16);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            List<Token> expected = plain(s);
            assertEquals(expected, Tokenizer.tokenize(s), s);
            assertEquals(expected.stream().map(Token::text).toList(), Tokenizer.words(s), s);
        }
    }

    private static List<Token> plain(CharSequence s) {
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
                    } else if ((c == '.' || c == ',' || c == '\u066B' || c == '\u066C') && j + 1 < n
                            && Digits.isDigit(s.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                out.add(new Token(s.subSequence(start, j).toString(), start, j, Token.Kind.NUMBER));
                i = j;
            } else if (Tokenizer.isWordChar(cp)) {
                int start = i;
                int j = i + Character.charCount(cp);
                while (j < n) {
                    int c = Character.codePointAt(s, j);
                    if (!Tokenizer.isWordChar(c) || Digits.isDigit(c)) {
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
}
