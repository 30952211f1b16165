package org.tarjama.tm;

import java.util.Locale;

/** The two directions a memory of English–Arabic units serves, and the checks every store shares. */
public final class Directions {
    private Directions() {
    }

    /**
     * True when {@code sourceLang} is Arabic ({@code ar}, {@code ar-SA}…), false for English
     * ({@code en}, {@code en-US}…); any other language is refused: the memory holds English and Arabic.
     */
    public static boolean arabicSource(String sourceLang) {
        String base = sourceLang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = base.indexOf('-');
        if (dash >= 0) {
            base = base.substring(0, dash);
        }
        if (base.equals("ar")) {
            return true;
        }
        if (base.equals("en")) {
            return false;
        }
        throw new IllegalArgumentException("the memory holds English and Arabic; source language '" + sourceLang
                + "' is neither (use en or ar)");
    }

    /** Refuses a minimum outside 1–100 or a top below 1. */
    public static void checkLimits(int min, int top) {
        if (min < 1 || min > 100) {
            throw new IllegalArgumentException("minimum match must be 1–100, got " + min);
        }
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, got " + top);
        }
    }
}
