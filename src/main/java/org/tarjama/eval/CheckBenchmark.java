package org.tarjama.eval;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.tarjama.glossary.CheckRun;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryChecker;
import org.tarjama.glossary.GlossaryEntry;
import org.tarjama.glossary.GlossaryWriter;
import org.tarjama.model.TranslationUnit;
import org.tarjama.report.ReportFormat;
import org.tarjama.report.ReportSummary;
import org.tarjama.report.ReportWriter;

/**
 * Synthetic data for the check benchmark: a glossary of {@code terms} names (one to three words, Arabic
 * written with random letters) and a stream of units whose English carries 0–3 of the names and whose
 * Arabic carries them with proclitics, the article, vowel marks and tatweel, or drops one (so that
 * findings are produced and rendered as in real use). Deterministic for a given seed.
 */
public final class CheckBenchmark {
    private static final String AR_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final String[] AR_PREFIXES = {"", "", "", "و", "ب", "ل", "وب", "ف"};
    private static final int POOL = 20_000;

    private final Glossary glossary;
    private final List<String[]> pool;

    private CheckBenchmark(Glossary glossary, List<String[]> pool) {
        this.glossary = glossary;
        this.pool = pool;
    }

    public Glossary glossary() {
        return glossary;
    }

    /** Builds the glossary and a pool of distinct unit texts. */
    public static CheckBenchmark generate(int terms, long seed) {
        Random r = new Random(seed);
        List<GlossaryEntry> entries = new ArrayList<>(terms);
        List<String[]> names = new ArrayList<>(terms);
        for (int i = 0; i < terms; i++) {
            int words = 1 + (i % 7 == 0 ? 2 : i % 3 == 0 ? 1 : 0);
            StringBuilder en = new StringBuilder();
            StringBuilder ar = new StringBuilder();
            for (int w = 0; w < words; w++) {
                en.append(w == 0 ? "" : " ").append(englishWord(r, i, w));
                ar.append(w == 0 ? "" : " ").append(arabicWord(r, 3 + r.nextInt(5)));
            }
            String arabic = (i % 5 == 0 ? "ال" : "") + ar;
            List<String> forbidden = i % 11 == 0 ? List.of(arabicWord(r, 6)) : List.of();
            entries.add(new GlossaryEntry(en.toString(), false, List.of(arabic), List.of(), forbidden, List.of(), "",
                    i + 2));
            names.add(new String[] {en.toString(), arabic});
        }
        List<String[]> pool = new ArrayList<>(POOL);
        for (int u = 0; u < POOL; u++) {
            StringBuilder en = new StringBuilder();
            StringBuilder ar = new StringBuilder();
            int k = r.nextInt(4);
            for (int w = 0; w < 18; w++) {
                en.append(w == 0 ? "" : " ").append(FILLER_EN[r.nextInt(FILLER_EN.length)]);
                ar.append(w == 0 ? "" : " ").append(FILLER_AR[r.nextInt(FILLER_AR.length)]);
                if (k > 0 && r.nextInt(6) == 0) {
                    k--;
                    String[] name = names.get(r.nextInt(names.size()));
                    en.append(' ').append(name[0]).append(r.nextBoolean() ? "'s" : ",");
                    if (r.nextInt(10) != 0) { // one in ten names is left untranslated
                        String a = name[1];
                        String p = AR_PREFIXES[r.nextInt(AR_PREFIXES.length)];
                        if (a.startsWith("ال") && p.endsWith("ل")) {
                            a = a.substring(1);
                        }
                        if (r.nextInt(8) == 0) {
                            a = a.charAt(0) + "\u064E\u0640" + a.substring(1); // fatha and tatweel
                        }
                        ar.append(' ').append(p).append(a);
                    }
                }
            }
            en.append('.');
            ar.append('.');
            pool.add(new String[] {en.toString(), ar.toString()});
        }
        return new CheckBenchmark(new Glossary("generated", entries), pool);
    }

    /** A timed run: the data, the units checked, the generation and the check + rendering times, the findings counted. */
    public record Run(CheckBenchmark data, long units, double generationSeconds, double checkSeconds,
                      ReportSummary summary) {
    }

    /**
     * Generates a glossary of {@code terms} names (seed 42) and checks {@code units} units against it on
     * {@code threads} threads, rendering the findings as JSON to a null sink.
     */
    public static Run run(int terms, long units, int threads) {
        long t0 = System.nanoTime();
        CheckBenchmark data = generate(terms, 42);
        GlossaryChecker checker = new GlossaryChecker(data.glossary());
        long t1 = System.nanoTime();
        ReportSummary summary = new ReportSummary();
        ReportWriter w = ReportWriter.create(ReportFormat.JSON, OutputStream.nullOutputStream(), "bench");
        long count = CheckRun.run(data.units(units), "generated", checker, threads, f -> {
            summary.count(f);
            w.add(f);
        }, null);
        summary.countUnits(count);
        w.finish(summary);
        long t2 = System.nanoTime();
        return new Run(data, count, (t1 - t0) / 1e9, (t2 - t1) / 1e9, summary);
    }

    /** {@code n} units cycling over the pool. */
    public Iterator<TranslationUnit> units(long n) {
        return new Iterator<>() {
            long i;

            public boolean hasNext() {
                return i < n;
            }

            public TranslationUnit next() {
                if (i >= n) {
                    throw new NoSuchElementException();
                }
                String[] p = pool.get((int) (i++ % pool.size()));
                return TranslationUnit.of(String.valueOf(i), "en", p[0], "ar", p[1]);
            }
        };
    }

    /** Writes the glossary as TSV and {@code n} units as en/ar TSV, for timing the real {@code check} command. */
    public void write(java.nio.file.Path glossaryFile, java.nio.file.Path unitsFile, long n) throws java.io.IOException {
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(glossaryFile))) {
            GlossaryWriter.write(glossary, GlossaryWriter.Format.TSV, out);
        }
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(unitsFile, java.nio.charset.StandardCharsets.UTF_8)) {
            w.write("en\tar\n");
            Iterator<TranslationUnit> it = units(n);
            while (it.hasNext()) {
                TranslationUnit u = it.next();
                w.write(u.text("en"));
                w.write('\t');
                w.write(u.text("ar"));
                w.write('\n');
            }
        }
    }

    private static String englishWord(Random r, int i, int w) {
        String syll = "ba da ka la ma na ra sa ta za bi di ki li mi ni ri si ti zi bo do ko lo mo no ro so to zo";
        String[] s = syll.split(" ");
        StringBuilder sb = new StringBuilder();
        int n = 2 + r.nextInt(2);
        for (int k = 0; k < n; k++) {
            sb.append(s[r.nextInt(s.length)]);
        }
        sb.append(Integer.toString(i * 3 + w, 36));
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.toString();
    }

    private static String arabicWord(Random r, int len) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < len; k++) {
            sb.append(AR_LETTERS.charAt(r.nextInt(AR_LETTERS.length())));
        }
        return sb.toString();
    }

    private static final String[] FILLER_EN = ("the of and to in a said on for that was with by as is at from his it "
            + "an were are which this be has had have not they their who been one its after more officials talks "
            + "ceasefire rockets army government minister group fighting peace").split(" ");
    private static final String[] FILLER_AR = ("في من على إلى أن الذي التي قال وقال مع عن هذا كان بين بعد قبل الحكومة "
            + "الجيش الوزير المفاوضات وقف إطلاق النار الصواريخ الهدنة محادثات السلام مسؤولين الجماعة يوم أمس").split(" ");
}
