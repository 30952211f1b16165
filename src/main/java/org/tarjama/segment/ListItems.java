package org.tarjama.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post-pass over the SRX breaks of Tarjama's built-in rules: a paragraph that is a run-in list
 * ("1.) The first item 2.) The second item", "a. … b. … c. …", "• 9. … • 10. …") is cut before each
 * item marker, never right after one.
 *
 * <p>Not an SRX rule because SRX cannot express it: whether "2." is an item marker or the end of
 * "… in chapter 2." depends on the paragraph having opened with item 1 and on the numbering running
 * on (1, 2, 3 or a, b, c), which needs memory of an earlier match that SRX's before/after patterns
 * at one position do not have. The post-pass only acts on a paragraph that starts with a marker, and
 * only on markers of the same style that continue the sequence, so prose with a stray "2." is left
 * as the rules cut it. User SRX files ({@code --srx}) get no post-pass: their breaks are Okapi's.
 */
final class ListItems {
    /** A marker: an optional bullet, then a number with {@code .)}, {@code )} or {@code .}, or a lower-case letter with {@code .}; or a bullet alone. */
    private static final Pattern MARKER = Pattern.compile(
            "(?<=^|\\s)(?:([•⁃▪◦‣])\\s?)?(?:(\\p{Nd}{1,3})(\\.\\)|\\)|\\.)|(\\p{Ll})(\\.))(?=\\s)|(?<=^|\\s)([•⁃▪◦‣])(?=\\s)");

    /** Characters a marker can start with: digits, lower-case letters, bullets. */
    private static final java.util.BitSet MAY_START = new java.util.BitSet(0x10000);

    static {
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isDigit(c) || Character.isLowerCase(c) || "•⁃▪◦‣".indexOf(c) >= 0) {
                MAY_START.set(c);
            }
        }
    }

    private record Marker(int start, int end, String bullet, int number, char letter, String style) {
    }

    private ListItems() {
    }

    /** The breaks of {@code text} after the post-pass; {@code cuts} are the SRX break offsets (sorted). */
    static List<Integer> apply(String text, List<Integer> cuts) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first >= text.length() || !MAY_START.get(text.charAt(first))) {
            return cuts; // the common case, decided on one character: the paragraph does not open with a marker
        }
        Matcher m = MARKER.matcher(text);
        m.region(first, text.length());
        m.useTransparentBounds(true);
        if (!m.lookingAt()) {
            return cuts;
        }
        m.region(0, text.length());
        m.find(first); // the same marker, with the matcher positioned for the scan below
        Marker head = marker(m);
        List<Marker> items = new ArrayList<>();
        items.add(head);
        Marker last = head;
        while (m.find()) {
            Marker k = marker(m);
            if (follows(last, k)) {
                items.add(k);
                last = k;
            }
        }
        if (items.size() < 2) {
            return cuts;
        }
        TreeSet<Integer> out = new TreeSet<>(cuts);
        for (Marker k : items) {
            int after = k.end();
            while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            out.subSet(k.start() + 1, true, after, true).clear(); // never right after (or inside) a marker
            if (k.start() > first) {
                out.add(k.start());
            }
        }
        return new ArrayList<>(out);
    }

    private static Marker marker(Matcher m) {
        String bullet = m.group(1) != null ? m.group(1) : m.group(6) != null ? m.group(6) : "";
        if (m.group(2) != null) {
            return new Marker(m.start(), m.end(), bullet, Integer.parseInt(digits(m.group(2))), '\0', bullet + "n" + m.group(3));
        }
        if (m.group(4) != null) {
            return new Marker(m.start(), m.end(), bullet, -1, m.group(4).charAt(0), bullet + "a.");
        }
        return new Marker(m.start(), m.end(), bullet, -1, '\0', bullet);
    }

    /** True when {@code next} continues the list {@code prev} belongs to: the same style, the next number or letter, any bullet. */
    private static boolean follows(Marker prev, Marker next) {
        if (!prev.style().equals(next.style())) {
            return false;
        }
        if (prev.number() >= 0) {
            return next.number() == prev.number() + 1;
        }
        if (prev.letter() != '\0') {
            return next.letter() == prev.letter() + 1;
        }
        return true; // bullets
    }

    private static String digits(String d) {
        StringBuilder sb = new StringBuilder(d.length());
        d.codePoints().forEach(c -> sb.append(Character.forDigit(Character.digit(c, 10), 10)));
        return sb.toString();
    }
}
