package org.tarjama.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjama.text.Digits;

/**
 * A synthetic news-like memory for benchmarks: English–Arabic sentence pairs from an aligned corpus
 * (the 1-1 beads of {@code *.gold} files next to {@code *.en}/{@code *.ar}) recombined — the start of
 * one pair joined to the end of another, cut at the same relative place in both languages — with
 * words swapped and numbers inserted, so that near matches abound as in a real memory. Queries are
 * perturbed copies of random units (words substituted, dropped or inserted, a number changed, case
 * changed), each with the unit's English as the true source.
 */
public final class SyntheticNewsMemory {
    private static final Pattern BEAD = Pattern.compile("\\[(\\d+)]:\\[(\\d+)]");

    private SyntheticNewsMemory() {
    }

    /** A query with the English of the unit it was made from. */
    public record Query(String text, String trueSource) {
    }

    /** The 1-1 sentence pairs of an aligned corpus directory. */
    public static List<String[]> pairs(Path corpus) {
        List<String[]> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(corpus, "*.gold")) {
            List<Path> golds = new ArrayList<>();
            ds.forEach(golds::add);
            golds.sort(null);
            for (Path g : golds) {
                String base = g.toString().substring(0, g.toString().length() - 5);
                List<String> en = Files.readAllLines(Path.of(base + ".en"), StandardCharsets.UTF_8);
                List<String> ar = Files.readAllLines(Path.of(base + ".ar"), StandardCharsets.UTF_8);
                for (String l : Files.readAllLines(g, StandardCharsets.UTF_8)) {
                    Matcher m = BEAD.matcher(l.strip());
                    if (m.matches()) {
                        String e = en.get(Integer.parseInt(m.group(1))).replace('\t', ' ').strip();
                        String a = ar.get(Integer.parseInt(m.group(2))).replace('\t', ' ').strip();
                        if (!e.isEmpty() && !a.isEmpty()) {
                            out.add(new String[] {e, a});
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(corpus + ": " + e.getMessage(), e);
        }
        if (out.size() < 10) {
            throw new IllegalArgumentException(corpus + ": fewer than 10 aligned 1-1 sentence pairs");
        }
        return out;
    }

    /**
     * Writes {@code units} pairs as {@code en<TAB>ar} lines to {@code memoryTsv} and returns
     * {@code queries} queries made from random lines of it.
     */
    public static List<Query> write(List<String[]> pairs, int units, int queries, long seed, Path memoryTsv) {
        Random r = new Random(seed);
        Recombiner rec = new Recombiner(pairs);
        TreeMap<Integer, Integer> chosen = new TreeMap<>();
        while (chosen.size() < Math.min(queries, units)) {
            chosen.putIfAbsent(r.nextInt(units), chosen.size());
        }
        String[] sources = new String[chosen.size()];
        try (BufferedWriter w = Files.newBufferedWriter(memoryTsv, StandardCharsets.UTF_8)) {
            for (int u = 0; u < units; u++) {
                String[] unit = rec.unit(r, u);
                String source = unit[0];
                w.write(source);
                w.write('\t');
                w.write(unit[1]);
                w.write('\n');
                Integer q = chosen.get(u);
                if (q != null) {
                    sources[q] = source;
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(memoryTsv + ": " + ex.getMessage(), ex);
        }
        List<Query> out = new ArrayList<>(sources.length);
        for (String s : sources) {
            out.add(new Query(perturb(r, s, rec.vocab), s));
        }
        java.util.Collections.shuffle(out, r);
        return out;
    }

    /**
     * Makes the memory's units one at a time ({@link #write} writes them; {@code bench names --corpus} streams
     * them): the start of one pair joined to the end of another, cut at the same relative place in both
     * languages (one unit in fifty a pair as it is), sometimes a word swapped or a number inserted.
     */
    public static final class Recombiner {
        private final String[][] en;
        private final String[][] ar;
        private final List<String> vocab = new ArrayList<>();

        /** @param pairs English–Arabic sentence pairs ({@link #pairs}) */
        public Recombiner(List<String[]> pairs) {
            en = new String[pairs.size()][];
            ar = new String[pairs.size()][];
            for (int i = 0; i < pairs.size(); i++) {
                en[i] = pairs.get(i)[0].split(" +");
                ar[i] = pairs.get(i)[1].split(" +");
                vocab.addAll(Arrays.asList(en[i]));
            }
        }

        /** Unit number {@code u} (from 0) as {English, Arabic}, drawn from {@code r}. */
        public String[] unit(Random r, long u) {
            int x = r.nextInt(en.length);
            int y = r.nextInt(en.length);
            int ia = 1 + r.nextInt(en[x].length);
            int ib = r.nextInt(en[y].length);
            if (u % 50 == 0) { // one unit in fifty is a corpus pair as it is (or nearly)
                y = x;
                ib = ia = en[x].length;
            }
            int ja = Math.max(1, Math.round((float) ia / en[x].length * ar[x].length));
            int jb = Math.round((float) ib / en[y].length * ar[y].length);
            List<String> ew = new ArrayList<>(Arrays.asList(en[x]).subList(0, ia));
            ew.addAll(Arrays.asList(en[y]).subList(ib, en[y].length));
            List<String> aw = new ArrayList<>(Arrays.asList(ar[x]).subList(0, Math.min(ja, ar[x].length)));
            aw.addAll(Arrays.asList(ar[y]).subList(Math.min(jb, ar[y].length), ar[y].length));
            if (ew.size() > 60) {
                ew = ew.subList(0, 60);
            }
            if (r.nextInt(3) == 0) {
                ew.set(r.nextInt(ew.size()), vocab.get(r.nextInt(vocab.size())));
            }
            if (r.nextInt(4) == 0) {
                String n = String.valueOf(1 + r.nextInt(2030));
                ew.add(r.nextInt(ew.size() + 1), n);
                aw.add(r.nextInt(aw.size() + 1), r.nextBoolean() ? Digits.toArabicIndic(n) : n);
            }
            return new String[] {String.join(" ", ew), String.join(" ", aw)};
        }
    }

    /** 0–3 word edits (10/40/30/20 %), sometimes a changed number or a lower-cased first word. */
    static String perturb(Random r, String s, List<String> vocab) {
        List<String> w = new ArrayList<>(Arrays.asList(s.split(" ")));
        int p = r.nextInt(10);
        int edits = p < 1 ? 0 : p < 5 ? 1 : p < 8 ? 2 : 3;
        for (int e = 0; e < edits && w.size() > 1; e++) {
            int at = r.nextInt(w.size());
            switch (r.nextInt(3)) {
                case 0 -> w.set(at, vocab.get(r.nextInt(vocab.size())));
                case 1 -> w.remove(at);
                default -> w.add(at, vocab.get(r.nextInt(vocab.size())));
            }
        }
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).matches("\\d+") && r.nextInt(3) == 0) {
                w.set(i, String.valueOf(Integer.parseInt(w.get(i)) + 1));
                break;
            }
        }
        if (r.nextInt(10) == 0 && !w.isEmpty()) {
            w.set(0, w.get(0).toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(" ", w);
    }

    /** Writes queries as {@code query<TAB>true source} lines. */
    public static void writeQueries(List<Query> queries, Path file) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Query q : queries) {
                w.write(q.text() + "\t" + q.trueSource() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads queries written by {@link #writeQueries}. */
    public static List<Query> readQueries(Path file) {
        try {
            List<Query> out = new ArrayList<>();
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int t = l.indexOf('\t');
                if (t > 0) {
                    out.add(new Query(l.substring(0, t), l.substring(t + 1)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
