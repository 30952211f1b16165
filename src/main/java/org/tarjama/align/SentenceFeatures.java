package org.tarjama.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.tarjama.text.Token;
import org.tarjama.text.Tokenizer;

/** Items (numbers, words, punctuation, anchors) of every sentence, interned to ids. */
final class SentenceFeatures {
    final int n;
    final int m;
    final int[] enLen;
    final int[] arLen;
    final int[][] enItems;
    final int[][] arItems;
    /** Item id → the Arabic sentences holding it (see {@link #postings}). */
    final int[][] arPostings;
    /** Join marks (clause separators) per sentence, for the merge bonus. */
    final int[] enJoins;
    final int[] arJoins;
    final Map<String, Integer> ids = new HashMap<>();
    final List<String> names = new ArrayList<>();
    /** For English word items: the original capitalised form when the word looks like a name, else null. */
    final Map<Integer, String> enNameForm = new HashMap<>();
    /** For Arabic word items: a normalised surface form. */
    final Map<Integer, String> arSurface = new HashMap<>();

    SentenceFeatures(List<String> en, List<String> ar, AlignerConfig config) {
        n = en.size();
        m = ar.size();
        enLen = new int[n];
        arLen = new int[m];
        enItems = new int[n][];
        arItems = new int[m][];
        enJoins = new int[n];
        arJoins = new int[m];
        // Tokenising, normalising and anchor matching (most of the time here) run on all cores, one
        // sentence per task; the items are then interned in sentence order on this thread, so that the
        // ids, which decide the items' order and BeadDp's first 64, are exactly those of a serial run.
        List<Raw> enRaw = IntStream.range(0, n).parallel().mapToObj(i -> english(en.get(i), config)).toList();
        List<Raw> arRaw = IntStream.range(0, m).parallel().mapToObj(j -> arabic(ar.get(j), config)).toList();
        intern(enRaw, enLen, enJoins, enItems, enNameForm);
        intern(arRaw, arLen, arJoins, arItems, arSurface);
        arPostings = postings(arItems, names.size());
    }

    /** Interns one side's sentences in order (English first, then Arabic: the ids of a serial run). */
    private void intern(List<Raw> raw, int[] len, int[] joins, int[][] items, Map<Integer, String> surface) {
        for (int i = 0; i < raw.size(); i++) {
            Raw r = raw.get(i);
            len[i] = r.len;
            joins[i] = r.joins;
            for (int k = 0; k < r.marked.size(); k++) {
                surface.putIfAbsent(id(r.marked.get(k)), r.forms.get(k));
            }
            items[i] = intern(r.items);
        }
    }

    /**
     * One sentence's items before interning; {@code marked} are the items, in order of appearance, whose
     * surface form ({@code forms}, same index) is kept: English name-like words, every Arabic word.
     */
    private record Raw(int len, int joins, List<String> items, List<String> marked, List<String> forms) {
    }

    private static Raw english(String s, AlignerConfig config) {
        List<String> items = new ArrayList<>();
        List<String> marked = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<Token> toks = Tokenizer.tokenize(s);
        for (int t = 0; t < toks.size(); t++) {
            Token tok = toks.get(t);
            if (tok.isNumber()) {
                items.add("n:" + Words.number(tok.text()));
                continue;
            }
            String key = Words.english(tok.text());
            if (key == null) {
                continue;
            }
            String item = "e:" + key;
            items.add(item);
            if (t > 0 && Character.isUpperCase(tok.text().charAt(0)) && tok.text().length() > 2
                    && config.dictionary().translations(key).isEmpty()) {
                marked.add(item);
                forms.add(tok.text());
            }
        }
        punctuation(s, items, false);
        for (String a : config.anchors().inEnglish(s)) {
            items.add("g:" + a);
        }
        return new Raw(length(s), count(s, ";") + count(s, ", "), items, marked, forms);
    }

    private static Raw arabic(String s, AlignerConfig config) {
        String norm = Words.normalizeArabic(s);
        List<String> items = new ArrayList<>();
        List<String> marked = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (Token tok : Tokenizer.tokenize(norm)) {
            if (tok.isNumber()) {
                items.add("n:" + Words.number(tok.text()));
            } else if (Words.isLatin(tok.text())) {
                String key = Words.english(tok.text());
                if (key != null) {
                    items.add("l:" + key);
                }
            } else {
                String key = Words.arabic(tok.text());
                if (key != null) {
                    String item = "a:" + key;
                    items.add(item);
                    marked.add(item);
                    forms.add(tok.text());
                }
            }
        }
        punctuation(s, items, true);
        for (String a : config.anchors().inArabic(s)) {
            items.add("g:" + a);
        }
        return new Raw(length(s), count(s, "\u060C") + count(s, "\u061B") + count(s, ";"), items, marked, forms);
    }

    /**
     * For each item id, the Arabic sentences (ascending) holding it among their first 64 items (the
     * ones {@link BeadDp} can mark): which sentences of a band hold a counterpart is then found by a
     * binary search instead of comparing every sentence of the band.
     */
    private static int[][] postings(int[][] items, int vocab) {
        int[] count = new int[vocab];
        for (int[] its : items) {
            for (int k = 0; k < Math.min(64, its.length); k++) {
                count[its[k]]++;
            }
        }
        int[][] out = new int[vocab][];
        for (int id = 0; id < vocab; id++) {
            out[id] = new int[count[id]];
        }
        Arrays.fill(count, 0);
        for (int j = 0; j < items.length; j++) {
            int[] its = items[j];
            for (int k = 0; k < Math.min(64, its.length); k++) {
                out[its[k]][count[its[k]]++] = j;
            }
        }
        return out;
    }

    /** The English word keys of a sentence (what the Dice lexicon pairs), in order, with repeats. */
    static List<String> englishWordKeys(String sentence) {
        List<String> out = new ArrayList<>();
        for (Token tok : Tokenizer.tokenize(sentence)) {
            if (!tok.isNumber()) {
                String key = Words.english(tok.text());
                if (key != null) {
                    out.add(key);
                }
            }
        }
        return out;
    }

    /** The Arabic word keys of a sentence (Latin-script tokens and numbers left out), in order, with repeats. */
    static List<String> arabicWordKeys(String sentence) {
        List<String> out = new ArrayList<>();
        for (Token tok : Tokenizer.tokenize(Words.normalizeArabic(sentence))) {
            if (!tok.isNumber() && !Words.isLatin(tok.text())) {
                String key = Words.arabic(tok.text());
                if (key != null) {
                    out.add(key);
                }
            }
        }
        return out;
    }

    int id(String item) {
        Integer v = ids.get(item);
        if (v == null) {
            v = names.size();
            ids.put(item, v);
            names.add(item);
        }
        return v;
    }

    Integer existing(String item) {
        return ids.get(item);
    }

    private int[] intern(List<String> items) {
        int[] out = new int[items.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = id(items.get(k));
        }
        Arrays.sort(out);
        // distinct
        int w = 0;
        for (int k = 0; k < out.length; k++) {
            if (k == 0 || out[k] != out[k - 1]) {
                out[w++] = out[k];
            }
        }
        return Arrays.copyOf(out, w);
    }

    private static void punctuation(String s, List<String> items, boolean arabic) {
        if (s.indexOf('?') >= 0 || s.indexOf('\u061F') >= 0) {
            items.add("p:?");
        }
        if (s.indexOf('!') >= 0) {
            items.add("p:!");
        }
        if (s.indexOf('(') >= 0 || s.indexOf('[') >= 0) {
            items.add("p:(");
        }
        if (s.indexOf('"') >= 0 || s.indexOf('\u201C') >= 0 || s.indexOf('\u201D') >= 0
                || s.indexOf('\u00AB') >= 0 || s.indexOf('\u00BB') >= 0) {
            items.add("p:\"");
        }
    }

    private static int length(String s) {
        int len = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                len++;
            }
        }
        return Math.max(1, len);
    }

    private static int count(String s, String what) {
        int c = 0;
        for (int k = s.indexOf(what); k >= 0; k = s.indexOf(what, k + what.length())) {
            c++;
        }
        return c;
    }
}
