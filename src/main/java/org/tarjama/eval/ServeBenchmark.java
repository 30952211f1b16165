package org.tarjama.eval;

import static org.tarjama.eval.Measurements.deleteTree;
import static org.tarjama.eval.Measurements.ms;
import static org.tarjama.eval.Measurements.round;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.tarjama.server.ServerConfig;
import org.tarjama.server.TmServer;
import org.tarjama.tm.DirectoryStore;
import org.tarjama.tm.ImportResult;
import org.tarjama.tm.MemoryImport;
import org.tarjama.tm.TmMatch;
import org.tarjama.tm.TranslationMemory;
import org.tarjama.tmx.UnitFiles;

/**
 * The TM server under load: a {@link SyntheticNewsMemory} of {@code units} units served on loopback,
 * {@code clients} concurrent HTTP clients sending {@code /tmserver/en/ar/unit/…} lookups at a
 * threshold for a fixed time, then the same while an import runs through {@code POST /api/v1/import}.
 * Clients and server share this machine's cores, as they would not in production: the figures are
 * a floor. Also {@link #compareWithTmserver}: translate-toolkit's {@code tmserver} side by side.
 */
public final class ServeBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "bench-token-0123456789abcdef";

    private ServeBenchmark() {
    }

    public static Map<String, Number> run(Path corpus, int units, int queries, int clients, int seconds, int min,
                                          long seed, Consumer<String> notes) throws Exception {
        Path work = Files.createTempDirectory("tarjama-bench-serve");
        Map<String, Number> r = new LinkedHashMap<>();
        try {
            Path tsv = work.resolve("memory.tsv");
            List<SyntheticNewsMemory.Query> qs = SyntheticNewsMemory.write(SyntheticNewsMemory.pairs(corpus), units, queries, seed, tsv);
            DirectoryStore store = new DirectoryStore(work.resolve("tm"));
            long t0 = System.nanoTime();
            ImportResult ir;
            try (MemoryImport imp = store.openImport(); UnitFiles.UnitIterator it = UnitFiles.open(tsv)) {
                while (it.hasNext()) {
                    imp.add(it.next());
                }
                ir = imp.commit();
            }
            notes.accept(String.format(Locale.ROOT, "imported %d units in %.1f s", ir.total(), (System.nanoTime() - t0) / 1e9));
            r.put("units", ir.total());
            // units for the import during load: new ones (another seed), 5% of the memory
            Path extra = work.resolve("extra.tsv");
            SyntheticNewsMemory.write(SyntheticNewsMemory.pairs(corpus), Math.max(1000, units / 20), 1, seed + 1, extra);
            try (TmServer server = TmServer.start(store, ServerConfig.loopback(0).withWriteToken(TOKEN))) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .executor(java.util.concurrent.Executors.newFixedThreadPool(clients)).build();
                List<String> urls = new ArrayList<>();
                for (SyntheticNewsMemory.Query q : qs) {
                    urls.add(server.url() + "tmserver/en/ar/unit/" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8).replace("+", "%20")
                            + "?min_similarity=" + min + "&max_candidates=5");
                }
                load(http, urls, clients, Math.min(5, seconds), null); // warm-up (JIT), not reported
                ThreadCpu cpu = ThreadCpu.now();
                Stats idle = load(http, urls, clients, seconds, null);
                phase(r, "idle", idle, seconds, notes);
                cpu.report(r, "idle", idle.latencies().length, notes);
                long[] imported = {0};
                Thread importer = new Thread(() -> {
                    try {
                        HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/import"))
                                .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofMinutes(30))
                                .POST(HttpRequest.BodyPublishers.ofFile(extra)).build(), HttpResponse.BodyHandlers.ofString());
                        imported[0] = resp.statusCode() == 200 ? JSON.readTree(resp.body()).get("added").asLong() : -resp.statusCode();
                    } catch (Exception e) {
                        imported[0] = -1;
                    }
                }, "bench-import");
                long ti = System.nanoTime();
                ThreadCpu cpuDuring = ThreadCpu.now();
                importer.start();
                Stats during = load(http, urls, clients, seconds, importer);
                importer.join();
                cpuDuring.report(r, "during_import", during.latencies().length, notes);
                r.put("import_during_load_seconds", round((System.nanoTime() - ti) / 1e9));
                r.put("import_during_load_units_added", imported[0]);
                phase(r, "during_import", during, (System.nanoTime() - ti) / 1e9, notes);
                // agreement with the library call: the server answers what tarjama lookup answers
                int agree = 0;
                int checked = Math.min(200, qs.size());
                try (TranslationMemory tm = store.open()) {
                    for (int i = 0; i < checked; i++) {
                        List<TmMatch> lib = tm.lookup(qs.get(i).text(), min, 1);
                        JsonNode a = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(urls.get(i))).build(),
                                HttpResponse.BodyHandlers.ofString()).body());
                        String libTop = lib.isEmpty() ? null : lib.get(0).source();
                        String srvTop = a.isEmpty() ? null : a.get(0).get("source").asText();
                        if (java.util.Objects.equals(libTop, srvTop)) {
                            agree++;
                        }
                    }
                }
                r.put("top1_agreement_with_lookup", round((double) agree / checked));
            }
            r.put("clients", clients);
            r.put("min_similarity", min);
            r.put("cores", Runtime.getRuntime().availableProcessors());
            r.put("load_average", round(Measurements.loadAverage()));
        } finally {
            deleteTree(work);
        }
        return r;
    }

    private static void phase(Map<String, Number> r, String name, Stats s, double seconds, Consumer<String> notes) {
        long[] ns = s.latencies();
        Arrays.sort(ns);
        r.put(name + "_lookups", ns.length);
        r.put(name + "_errors", s.errors.get());
        r.put(name + "_lookups_per_second", Math.round(ns.length / Math.max(1e-9, s.seconds)));
        r.put(name + "_p50_ms", ms(pct(ns, 0.50)));
        r.put(name + "_p99_ms", ms(pct(ns, 0.99)));
        notes.accept(String.format(Locale.ROOT, "%s: %d lookups/s, p50 %.2f ms, p99 %.2f ms, %d errors", name,
                Math.round(ns.length / Math.max(1e-9, s.seconds)), ms(pct(ns, 0.5)), ms(pct(ns, 0.99)), s.errors.get()));
    }

    /**
     * CPU time of this process's threads between {@link #now} and {@link #report}, split into the
     * server's request threads and the benchmark's HTTP clients: on a loaded machine the wall clock
     * says how much CPU the benchmark got, these say what a lookup costs.
     */
    private static final class ThreadCpu {
        private final java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        private final Map<Long, Long> start = new java.util.HashMap<>();
        private final long process0 = Measurements.processCpuNanos();
        private final long wall0 = System.nanoTime();

        static ThreadCpu now() {
            ThreadCpu c = new ThreadCpu();
            for (long id : c.mx.getAllThreadIds()) {
                c.start.put(id, Math.max(0, c.mx.getThreadCpuTime(id)));
            }
            return c;
        }

        void report(Map<String, Number> r, String phase, int lookups, Consumer<String> notes) {
            long server = 0;
            long client = 0;
            for (java.lang.management.ThreadInfo ti : mx.getThreadInfo(mx.getAllThreadIds())) {
                if (ti == null) {
                    continue;
                }
                long used = Math.max(0, mx.getThreadCpuTime(ti.getThreadId()) - start.getOrDefault(ti.getThreadId(), 0L));
                String name = ti.getThreadName();
                if (name.startsWith("JettyServerThreadPool")) {
                    server += used;
                } else if (name.startsWith("bench-client") || name.startsWith("HttpClient") || name.startsWith("pool-")) {
                    client += used;
                }
            }
            long process = Measurements.processCpuNanos() - process0;
            double wall = (System.nanoTime() - wall0) / 1e9;
            int n = Math.max(1, lookups);
            r.put(phase + "_server_cpu_ms_per_lookup", round(server / 1e6 / n));
            r.put(phase + "_client_cpu_ms_per_lookup", round(client / 1e6 / n));
            r.put(phase + "_process_cpu_ms_per_lookup", round(process / 1e6 / n));
            r.put(phase + "_process_cores_used", round(process / 1e9 / wall));
            notes.accept(String.format(Locale.ROOT, "%s CPU per lookup: server threads %.3f ms, clients %.3f ms, whole process %.3f ms "
                    + "(%.2f cores used)", phase, server / 1e6 / n, client / 1e6 / n, process / 1e6 / n, process / 1e9 / wall));
        }
    }

    /** Latencies and errors of one load phase. */
    private static final class Stats {
        final List<long[]> perClient = new ArrayList<>();
        final int[] counts;
        final AtomicLong errors = new AtomicLong();
        double seconds;

        Stats(int clients) {
            counts = new int[clients];
            for (int i = 0; i < clients; i++) {
                perClient.add(new long[1 << 16]);
            }
        }

        long[] latencies() {
            int n = Arrays.stream(counts).sum();
            long[] all = new long[n];
            int at = 0;
            for (int c = 0; c < counts.length; c++) {
                System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
                at += counts[c];
            }
            return all;
        }
    }

    /** {@code clients} threads, each sending one request after another, for {@code seconds} (or until {@code until} ends). */
    private static Stats load(HttpClient http, List<String> urls, int clients, int seconds, Thread until) throws InterruptedException {
        Stats s = new Stats(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int id = c;
            Thread t = new Thread(() -> {
                int i = id * 7919;
                try {
                    while (System.nanoTime() < end || (until != null && until.isAlive())) {
                        String u = urls.get(Math.floorMod(i++, urls.size()));
                        long st = System.nanoTime();
                        try {
                            HttpResponse<Void> resp = http.send(HttpRequest.newBuilder(URI.create(u)).timeout(Duration.ofSeconds(30)).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (resp.statusCode() != 200) {
                                s.errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            s.errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        long[] a = s.perClient.get(id);
                        if (s.counts[id] == a.length) {
                            a = Arrays.copyOf(a, a.length * 2);
                            s.perClient.set(id, a);
                        }
                        a[s.counts[id]++] = System.nanoTime() - st;
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + c);
            t.start();
        }
        done.await();
        s.seconds = (System.nanoTime() - t0) / 1e9;
        return s;
    }

    /**
     * translate-toolkit's {@code tmserver} and Tarjama's server on the same memory and queries, one
     * client each: throughput ratio, top-1 agreement among the queries both answered, and how long
     * {@code tmserver} takes per query at each size (it answers from SQLite full-text search).
     *
     * @param sizes memory sizes to try; the first is the one the ratio and agreement are measured on
     */
    public static Map<String, Number> compareWithTmserver(Path corpus, int[] sizes, int queries, long seed, double timeoutSeconds,
                                                          Consumer<String> notes) throws Exception {
        Map<String, Number> r = new LinkedHashMap<>();
        Path work = Files.createTempDirectory("tarjama-bench-tmserver");
        try {
            for (int si = 0; si < sizes.length; si++) {
                int units = sizes[si];
                Path tsv = work.resolve("memory-" + units + ".tsv");
                List<SyntheticNewsMemory.Query> qs = SyntheticNewsMemory.write(SyntheticNewsMemory.pairs(corpus), units, queries, seed, tsv);
                Path po = work.resolve("memory-" + units + ".po");
                int written = writePo(tsv, po);
                Path db = work.resolve("tm-" + units + ".db");
                Process b = new ProcessBuilder("build_tmdb", "-d", db.toString(), "-s", "en", "-t", "ar", po.toString())
                        .redirectErrorStream(true).redirectOutput(work.resolve("build.log").toFile()).start();
                if (b.waitFor() != 0) {
                    throw new IOException("build_tmdb failed: " + Files.readString(work.resolve("build.log")));
                }
                int port;
                try (java.net.ServerSocket ss = new java.net.ServerSocket(0)) {
                    port = ss.getLocalPort();
                }
                Process ts = new ProcessBuilder("tmserver", "-d", db.toString(), "-b", "127.0.0.1", "-p", String.valueOf(port),
                        "--min-similarity", "50", "--max-candidates", "1").redirectErrorStream(true)
                        .redirectOutput(work.resolve("tmserver.log").toFile()).start();
                DirectoryStore store = new DirectoryStore(work.resolve("tm-" + units));
                try (MemoryImport imp = store.openImport(); UnitFiles.UnitIterator it = UnitFiles.open(tsv)) {
                    while (it.hasNext()) {
                        imp.add(it.next());
                    }
                    imp.commit();
                }
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                try (TmServer ours = TmServer.start(store, ServerConfig.loopback(0))) {
                    String theirs = "http://127.0.0.1:" + port + "/tmserver/en/ar/unit/";
                    waitUp(http, theirs + "hello");
                    long tsNanos = 0;
                    long ourNanos = 0;
                    int both = 0;
                    int agree = 0;
                    int answered = 0;
                    int asked = si == 0 ? qs.size() : Math.min(5, qs.size());
                    boolean tooSlow = false;
                    for (int i = 0; i < asked; i++) {
                        String path = URLEncoder.encode(qs.get(i).text(), StandardCharsets.UTF_8).replace("+", "%20");
                        long s0 = System.nanoTime();
                        JsonNode a;
                        try {
                            a = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(theirs + path))
                                    .timeout(Duration.ofMillis((long) (timeoutSeconds * 1000))).build(), HttpResponse.BodyHandlers.ofString()).body());
                        } catch (java.net.http.HttpTimeoutException e) {
                            tooSlow = true;
                            break;
                        }
                        tsNanos += System.nanoTime() - s0;
                        answered++;
                        long s1 = System.nanoTime();
                        JsonNode o = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(ours.url() + "tmserver/en/ar/unit/" + path
                                + "?min_similarity=50&max_candidates=1")).build(), HttpResponse.BodyHandlers.ofString()).body());
                        ourNanos += System.nanoTime() - s1;
                        if (!a.isEmpty() && !o.isEmpty()) {
                            both++;
                            if (a.get(0).get("source").asText().equals(o.get(0).get("source").asText())) {
                                agree++;
                            }
                        }
                    }
                    String p = "tmserver_" + units + "_";
                    r.put(p + "units_in_po", written);
                    r.put(p + "queries_answered", answered);
                    r.put(p + "seconds_per_query", answered == 0 ? -1 : round(tsNanos / 1e9 / answered));
                    r.put(p + "timed_out_at_" + (int) timeoutSeconds + "s", tooSlow ? 1 : 0);
                    if (si == 0 && answered > 0) {
                        r.put(p + "tarjama_seconds_per_query", round(ourNanos / 1e9 / answered));
                        r.put(p + "throughput_ratio_tarjama_over_tmserver", round((double) tsNanos / Math.max(1, ourNanos)));
                        r.put(p + "both_answered", both);
                        r.put(p + "top1_agreement", both == 0 ? -1 : round((double) agree / both));
                    }
                    notes.accept(String.format(Locale.ROOT, "tmserver at %d units: %d queries answered, %.3f s each%s", units, answered,
                            answered == 0 ? -1.0 : tsNanos / 1e9 / answered, tooSlow ? ", then a query took over the time-out" : ""));
                } finally {
                    ts.destroy();
                    ts.waitFor();
                }
            }
        } finally {
            deleteTree(work);
        }
        return r;
    }

    private static void waitUp(HttpClient http, String url) throws Exception {
        for (int i = 0; i < 200; i++) {
            try {
                http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (java.net.ConnectException e) {
                Thread.sleep(100);
            }
        }
        throw new IOException("tmserver did not start at " + url);
    }

    /** The memory as a PO file (what build_tmdb reads best): one msgid/msgstr per unit, duplicates of msgid dropped. */
    private static int writePo(Path tsv, Path po) throws IOException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(po, StandardCharsets.UTF_8)) {
            w.write("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n");
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab < 0 || !seen.add(line.substring(0, tab))) {
                    continue;
                }
                w.write("msgid \"" + poEscape(line.substring(0, tab)) + "\"\nmsgstr \"" + poEscape(line.substring(tab + 1)) + "\"\n\n");
                n++;
            }
        }
        return n;
    }

    private static String poEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static long pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)];
    }
}
