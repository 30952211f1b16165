package org.tarjama.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The vecalign / {@code DOC.gold} bead notation: one bead a line, {@code [1, 2]:[1]}, 0-based, English left. */
public final class BeadFormat {
    private static final Pattern BEAD = Pattern.compile("\\s*\\[([0-9,\\s]*)\\]\\s*:\\s*\\[([0-9,\\s]*)\\]\\s*");

    private BeadFormat() {
    }

    /** Parses one line; throws IllegalArgumentException on anything else or non-consecutive indices. */
    public static Bead parse(String line) {
        Matcher mt = BEAD.matcher(line);
        if (!mt.matches()) {
            throw new IllegalArgumentException("not a bead: " + line);
        }
        int[] e = indices(mt.group(1));
        int[] a = indices(mt.group(2));
        if (e.length + a.length == 0) {
            throw new IllegalArgumentException("empty bead: " + line);
        }
        return new Bead(e.length == 0 ? -1 : e[0], e.length, a.length == 0 ? -1 : a[0], a.length, 1.0);
    }

    /**
     * Parses a whole gold file; the start of an empty side is filled in from the neighbouring beads
     * (so {@code [3]:[]} gets the Arabic position where it sits).
     */
    public static List<Bead> parseAll(List<String> lines) {
        return parseAll(lines, -1, -1);
    }

    /**
     * Parses a whole gold file for documents of {@code enCount} English and {@code arCount} Arabic
     * sentences (negative: not checked): the beads must then cover every sentence once, in order.
     *
     * @throws Malformed naming the 1-based line of the first bad bead
     */
    public static List<Bead> parseAll(List<String> lines, int enCount, int arCount) {
        List<Bead> out = new ArrayList<>();
        int nextEn = 0;
        int nextAr = 0;
        int lastLine = 0;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.isBlank()) {
                continue;
            }
            lastLine = k + 1;
            Matcher mt = BEAD.matcher(line);
            if (!mt.matches()) {
                throw new Malformed(k + 1, "not a bead: " + line);
            }
            int[] e;
            int[] a;
            try {
                e = indices(mt.group(1));
                a = indices(mt.group(2));
            } catch (IllegalArgumentException ex) {
                throw new Malformed(k + 1, ex.getMessage());
            }
            if (e.length + a.length == 0) {
                throw new Malformed(k + 1, "empty bead: " + line);
            }
            int es = e.length == 0 ? nextEn : e[0];
            int as = a.length == 0 ? nextAr : a[0];
            if (enCount >= 0 && (es != nextEn || as != nextAr)) {
                throw new Malformed(k + 1, "bead " + line.strip() + " should start at English sentence " + nextEn
                        + " and Arabic sentence " + nextAr + " (beads cover every sentence once, in order)");
            }
            if (enCount >= 0 && (es + e.length > enCount || as + a.length > arCount)) {
                throw new Malformed(k + 1, "bead " + line.strip() + " is past the end of the documents (" + enCount
                        + " English, " + arCount + " Arabic sentences, indices from 0)");
            }
            out.add(new Bead(es, e.length, as, a.length, 1.0));
            nextEn = es + e.length;
            nextAr = as + a.length;
        }
        if (enCount >= 0 && (nextEn != enCount || nextAr != arCount)) {
            throw new Malformed(lastLine, "the beads cover " + nextEn + " of " + enCount + " English and " + nextAr + " of "
                    + arCount + " Arabic sentences");
        }
        return out;
    }

    /** A gold file that cannot be read as beads; {@link #line()} is 1-based (0: the file as a whole). */
    public static final class Malformed extends IllegalArgumentException {
        private final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private static int[] indices(String s) {
        String t = s.trim();
        if (t.isEmpty()) {
            return new int[0];
        }
        String[] parts = t.split("\\s*,\\s*");
        int[] out = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            try {
                out[k] = Integer.parseInt(parts[k].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a sentence index: '" + parts[k].trim() + "' in [" + s + "]");
            }
            if (k > 0 && out[k] != out[k - 1] + 1) {
                throw new IllegalArgumentException("indices not consecutive: [" + s + "]");
            }
        }
        return out;
    }
}
