package org.tarjama.model;

import java.util.Locale;

/** Small helpers for language codes as found in translation memories ({@code en_US}, {@code EN-us}, {@code ar}). */
public final class Languages {
    private Languages() {
    }

    /** The primary language subtag, lower-case: {@code en_US} → {@code en}. */
    public static String primary(String code) {
        String c = code.trim();
        int cut = indexOfSeparator(c);
        return (cut < 0 ? c : c.substring(0, cut)).toLowerCase(Locale.ROOT);
    }

    /** True when both codes share their primary subtag (case- and separator-insensitive). */
    public static boolean sameLanguage(String a, String b) {
        return primary(a).equals(primary(b));
    }

    /** Canonical hyphenated form: {@code en_us} → {@code en-US}, {@code AR} → {@code ar}. */
    public static String canonical(String code) {
        String[] parts = code.trim().split("[-_]");
        StringBuilder sb = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            sb.append('-');
            if (p.length() == 2) {
                sb.append(p.toUpperCase(Locale.ROOT));
            } else if (p.length() == 4) {
                sb.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1).toLowerCase(Locale.ROOT));
            } else {
                sb.append(p);
            }
        }
        return sb.toString();
    }

    private static int indexOfSeparator(String c) {
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == '-' || ch == '_') {
                return i;
            }
        }
        return -1;
    }
}
