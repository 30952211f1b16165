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
        List<Bead> out = new ArrayList<>();
        int nextEn = 0;
        int nextAr = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Matcher mt = BEAD.matcher(line);
            if (!mt.matches()) {
                throw new IllegalArgumentException("not a bead: " + line);
            }
            int[] e = indices(mt.group(1));
            int[] a = indices(mt.group(2));
            int es = e.length == 0 ? nextEn : e[0];
            int as = a.length == 0 ? nextAr : a[0];
            out.add(new Bead(es, e.length, as, a.length, 1.0));
            nextEn = es + e.length;
            nextAr = as + a.length;
        }
        return out;
    }

    private static int[] indices(String s) {
        String t = s.trim();
        if (t.isEmpty()) {
            return new int[0];
        }
        String[] parts = t.split("\\s*,\\s*");
        int[] out = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            out[k] = Integer.parseInt(parts[k].trim());
            if (k > 0 && out[k] != out[k - 1] + 1) {
                throw new IllegalArgumentException("indices not consecutive: [" + s + "]");
            }
        }
        return out;
    }
}
