package org.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ScriptCheck#arabicShare}'s table gives what Character says, code point by code point. */
class ScriptCheckTest {
    /** The share as Character computes it, one code point at a time (the definition the table stands for). */
    private static double reference(String t) {
        long letters = 0;
        long arabic = 0;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                }
            }
        }
        return letters == 0 ? -1 : (double) arabic / letters;
    }

    @Test
    void everyCodePointBelowU1000CountsAsCharacterSays() {
        for (int c = 0; c < 0x1000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String one = new String(Character.toChars(c));
            // with one Latin and one Arabic letter beside it, so the share shows whether c counted and how
            String t = "a" + one + "\u0628";
            assertEquals(reference(t), ScriptCheck.arabicShare(List.of(t)), 0.0, "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void realTextAndSupplementaryLetters() {
        List<String> texts = List.of("Rocket fire continued on Tuesday morning.",
                "إستمر إطلاق الصواريخ صباح اليوم الثلاثاء، ﷲ ﻻ ـ ١٢٣",
                "\uD83D\uDE00 \uD835\uDC00 \uD803\uDE60 \uD83A\uDD00", "", "123 ...");
        for (String t : texts) {
            assertEquals(reference(t), ScriptCheck.arabicShare(List.of(t)), 0.0, t);
        }
        assertEquals(-1.0, ScriptCheck.arabicShare(List.of("123", " ")), 0.0);
    }
}
