package org.tarjama.model;

import java.util.Locale;

/**
 * The explicit resource limits on input (docs/limits.md). Hostile or broken input (a TMX segment of
 * 50 MB, a text "line" of 100 MB, a zip bomb posing as .docx, a MANIFEST claiming two billion units)
 * is refused as bad input (exit 3) naming the file and position, long before the Java heap runs out;
 * real translation material stays far below every limit. Each limit can be raised (or lowered, as the
 * tests do) with a system property, e.g. {@code TARJAMA_JAVA_OPTS=-Dtarjama.limit.lineChars=8000000}.
 */
public final class Limits {
    private Limits() {
    }

    /** Longest line of a text file (a paragraph, a TSV row, a list entry), in characters. */
    public static int lineChars() {
        return get("lineChars", 1 << 20);
    }

    /** Longest TMX translation unit ({@code <tu>} with its variants, notes and properties), in characters. */
    public static int unitChars() {
        return get("unitChars", 4 << 20);
    }

    /** Longest glossary cell (a term, a note, any JSON string), in characters. */
    public static int cellChars() {
        return get("cellChars", 1 << 20);
    }

    /** Largest inflated XML part of a .docx/.odt/.xlsx/.pptx (its document.xml), in bytes. */
    public static long documentPartBytes() {
        return get("documentPartBytes", 64 << 20);
    }

    /** The system property of a limit, for messages. */
    public static String property(String name) {
        return "tarjama.limit." + name;
    }

    /** A message tail saying how to raise a limit. */
    public static String raise(String name) {
        return "limit " + property(name) + ", see docs/limits.md";
    }

    private static int get(String name, int dflt) {
        String v = System.getProperty(property(name));
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.trim().replace("_", ""));
            return n > 0 ? n : dflt;
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    /** {@code n} with thousands separators, as messages print limits. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
