package org.tarjama.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tarjama.io.TextFiles;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import org.tarjama.text.TransliteratedName;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.Transliteration;

/**
 * Evaluates {@link Transliteration} on files of name pairs ({@code english<TAB>arabic[<TAB>type]}).
 *
 * <p><b>Pair classification.</b> Positives are the true pairs. Negatives are built one per pair: the
 * English name with the Arabic side of another, randomly chosen pair (fixed seed) whose Arabic has the
 * same length in letters (±1) and a different English name — similar-length mismatches are the hard
 * ones, a random-length pair would be trivially rejected. Precision/recall/F1 are reported at the
 * given threshold and at the best threshold found by a sweep (the latter is optimistic: it is tuned on
 * the data it reports).
 *
 * <p><b>Ranking.</b> For a sample of pairs, a synthetic Arabic sentence is built: filler words, two
 * other names of the file as distractors and the true Arabic name at a random position, with a random
 * proclitic (و، ب، ل) 30% of the time. A hit is when the top-ranked n-gram of {@link
 * Transliteration#rank} equals the true name after {@link ArabicNormalizer#MATCHING} folding.
 */
public final class NamePairEvaluation {
    /** One name pair. */
    public record Pair(String en, String ar) {
    }

    /** Precision/recall/F1 at one threshold. */
    public record Prf(double threshold, int tp, int fp, int fn, double precision, double recall, double f1) {
        static Prf of(double threshold, int tp, int fp, int fn) {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Prf(threshold, tp, fp, fn, p, r, f);
        }
    }

    /** Results for one file (or all files together). */
    public record Result(String name, int pairs, Prf atThreshold, Prf best, int rankTrials, int rankFirst,
                         double rankAccuracy, double pairsPerSecond, List<String> rankMisses) {
    }

    /** How many ranking misses to keep as examples. */
    private static final int MISS_EXAMPLES = 30;

    private static final String[] FILLER = ("قال مسؤول في بيان صدر يوم الثلاثاء إن الحكومة ستواصل العمل مع "
            + "الشركاء من أجل التوصل إلى اتفاق شامل بعد محادثات طويلة في المدينة وأضاف أن الوفد سيعود الأسبوع "
            + "المقبل لاستكمال المفاوضات حول القضايا العالقة").split(" ");
    private static final String[] CLITICS = {"و", "ب", "ل"};

    private NamePairEvaluation() {
    }

    /** The {@code *.tsv} files of a folder, sorted by name. */
    public static List<Path> filesIn(Path dir) {
        List<Path> files = new ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> ds = java.nio.file.Files.newDirectoryStream(dir, "*.tsv")) {
            ds.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    /** Reads pairs; the third column (type) is ignored. */
    public static List<Pair> read(Path file) {
        List<Pair> out = new ArrayList<>();
        try (BufferedReader r = TextFiles.open(file, null)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 2) {
                    throw new BadInputException(SourceLocation.ofLine(file.toString(), no),
                            "expected english<TAB>arabic[<TAB>type]");
                }
                out.add(new Pair(f[0].trim(), f[1].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Evaluates one set of pairs. */
    public static Result evaluate(String name, List<Pair> pairs, double threshold, int rankSample, long seed) {
        Random rnd = new Random(seed);
        Map<Integer, List<Integer>> byLength = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            byLength.computeIfAbsent(letters(pairs.get(i).ar()), k -> new ArrayList<>()).add(i);
        }
        int n = pairs.size();
        double[] pos = new double[n];
        double[] neg = new double[n];
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Pair p = pairs.get(i);
            TransliteratedName compiled = Transliteration.compile(p.en());
            pos[i] = compiled.similarity(p.ar());
            Pair other = negativeFor(pairs, i, byLength, rnd);
            neg[i] = other == null ? -1 : compiled.similarity(other.ar());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Prf at = prf(threshold, pos, neg);
        Prf best = at;
        for (int k = 40; k <= 95; k++) {
            Prf c = prf(k / 100.0, pos, neg);
            if (c.f1() > best.f1()) {
                best = c;
            }
        }
        int trials = Math.min(rankSample, n);
        int first = 0;
        List<String> misses = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            int i = rnd.nextInt(n);
            Pair p = pairs.get(i);
            List<String> words = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                words.add(FILLER[rnd.nextInt(FILLER.length)]);
            }
            for (int k = 0; k < 2; k++) {
                Pair d = pairs.get(rnd.nextInt(n));
                words.add(rnd.nextInt(words.size() + 1), d.ar());
            }
            String target = rnd.nextInt(10) < 3 ? CLITICS[rnd.nextInt(CLITICS.length)] + p.ar() : p.ar();
            words.add(rnd.nextInt(words.size() + 1), target);
            List<Transliteration.Candidate> ranked = Transliteration.rank(p.en(), String.join(" ", words), 0);
            if (!ranked.isEmpty() && fold(ranked.get(0).rendering()).equals(fold(p.ar()))) {
                first++;
            } else if (misses.size() < MISS_EXAMPLES && !ranked.isEmpty()) {
                Transliteration.Candidate top = ranked.get(0);
                misses.add(p.en() + "\t" + p.ar() + " (" + String.format(java.util.Locale.ROOT, "%.3f",
                        Transliteration.similarity(p.en(), p.ar())) + ")\tranked first: " + top.rendering() + " ("
                        + String.format(java.util.Locale.ROOT, "%.3f", top.score()) + ")");
            }
        }
        return new Result(name, n, at, best, trials, first, trials == 0 ? 0 : (double) first / trials,
                seconds == 0 ? 0 : 2 * n / seconds, misses);
    }

    /** Evaluates every file and, when there are several, all of them together (keyed "all"). */
    public static Map<String, Result> evaluate(List<Path> files, double threshold, int rankSample, long seed) {
        Map<String, Result> out = new LinkedHashMap<>();
        List<Pair> all = new ArrayList<>();
        for (Path f : files) {
            List<Pair> pairs = read(f);
            all.addAll(pairs);
            out.put(f.getFileName().toString(), evaluate(f.getFileName().toString(), pairs, threshold, rankSample, seed));
        }
        if (files.size() > 1) {
            out.put("all", evaluate("all", all, threshold, rankSample, seed));
        }
        return out;
    }

    private static Pair negativeFor(List<Pair> pairs, int i, Map<Integer, List<Integer>> byLength, Random rnd) {
        Pair p = pairs.get(i);
        int len = letters(p.ar());
        for (int attempt = 0; attempt < 20; attempt++) {
            int l = len + rnd.nextInt(3) - 1;
            List<Integer> bucket = byLength.get(l);
            if (bucket == null) {
                continue;
            }
            Pair o = pairs.get(bucket.get(rnd.nextInt(bucket.size())));
            if (!o.en().equalsIgnoreCase(p.en()) && !fold(o.ar()).equals(fold(p.ar()))) {
                return o;
            }
        }
        return null;
    }

    private static Prf prf(double threshold, double[] pos, double[] neg) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (double s : pos) {
            if (s >= threshold) {
                tp++;
            } else {
                fn++;
            }
        }
        for (double s : neg) {
            if (s >= threshold) {
                fp++;
            }
        }
        return Prf.of(threshold, tp, fp, fn);
    }

    private static int letters(String s) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                k++;
            }
        }
        return k;
    }

    private static String fold(String s) {
        return ArabicNormalizer.MATCHING.normalize(s).strip();
    }
}
