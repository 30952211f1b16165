package org.tarjama.eval;

import static org.tarjama.eval.Measurements.deleteTree;
import static org.tarjama.eval.Measurements.ms;
import static org.tarjama.eval.Measurements.round;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.tarjama.tm.ImportResult;
import org.tarjama.tm.MemoryImport;
import org.tarjama.tm.MemoryStore;
import org.tarjama.tm.MemoryStores;
import org.tarjama.tm.TmImporter;
import org.tarjama.tm.TmMatch;
import org.tarjama.tm.TranslationMemory;
import org.tarjama.tmx.UnitFiles;

/**
 * Translation-memory benchmark on a {@link SyntheticNewsMemory} recombined from an aligned corpus:
 * import rate, lookup p50/p99 at 70% and 50%, recall of the true source, concordance p95, heap in use.
 */
public final class TmBenchmark {
    private TmBenchmark() {
    }

    /**
     * Generates {@code units} units, imports them, opens the memory and times {@code queries} lookups
     * per threshold and 300 concordance searches per language.
     *
     * @param keep  where to keep memory.tsv, queries.tsv and the memory (for the Pensieve comparison);
     *              null for a temporary folder deleted afterwards
     * @param notes progress lines (for stderr)
     * @return the figures by name, in report order (Integer, Long or Double values)
     */
    public static Map<String, Number> run(Path corpus, int units, int queries, long seed, Path keep,
                                          Consumer<String> notes) throws IOException {
        return run(corpus, units, queries, seed, keep, null, notes);
    }

    /**
     * As {@link #run(Path, int, int, long, Path, Consumer)}, into the memory store at {@code location}
     * ({@code --tm}: a directory or {@code opensearch://HOST:PORT/NAME}), or the embedded memory under
     * the work folder when null. For a store other than a directory, {@code heap_mb_*} is this JVM's
     * (the client's), and {@code disk_mb} is what the store reports ({@link TranslationMemory#stats}).
     */
    public static Map<String, Number> run(Path corpus, int units, int queries, long seed, Path keep, String location,
                                          Consumer<String> notes) throws IOException {
        Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("tarjama-bench-tm");
        Path tsv = work.resolve("memory.tsv");
        Path tmDir = work.resolve("tm");
        deleteTree(tmDir);
        Map<String, Number> r = new LinkedHashMap<>();
        try {
            long t0 = System.nanoTime();
            List<SyntheticNewsMemory.Query> qs = SyntheticNewsMemory.write(SyntheticNewsMemory.pairs(corpus), units, queries, seed, tsv);
            SyntheticNewsMemory.writeQueries(qs, work.resolve("queries.tsv"));
            notes.accept(format("generated %d units in %.1f s", units, secs(t0)));

            long t1 = System.nanoTime();
            long cpu0 = Measurements.processCpuNanos();
            ImportResult ir;
            MemoryStore store = location == null ? null : MemoryStores.of(location);
            try (MemoryImport imp = store == null ? TmImporter.open(tmDir) : store.openImport();
                 UnitFiles.UnitIterator it = UnitFiles.open(tsv)) {
                while (it.hasNext()) {
                    imp.add(it.next());
                }
                ir = imp.commit();
            }
            double importSecs = secs(t1);
            r.put("import_process_cpu_seconds", round((Measurements.processCpuNanos() - cpu0) / 1e9));
            r.put("units_generated", units);
            r.put("units_stored", ir.total());
            r.put("import_seconds", round(importSecs));
            r.put("import_units_per_second", Math.round(ir.read() / importSecs));
            notes.accept(format("imported %d units (%d stored) in %.1f s", ir.read(), ir.total(), importSecs));

            long heap0 = Measurements.usedHeapAfterGc();
            long t2 = System.nanoTime();
            try (TranslationMemory tm = store == null ? TranslationMemory.open(tmDir) : store.open()) {
                r.put("open_seconds", round(secs(t2)));
                r.put("heap_mb_lookup", Math.round((Measurements.usedHeapAfterGc() - heap0) / 1e6));
                r.put("disk_mb", Math.round(tm.stats().bytes() / 1e6));
                // warm-up (JIT), not timed
                for (int i = 0; i < Math.min(300, qs.size()); i++) {
                    tm.lookup(qs.get(i).text(), 70, 5);
                }
                for (int min : new int[] {70, 50}) {
                    long[] ns = new long[qs.size()];
                    long[] cpu = new long[qs.size()];
                    int top1 = 0;
                    int top5 = 0;
                    for (int i = 0; i < qs.size(); i++) {
                        long c = Measurements.threadCpuNanos();
                        long s = System.nanoTime();
                        List<TmMatch> m = tm.lookup(qs.get(i).text(), min, 5);
                        ns[i] = System.nanoTime() - s;
                        cpu[i] = Measurements.threadCpuNanos() - c;
                        String truth = qs.get(i).trueSource();
                        if (!m.isEmpty() && m.get(0).source().equals(truth)) {
                            top1++;
                        }
                        if (m.stream().anyMatch(x -> x.source().equals(truth))) {
                            top5++;
                        }
                    }
                    r.put("lookup_" + min + "_per_second", Math.round(ns.length / (Arrays.stream(ns).sum() / 1e9)));
                    Arrays.sort(ns);
                    r.put("lookup_" + min + "_p50_ms", ms(ns[ns.length / 2]));
                    r.put("lookup_" + min + "_p99_ms", ms(ns[(int) Math.min(ns.length - 1, Math.ceil(ns.length * 0.99) - 1)]));
                    r.put("lookup_" + min + "_max_ms", ms(ns[ns.length - 1]));
                    // CPU time of the looking-up thread: what the lookup costs when the machine is not shared
                    Arrays.sort(cpu);
                    r.put("lookup_" + min + "_cpu_p50_ms", ms(cpu[cpu.length / 2]));
                    r.put("lookup_" + min + "_cpu_p99_ms", ms(cpu[(int) Math.min(cpu.length - 1, Math.ceil(cpu.length * 0.99) - 1)]));
                    r.put("recall_" + min + "_top1", round((double) top1 / qs.size()));
                    r.put("recall_" + min + "_top5", round((double) top5 / qs.size()));
                    notes.accept(format("lookups at %d%%: p50 %.3f ms, p99 %.3f ms", min, ms(ns[ns.length / 2]),
                            ms(ns[(int) Math.min(ns.length - 1, Math.ceil(ns.length * 0.99) - 1)])));
                }
                Random rnd = new Random(seed);
                List<String> enPhrases = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    String[] w = qs.get(rnd.nextInt(qs.size())).trueSource().split(" ");
                    int at = rnd.nextInt(w.length);
                    int len = 1 + rnd.nextInt(Math.min(3, w.length - at));
                    enPhrases.add(String.join(" ", Arrays.asList(w).subList(at, at + len)));
                }
                r.put("concordance_en_p95_ms", concordance(tm, enPhrases, false));
                long t3 = System.nanoTime();
                tm.warmArabic();
                r.put("arabic_index_seconds", round(secs(t3)));
                r.put("heap_mb_with_arabic_concordance", Math.round((Measurements.usedHeapAfterGc() - heap0) / 1e6));
                List<String[]> pairs = SyntheticNewsMemory.pairs(corpus);
                List<String> arPhrases = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    String[] w = pairs.get(rnd.nextInt(pairs.size()))[1].split(" ");
                    int at = rnd.nextInt(w.length);
                    int len = 1 + rnd.nextInt(Math.min(2, w.length - at));
                    arPhrases.add(String.join(" ", Arrays.asList(w).subList(at, at + len)));
                }
                r.put("concordance_ar_p95_ms", concordance(tm, arPhrases, true));
            }
            r.put("cores", Runtime.getRuntime().availableProcessors());
            r.put("load_average", round(Measurements.loadAverage()));
            r.put("max_heap_mb", Math.round(Runtime.getRuntime().maxMemory() / 1e6));
        } finally {
            if (keep == null) {
                deleteTree(work);
            }
        }
        return r;
    }

    private static double concordance(TranslationMemory tm, List<String> phrases, boolean arabic) {
        for (String p : phrases.subList(0, Math.min(50, phrases.size()))) {
            tm.concordance(p, arabic, 20);
        }
        long[] ns = new long[phrases.size()];
        for (int i = 0; i < ns.length; i++) {
            long s = System.nanoTime();
            tm.concordance(phrases.get(i), arabic, 20);
            ns[i] = System.nanoTime() - s;
        }
        Arrays.sort(ns);
        return ms(ns[(int) Math.ceil(ns.length * 0.95) - 1]);
    }

    private static String format(String fmt, Object... args) {
        return String.format(Locale.ROOT, fmt, args);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
