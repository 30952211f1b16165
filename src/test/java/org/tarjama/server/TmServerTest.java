package org.tarjama.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.tm.DirectoryStore;
import org.tarjama.tm.MemoryImport;
import org.tarjama.tm.TranslationMemory;
import org.tarjama.model.TranslationUnit;

/** The server over real HTTP on loopback, as tmserver clients, scripts and a team's tools call it. */
class TmServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "s3cret-token-0123456789";

    @TempDir
    Path tmp;

    private TmServer server;
    private HttpClient http;
    private DirectoryStore store;

    @BeforeEach
    void start() {
        store = new DirectoryStore(tmp.resolve("tm"));
        try (MemoryImport imp = store.openImport()) {
            imp.add(TranslationUnit.of("1", "en", "The minister said the new bridge will open next spring.",
                    "ar", "قال الوزير إن الجسر الجديد سيفتح في الربيع المقبل."));
            imp.add(TranslationUnit.of("2", "en", "Prices rose by 5 percent in 2019.",
                    "ar", "ارتفعت الأسعار بنسبة ٥ في المئة في عام ٢٠١٩."));
            imp.add(TranslationUnit.of("3", "en", "The minister said the old bridge will close next spring.",
                    "ar", "قال الوزير إن الجسر القديم سيغلق في الربيع المقبل."));
            imp.commit();
        }
        server = TmServer.start(store, ServerConfig.loopback(0).withWriteToken(TOKEN).withMaxImportBytes(4096));
        http = HttpClient.newHttpClient();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void theTmserverRouteAnswersTranslateToolkitsShapeBestFirst() throws Exception {
        HttpResponse<String> r = get("/tmserver/en/ar/unit/" + enc("The minister said the new bridge will open next summer.")
                + "?min_similarity=50&max_candidates=5");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode a = JSON.readTree(r.body());
        assertThat(a.isArray()).isTrue();
        assertThat(a).hasSize(2);
        JsonNode best = a.get(0);
        assertThat(best.get("source").asText()).isEqualTo("The minister said the new bridge will open next spring.");
        assertThat(best.get("target").asText()).startsWith("قال الوزير إن الجسر الجديد");
        assertThat(best.get("context").isTextual()).isTrue();
        assertThat(best.get("quality").isNumber()).isTrue();
        assertThat(best.get("quality").asDouble()).isEqualTo(90.0);
        // exactly the keys translate-toolkit's tmserver answers (3.8.4: json.dumps of source, target, context, quality)
        List<String> keys = new ArrayList<>();
        best.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("source", "target", "context", "quality");
        assertThat(best.get("quality").isFloatingPointNumber()).isTrue();
        assertThat(a.get(1).get("quality").asDouble()).isLessThan(90.0);
        // max_candidates and the default threshold (75, as tmserver's)
        assertThat(JSON.readTree(get("/tmserver/en/ar/unit/" + enc("The minister said the new bridge will open next summer.")
                + "?max_candidates=1").body())).hasSize(1);
        // the text as a query parameter, for long texts; language variants and case as Weblate sends them
        JsonNode q = JSON.readTree(get("/tmserver/en_US/AR/unit/?source=" + enc("Prices rose by 7 percent in 2019.")).body());
        assertThat(q.get(0).get("target").asText()).isEqualTo("ارتفعت الأسعار بنسبة ٧ في المئة في عام ٢٠١٩.");
    }

    /**
     * The route's common form is answered before Javalin's routing; every other form goes through
     * Javalin. Both must give the same status, headers that matter, bytes and access-log line: the
     * text in the path (common form), as a query parameter, and in the path with a parameter the
     * common form does not take (Javalin ignores it), in both directions.
     */
    @Test
    void theTmserverRouteAnswersTheSameBytesWhicheverWayTheRequestIsRouted() throws Exception {
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        try (TmServer s2 = TmServer.start(store, ServerConfig.loopback(0).withAccessLog(log::add))) {
            for (String[] q : List.of(new String[] {"en/ar", "The minister said the new bridge will open next summer."},
                    new String[] {"ar/en", "قال الوزير إن الجسر الجديد سيفتح في الربيع"})) {
                String e = enc(q[1]);
                List<String> forms = List.of("tmserver/" + q[0] + "/unit/" + e + "?min_similarity=50&max_candidates=5",
                        "tmserver/" + q[0] + "/unit/?source=" + e + "&min_similarity=50&max_candidates=5",
                        "tmserver/" + q[0] + "/unit/" + e + "?min_similarity=50&max_candidates=5&context=x");
                List<String> bodies = new ArrayList<>();
                log.clear();
                for (String f : forms) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s2.url() + f)).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    assertThat(r.statusCode()).isEqualTo(200);
                    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
                    bodies.add(r.body());
                }
                assertThat(JSON.readTree(bodies.get(0))).hasSize(2);
                assertThat(bodies).containsOnly(bodies.get(0));
                int len = bodies.get(0).getBytes(StandardCharsets.UTF_8).length;
                assertThat(log).hasSize(3);
                for (int i = 0; i < 3; i++) {
                    assertThat(log.get(i)).matches("127\\.0\\.0\\.1 - - \\[[^]]+] \"GET /\\Q" + forms.get(i) + "\\E HTTP/1\\.1\" 200 " + len);
                }
            }
            // refused or malformed in the common form: Javalin's answers, as before
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(s2.url() + "tmserver/en/ar/unit/hello?min_similarity=0")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(bad.body()).get("error").asText()).contains("min_similarity");
        }
    }

    @Test
    void theArabicRouteMatchesTheMemorysArabicAsTheSource() throws Exception {
        JsonNode a = JSON.readTree(get("/tmserver/ar/en/unit/" + enc("وقال الوزير إن الجسر الجديد سيفتح في الربيع المقبل.")).body());
        assertThat(a.get(0).get("source").asText()).isEqualTo("قال الوزير إن الجسر الجديد سيفتح في الربيع المقبل.");
        assertThat(a.get(0).get("target").asText()).isEqualTo("The minister said the new bridge will open next spring.");
        assertThat(get("/tmserver/en/fr/unit/hello").statusCode()).isEqualTo(404);
        assertThat(get("/tmserver/en/en/unit/hello").statusCode()).isEqualTo(404);
    }

    /** One renderer for the lookup JSON: the API's answer is, byte for byte, the line {@code tarjama lookup --format json} prints. */
    @Test
    void theApiLookupAnswersTheBytesLookupFormatJsonPrints() throws Exception {
        for (String[] q : List.of(new String[] {"en", "The minister said the old bridge will open in spring 2020."},
                new String[] {"ar", "قال الوزير إن الجسر سيفتح في الربيع المقبل"})) {
            java.io.StringWriter o = new java.io.StringWriter();
            int code = org.tarjama.cli.Main.run(new String[] {"lookup", "--tm", tmp.resolve("tm").toString(), "--min", "50",
                "--top", "3", "--format", "json", "--source-lang", q[0], q[1]}, new java.io.PrintWriter(o), new java.io.PrintWriter(new java.io.StringWriter()));
            assertThat(code).isZero();
            HttpResponse<String> r = get("/api/v1/lookup?min=50&top=3&source_lang=" + q[0] + "&q=" + enc(q[1]));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body() + System.lineSeparator()).isEqualTo(o.toString());
            assertThat(JSON.readTree(r.body()).get("matches")).hasSizeGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void theJsonApiLooksUpOneOrABatchAndBoundsWhatItIsAsked() throws Exception {
        JsonNode one = JSON.readTree(get("/api/v1/lookup?min=50&q=" + enc("Prices rose by 5 percent in 2020.")).body());
        assertThat(one.get("matches").get(0).get("score").asInt()).isEqualTo(99);
        assertThat(one.get("matches").get(0).get("tuid").asText()).isEqualTo("2");
        HttpResponse<String> batch = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/lookup"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"queries\":[\"Prices rose by 5 percent in 2019.\","
                        + "\"ارتفعت الأسعار بنسبة ٥ في المئة في عام ٢٠١٩.\"],\"min\":60}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(batch.statusCode()).isEqualTo(200);
        JsonNode results = JSON.readTree(batch.body()).get("results");
        assertThat(results.get(0).get("matches").get(0).get("score").asInt()).isEqualTo(100);
        assertThat(results.get(1).get("matches")).isEmpty(); // an Arabic query against the English side
        assertThat(get("/api/v1/lookup?top=100000&q=x").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/lookup?min=abc&q=x").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/lookup?q=").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/lookup?q=" + "a".repeat(20_000)).statusCode()).isEqualTo(413);
        JsonNode conc = JSON.readTree(get("/api/v1/concordance?q=" + enc("الجسر")).body());
        assertThat(conc.get("lang").asText()).isEqualTo("ar");
        assertThat(conc.get("hits")).hasSize(2);
        JsonNode stats = JSON.readTree(get("/api/v1/stats").body());
        assertThat(stats.get("units").asInt()).isEqualTo(3);
        assertThat(stats.get("writable").asBoolean()).isTrue();
        String tmx = get("/api/v1/export").body();
        assertThat(tmx).contains("<tmx version=\"1.4\"").contains("Prices rose by 5 percent in 2019.");
        JsonNode api = JSON.readTree(get("/api/openapi.json").body());
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").has("/tmserver/{src}/{tgt}/unit/{text}")).isTrue();
        assertThat(api.get("paths").has("/api/v1/import")).isTrue();
    }

    private HttpResponse<String> postImport(String body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "api/v1/import"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).header("Content-Type", "text/tab-separated-values");
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anImportNeedsTheTokenAndIsVisibleOnceCommitted() throws Exception {
        String tsv = "Rockets fell near Ashkelon on Sunday.\tسقطت صواريخ قرب عسقلان يوم الأحد.\n";
        HttpResponse<String> none = postImport(tsv, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(postImport(tsv, "Bearer wrong-token-000000000").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/stats").body()).contains("\"units\":3");
        HttpResponse<String> ok = postImport(tsv, "Bearer " + TOKEN);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).get("added").asInt()).isEqualTo(1);
        // visible without a restart
        JsonNode a = JSON.readTree(get("/tmserver/en/ar/unit/" + enc("Rockets fell near Ashkelon on Monday.")).body());
        assertThat(a.get(0).get("target").asText()).startsWith("سقطت صواريخ قرب عسقلان");
        // oversized: refused, and the server keeps serving
        assertThat(postImport("a\tب\n".repeat(2000), "Bearer " + TOKEN).statusCode()).isEqualTo(413);
        assertThat(get("/api/v1/stats").body()).contains("\"units\":4");
        // persisted: the memory on disk has it too
        try (TranslationMemory tm = store.open()) {
            assertThat(tm.size()).isEqualTo(4);
        }
    }

    @Test
    void aReadOnlyServerRefusesImports() throws Exception {
        try (TmServer ro = TmServer.start(store, ServerConfig.loopback(0))) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ro.url() + "api/v1/import"))
                    .POST(HttpRequest.BodyPublishers.ofString("a\tب\n")).header("Authorization", "Bearer " + TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("read-only");
        }
    }

    /** Raw HTTP/1.1, since java.net.http will not send a Host header of our choosing. */
    private String raw(String host) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream o = s.getOutputStream();
            o.write(("GET /api/v1/stats HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            o.flush();
            InputStream in = s.getInputStream();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        }
    }

    @Test
    void aForeignHostIsRefusedAndTheServerKeepsServing() throws Exception {
        assertThat(raw("evil.example:" + server.port())).contains(" 403");
        assertThat(raw("127.0.0.1.nip.io:" + server.port())).contains(" 403");
        assertThat(raw("localhost:" + server.port())).contains(" 200");
        assertThat(raw("127.0.0.1:" + server.port())).contains(" 200");
    }

    @Test
    void manyReadersWhileAnImportRunsSeeNoErrorAndTheNewUnitsAfterTheCommit() throws Exception {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            big.append("Unit number ").append(i).append(" was added by the import.\tأضاف الاستيراد الوحدة رقم ").append(i).append(".\n");
        }
        try (TmServer s2 = TmServer.start(store, ServerConfig.loopback(0).withWriteToken(TOKEN))) {
            AtomicBoolean importing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Integer>> readers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                readers.add(pool.submit(() -> {
                    int n = 0;
                    while (importing.get() || n < 5) {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s2.url() + "tmserver/en/ar/unit/"
                                + enc("The minister said the new bridge will open next spring."))).build(), HttpResponse.BodyHandlers.ofString());
                        assertThat(r.statusCode()).isEqualTo(200);
                        assertThat(JSON.readTree(r.body()).get(0).get("quality").asDouble()).isEqualTo(100.0);
                        n++;
                    }
                    return n;
                }));
            }
            HttpResponse<String> imp = http.send(HttpRequest.newBuilder(URI.create(s2.url() + "api/v1/import"))
                    .POST(HttpRequest.BodyPublishers.ofString(big.toString())).header("Authorization", "Bearer " + TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());
            importing.set(false);
            for (Future<Integer> f : readers) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(5);
            }
            pool.shutdown();
            assertThat(imp.statusCode()).as(imp.body()).isEqualTo(200);
            assertThat(JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(s2.url() + "api/v1/stats")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("units").asInt()).isEqualTo(153);
        }
    }

    @Test
    void theCommandPrintsItsUrlFirstAndStopsGracefullyOnSigterm() throws Exception {
        Path tokenFile = Files.writeString(tmp.resolve("token"), TOKEN + "\n");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.tarjama.cli.Main", "serve", "--tm", store.dir().toString(),
                "--port", "0", "--write-token-file", tokenFile.toString());
        pb.redirectError(tmp.resolve("serve.err").toFile());
        Process p = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String url = out.readLine();
            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "tmserver/en/ar/unit/"
                    + enc("Prices rose by 5 percent in 2019."))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).get(0).get("quality").asDouble()).isEqualTo(100.0);
            int bytes = r.body().getBytes(StandardCharsets.UTF_8).length;
            p.destroy(); // SIGTERM: the shutdown hook stops the server
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // the access log went to stderr in Common Log Format
            assertThat(Files.readString(tmp.resolve("serve.err"))).containsPattern(
                    "127\\.0\\.0\\.1 - - \\[[^]]+\\] \"GET /tmserver/en/ar/unit/[^ ]+ HTTP/1\\.1\" 200 " + bytes + "\n");
        } finally {
            p.destroyForcibly();
        }
    }
}
