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

    /**
     * True when both are the same code, compared case-insensitively with {@code _} read as {@code -}
     * (RFC 4646 tags are case-insensitive: {@code En-uS} is {@code en-US}).
     */
    public static boolean sameCode(String a, String b) {
        return key(a).equals(key(b));
    }

    /** The comparison key of a code: trimmed, lower-case, hyphenated ({@code EN_us} → {@code en-us}). */
    public static String key(String code) {
        return code.trim().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    /**
     * The index of the variant language in {@code codes} that {@code wanted} selects, or -1: the exact
     * code first (case-insensitive); else, when {@code wanted} has no exact match, the one code of the
     * same primary language, if there is exactly one ({@code en-us} asked, only {@code en-gb} present;
     * {@code en} asked, {@code en-US} present). Two candidates ({@code en} asked, {@code en-us} and
     * {@code en-gb} present) are ambiguous: -1. Indexes in {@code taken} are never chosen (the variant
     * already selected for the other side of a pair).
     */
    public static int select(java.util.List<String> codes, String wanted, int taken) {
        String w = key(wanted);
        for (int i = 0; i < codes.size(); i++) {
            if (i != taken && key(codes.get(i)).equals(w)) {
                return i;
            }
        }
        String base = primary(wanted);
        int found = -1;
        for (int i = 0; i < codes.size(); i++) {
            if (i != taken && primary(codes.get(i)).equals(base)) {
                if (found >= 0 && !key(codes.get(found)).equals(key(codes.get(i)))) {
                    return -1; // ambiguous: two different variants of the language
                }
                if (found < 0) {
                    found = i;
                }
            }
        }
        return found;
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
