package org.tarjama.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.tm.pensieve.common.TmHit;
import net.sf.okapi.tm.pensieve.common.TranslationUnitVariant;
import net.sf.okapi.tm.pensieve.seeker.ITmSeeker;
import net.sf.okapi.tm.pensieve.seeker.TmSeekerFactory;
import net.sf.okapi.tm.pensieve.writer.ITmWriter;
import net.sf.okapi.tm.pensieve.writer.TmWriterFactory;
import org.tarjama.model.TranslationUnit;
import org.tarjama.tm.ImportResult;
import org.tarjama.eval.SyntheticNewsMemory;
import org.tarjama.tm.TmImporter;
import org.tarjama.tm.TmMatch;
import org.tarjama.tm.TranslationMemory;
import org.tarjama.tmx.UnitFiles;

/**
 * Tarjama's memory side by side with Okapi Pensieve (Lucene, character n-gram fuzzy search) on the
 * same memory and queries: import time, lookup latency at the same threshold, recall of the true
 * source (the unit each query was made from) in the top hit and the top five.
 *
 * <pre>
 * ./tarjama bench tm --units 1000000 --keep /tmp/tm-bench        # writes memory.tsv and queries.tsv
 * mvn -B -q -Ppensieve -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/pensieve.cp
 * java -Xmx4g -cp target/classes:$(cat target/pensieve.cp) org.tarjama.bench.PensieveComparison /tmp/tm-bench [THRESHOLD [import-only]]
 * </pre>
 */
public final class PensieveComparison {
    private PensieveComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int threshold = args.length > 1 ? Integer.parseInt(args[1]) : 70;
        boolean importOnly = args.length > 2 && args[2].equals("import-only");
        Path tsv = work.resolve("memory.tsv");
        List<SyntheticNewsMemory.Query> qs = SyntheticNewsMemory.readQueries(work.resolve("queries.tsv"));
        LocaleId en = LocaleId.ENGLISH;
        LocaleId ar = LocaleId.fromString("ar");

        // --- Tarjama import
        Path tdir = work.resolve("tm-compare");
        deleteTree(tdir);
        long t0 = System.nanoTime();
        ImportResult ir;
        try (TmImporter imp = TmImporter.open(tdir); UnitFiles.UnitIterator it = UnitFiles.open(tsv)) {
            while (it.hasNext()) {
                imp.add(it.next());
            }
            ir = imp.commit();
        }
        double tImport = (System.nanoTime() - t0) / 1e9;
        System.out.printf("tarjama import:  %d units in %.1f s (%.0f units/s)%n", ir.read(), tImport, ir.read() / tImport);

        // --- Pensieve import
        Path pdir = work.resolve("pensieve");
        deleteTree(pdir);
        Files.createDirectories(pdir);
        t0 = System.nanoTime();
        long n = 0;
        ITmWriter w = TmWriterFactory.createFileBasedTmWriter(pdir.toString(), true);
        try (UnitFiles.UnitIterator it = UnitFiles.open(tsv)) {
            while (it.hasNext()) {
                TranslationUnit u = it.next();
                w.indexTranslationUnit(new net.sf.okapi.tm.pensieve.common.TranslationUnit(
                        new TranslationUnitVariant(en, new TextFragment(u.text("en"))),
                        new TranslationUnitVariant(ar, new TextFragment(u.text("ar")))));
                n++;
            }
        }
        w.commit();
        w.close();
        double pImport = (System.nanoTime() - t0) / 1e9;
        System.out.printf("pensieve import: %d units in %.1f s (%.0f units/s)%n", n, pImport, n / pImport);

        System.out.printf("import speed-up: %.1fx%n", pImport / tImport);
        if (importOnly) {
            return;
        }
        // --- lookups
        try (ITmSeeker seeker = TmSeekerFactory.createFileBasedTmSeeker(pdir.toString());
             TranslationMemory tm = TranslationMemory.open(tdir)) {
            for (int i = 0; i < Math.min(100, qs.size()); i++) { // warm-up both
                seeker.searchFuzzy(new TextFragment(qs.get(i).text()), threshold, 5, null);
                tm.lookup(qs.get(i).text(), threshold, 5);
            }
            long[] pNs = new long[qs.size()];
            long[] tNs = new long[qs.size()];
            int p1 = 0;
            int p5 = 0;
            int t1 = 0;
            int t5 = 0;
            for (int i = 0; i < qs.size(); i++) {
                String q = qs.get(i).text();
                String truth = qs.get(i).trueSource();
                long s = System.nanoTime();
                List<TmHit> hits = seeker.searchFuzzy(new TextFragment(q), threshold, 5, null);
                pNs[i] = System.nanoTime() - s;
                for (int h = 0; h < hits.size(); h++) {
                    if (hits.get(h).getTu().getSource().getContent().toText().equals(truth)) {
                        p1 += h == 0 ? 1 : 0;
                        p5++;
                        break;
                    }
                }
                s = System.nanoTime();
                List<TmMatch> ms = tm.lookup(q, threshold, 5);
                tNs[i] = System.nanoTime() - s;
                for (int h = 0; h < ms.size(); h++) {
                    if (ms.get(h).source().equals(truth)) {
                        t1 += h == 0 ? 1 : 0;
                        t5++;
                        break;
                    }
                }
            }
            Arrays.sort(pNs);
            Arrays.sort(tNs);
            int k = qs.size();
            System.out.printf("threshold %d%%, %d queries%n", threshold, k);
            System.out.printf("pensieve lookup: p50 %.3f ms, p99 %.3f ms, mean %.3f ms; recall top1 %.3f, top5 %.3f%n",
                    pNs[k / 2] / 1e6, pNs[(int) Math.ceil(k * 0.99) - 1] / 1e6, Arrays.stream(pNs).average().orElse(0) / 1e6,
                    (double) p1 / k, (double) p5 / k);
            System.out.printf("tarjama lookup:  p50 %.3f ms, p99 %.3f ms, mean %.3f ms; recall top1 %.3f, top5 %.3f%n",
                    tNs[k / 2] / 1e6, tNs[(int) Math.ceil(k * 0.99) - 1] / 1e6, Arrays.stream(tNs).average().orElse(0) / 1e6,
                    (double) t1 / k, (double) t5 / k);
            System.out.printf("speed-up: lookup p50 %.1fx, mean %.1fx; import %.1fx%n",
                    (double) pNs[k / 2] / tNs[k / 2], Arrays.stream(pNs).average().orElse(0) / Arrays.stream(tNs).average().orElse(1),
                    pImport / tImport);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(all::add);
        }
        for (Path x : all) {
            Files.delete(x);
        }
    }
}
