package org.tarjama.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.tarjama.text.Transliteration.*;

/** The letter-correspondence table, loaded from the resource file. */
final class TransliterationTable {
    /**
     * A substitution; {@code atEnd}: only at the end of an English word (French -ault → و); {@code beforeSilentE}:
     * only before one consonant and a final silent e (the long a of Wade, Yale, Dave: {@code a_e$} in the table).
     */
    static final class Sub {
        final char[] en;
        final char[] ar;
        final float cost;
        final boolean atEnd;
        final boolean beforeSilentE;

        Sub(char[] en, char[] ar, float cost, boolean atEnd, boolean beforeSilentE) {
            this.en = en;
            this.ar = ar;
            this.cost = cost;
            this.atEnd = atEnd;
            this.beforeSilentE = beforeSilentE;
        }

        /** True when this row applies at offset {@code i} of the prepared English {@code e} (its letters match). */
        boolean appliesAt(char[] e, int i) {
            int after = i + en.length;
            if (beforeSilentE) {
                return after + 2 <= e.length && isSilentEConsonant(e[after]) && e[after + 1] == 'e'
                        && (after + 2 == e.length || e[after + 2] == SPACE);
            }
            return !atEnd || after == e.length || e[after] == SPACE;
        }

        /** The consonants that lengthen the vowel before them when a silent e follows (not w, x, y, h). */
        private static boolean isSilentEConsonant(char c) {
            return "bcdfgklmnprstvz".indexOf(c) >= 0;
        }
    }

    private final List<List<Sub>> subsByFirst = new ArrayList<>();
    /** Longest English side of a substitution: how many DP rows one step may jump. */
    final int maxEnglish;
    private final char[] subKeys;
    private final float[] delLatin = new float[128];
    private final java.util.Map<Character, Float> delOther = new java.util.HashMap<>();
    /** Insertion cost by Arabic-block offset (U+0600–U+06FF) and for the space. */
    private final float[] insArabic = new float[0x100];
    private float insSpace = DEFAULT_COST;

    private TransliterationTable(List<Sub> subs, java.util.Map<Character, Float> dels, java.util.Map<Character, Float> ins) {
        java.util.TreeMap<Character, List<Sub>> by = new java.util.TreeMap<>();
        for (Sub s : subs) {
            by.computeIfAbsent(s.en[0], k -> new ArrayList<>()).add(s);
        }
        int longest = 1;
        for (Sub s : subs) {
            longest = Math.max(longest, s.en.length);
        }
        maxEnglish = longest;
        subKeys = new char[by.size()];
        int k = 0;
        for (var en : by.entrySet()) {
            subKeys[k++] = en.getKey();
            subsByFirst.add(List.copyOf(en.getValue()));
        }
        Arrays.fill(delLatin, DEFAULT_COST);
        Arrays.fill(insArabic, DEFAULT_COST);
        dels.forEach((c, v) -> {
            if (c < 128) {
                delLatin[c] = v;
            } else {
                delOther.put(c, v);
            }
        });
        ins.forEach((c, v) -> {
            if (c == SPACE) {
                insSpace = v;
            } else if (c >= 0x600 && c < 0x700) {
                insArabic[c - 0x600] = v;
            }
        });
    }

    List<Sub> subsStartingWith(char c) {
        int i = Arrays.binarySearch(subKeys, c);
        return i < 0 ? List.of() : subsByFirst.get(i);
    }

    float deletion(char c) {
        return c < 128 ? delLatin[c] : delOther.getOrDefault(c, DEFAULT_COST);
    }

    float insertion(char c) {
        if (c >= 0x600 && c < 0x700) {
            return insArabic[c - 0x600];
        }
        return c == SPACE ? insSpace : DEFAULT_COST;
    }

    static TransliterationTable load(String resource) {
        List<Sub> subs = new ArrayList<>();
        java.util.Map<Character, Float> dels = new java.util.HashMap<>();
        java.util.Map<Character, Float> ins = new java.util.HashMap<>();
        try (InputStream in = Transliteration.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalStateException(resource + ":" + no + ": expected 4 tab-separated fields");
                }
                float cost = Float.parseFloat(f[3]);
                String ar = f[2].equals("-") ? "" : ArabicNormalizer.MATCHING.normalize(f[2]);
                String en = f[1].equals("-") ? "" : f[1];
                switch (f[0]) {
                    case "sub" -> {
                        boolean atEnd = en.length() > 1 && en.endsWith("$");
                        String g = atEnd ? en.substring(0, en.length() - 1) : en;
                        boolean silentE = atEnd && g.length() > 2 && g.endsWith("_e");
                        if (silentE) {
                            g = g.substring(0, g.length() - 2);
                        }
                        subs.add(new Sub(g.toCharArray(), ar.toCharArray(), cost, atEnd && !silentE, silentE));
                    }
                    case "del" -> dels.put(en.charAt(0), cost);
                    case "ins" -> ins.put(ar.charAt(0), cost);
                    default -> throw new IllegalStateException(resource + ":" + no + ": unknown kind " + f[0]);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new TransliterationTable(subs, dels, ins);
    }
}
