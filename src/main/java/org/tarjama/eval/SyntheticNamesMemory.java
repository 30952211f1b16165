package org.tarjama.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjama.io.TextFiles;
import org.tarjama.model.TranslationUnit;

/**
 * A synthetic translation memory for benchmarks, generated on the fly (never held in memory): the seed
 * article's sentence pairs (joined by its gold alignment) cycled, each with one extra sentence pair
 * naming a person drawn from a list of name pairs with a Zipf-like distribution (a few names very
 * often, many rarely, as in real memories); one occurrence in 50 uses another name's Arabic, so the
 * memory has inconsistencies to find.
 */
public final class SyntheticNamesMemory implements Iterator<TranslationUnit> {
    /** One bilingual pair. */
    public record Pair(String en, String ar) {
    }

    private final List<Pair> seed;
    private final SyntheticNewsMemory.Recombiner recombined;
    private final Random recombining;
    private final List<Pair> names;
    private final long total;
    private final Random rnd;
    private long produced;

    /**
     * @param seed  template sentence pairs
     * @param names name pairs (English capitalised here)
     * @param total units to produce
     * @param seedValue random seed
     */
    public SyntheticNamesMemory(List<Pair> seed, List<Pair> names, long total, long seedValue) {
        if (seed.isEmpty() || names.isEmpty()) {
            throw new IllegalArgumentException("need seed pairs and name pairs");
        }
        this.seed = List.copyOf(seed);
        this.recombined = null;
        this.recombining = null;
        this.names = List.copyOf(names);
        this.total = total;
        this.rnd = new Random(seedValue);
    }

    /**
     * A memory whose units are recombined from an aligned corpus ({@link SyntheticNewsMemory.Recombiner}, as
     * {@code bench tm} builds its memory) instead of cycling the seed pairs, each with the same added sentence
     * naming a person as the other constructor's (the names are drawn as there, from {@code seedValue}; the
     * recombining draws from {@code seedValue + 1}).
     *
     * @param corpus English–Arabic sentence pairs ({@link SyntheticNewsMemory#pairs})
     */
    public SyntheticNamesMemory(SyntheticNewsMemory.Recombiner corpus, List<Pair> names, long total, long seedValue) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("need name pairs");
        }
        this.seed = null;
        this.recombined = corpus;
        this.recombining = new Random(seedValue + 1);
        this.names = List.copyOf(names);
        this.total = total;
        this.rnd = new Random(seedValue);
    }

    @Override
    public boolean hasNext() {
        return produced < total;
    }

    @Override
    public TranslationUnit next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Pair t;
        if (recombined != null) {
            String[] u = recombined.unit(recombining, produced);
            t = new Pair(u[0], u[1]);
        } else {
            t = seed.get((int) (produced % seed.size()));
        }
        produced++;
        // Zipf-like: index = floor(n^u) for uniform u, so small indices dominate
        int i = (int) Math.min(names.size() - 1, Math.floor(Math.pow(names.size(), rnd.nextDouble())) - 1);
        Pair p = names.get(Math.max(0, i));
        String ar = rnd.nextInt(50) == 0 ? names.get(rnd.nextInt(names.size())).ar() : p.ar();
        String en = t.en() + " Officials met " + p.en() + " on Monday.";
        String arText = t.ar() + " والتقى مسؤولون " + ar + " يوم الإثنين.";
        return TranslationUnit.of(String.valueOf(produced), "en", en, "ar", arText);
    }

    /**
     * The seed article's sentence pairs: {@code seed.en}, {@code seed.ar} (one sentence a line) joined
     * by {@code seed.gold} beads ({@code [2, 3]:[2]}, 0-based), sentences of a bead joined by a space.
     */
    public static List<Pair> seedPairs(Path dir) {
        List<String> en = lines(dir.resolve("seed.en"));
        List<String> ar = lines(dir.resolve("seed.ar"));
        List<Pair> out = new ArrayList<>();
        Pattern num = Pattern.compile("\\d+");
        for (String bead : lines(dir.resolve("seed.gold"))) {
            if (bead.isBlank()) {
                continue;
            }
            String[] sides = bead.split(":", 2);
            out.add(new Pair(join(en, num.matcher(sides[0])), join(ar, num.matcher(sides[1]))));
        }
        return out;
    }

    /** Name pairs from {@code english<TAB>arabic[<TAB>type]} files, English capitalised word by word. */
    public static List<Pair> namePairs(List<Path> files) {
        List<Pair> out = new ArrayList<>();
        for (Path f : files) {
            for (String l : lines(f)) {
                String[] c = l.split("\t");
                if (c.length >= 2 && !c[0].isBlank() && !c[1].isBlank()) {
                    out.add(new Pair(capitalise(c[0].strip()), c[1].strip()));
                }
            }
        }
        return out;
    }

    private static String capitalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean up = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(up ? Character.toUpperCase(c) : c);
            up = c == ' ' || c == '-';
        }
        return sb.toString();
    }

    private static String join(List<String> lines, Matcher m) {
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int k = Integer.parseInt(m.group());
            if (k < lines.size()) {
                sb.append(sb.length() == 0 ? "" : " ").append(lines.get(k).strip());
            }
        }
        return sb.toString();
    }

    private static List<String> lines(Path f) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = TextFiles.open(f, null)) {
            String l;
            while ((l = r.readLine()) != null) {
                out.add(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
