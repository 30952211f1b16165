package org.tarjama.tmx;

/** XML 1.0 escaping and character rules used by the TMX writer and reader. */
final class TmxXml {
    private TmxXml() {
    }

    /** True for a code point XML 1.0 allows in a document (production [2] Char). */
    static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Index of the first character not allowed in XML 1.0 (a lone surrogate counts), or -1. */
    static int firstIllegal(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0xD800) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c) || !isXmlChar(c)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s} without its XML-1.0-illegal characters; {@code removed[0]} counts them. */
    static String removeIllegal(String s, int[] removed) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (!Character.isSurrogate(c) && isXmlChar(c)) {
                sb.append(c);
            } else {
                removed[0]++;
            }
        }
        return sb.toString();
    }

    /** Escapes element content. A carriage return is written as {@code &#13;} so that parsers keep it. */
    static void escapeText(CharSequence s, StringBuilder out) {
        int start = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c > '>' || (c != '<' && c != '>' && c != '&' && c != '\r')) {
                continue;
            }
            out.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append("&#13;");
            }
        }
        out.append(s, start, s.length());
    }

    /** Escapes an attribute value (double-quoted); whitespace other than space is kept as references. */
    static void escapeAttr(CharSequence s, StringBuilder out) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append("&#10;");
                case '\t' -> out.append("&#9;");
                default -> out.append(c);
            }
        }
    }
}
