package org.tarjama.tm.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.model.BadInputException;
import org.tarjama.model.TranslationUnit;
import org.tarjama.tm.ImportResult;
import org.tarjama.tm.MemoryImport;
import org.tarjama.tm.MemoryStore;
import org.tarjama.tm.MemoryStores;
import org.tarjama.tm.TranslationMemory;

/**
 * Import under back-pressure: a proxy in front of a real node (the parity test's, {@code
 * TARJAMA_OPENSEARCH_URL}) refuses with 429 the way a busy node does, for whole bulk requests
 * (rejected execution) and for single items (the rest of the request goes through to the node). The
 * import retries until every unit is in, counts them as a direct import would, and gives up with a
 * clear error, leaving nothing visible, when the node never stops refusing.
 */
class OpenSearchRetryTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path tmp;

    private String node;
    private HttpServer proxy;
    private final AtomicInteger bulkRequests = new AtomicInteger();
    private final AtomicInteger requestsRefused = new AtomicInteger();
    private final AtomicInteger itemsRefused = new AtomicInteger();
    private volatile boolean refuseForever;
    private final Set<String> refusedOnce = new HashSet<>();
    private final List<String> names = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        String url = OpenSearchParityTest.setting("TARJAMA_OPENSEARCH_URL");
        if (url == null && "true".equals(System.getenv("CI")) && "true".equals(OpenSearchParityTest.setting("TARJAMA_OPENSEARCH_REQUIRED"))) {
            throw new AssertionError("TARJAMA_OPENSEARCH_URL is not set: start a node with scripts/opensearch.sh start");
        }
        Assumptions.assumeTrue(url != null, "no OpenSearch node (set TARJAMA_OPENSEARCH_URL)");
        node = url.replaceFirst("/+$", "");
        OpenSearchImport.retryBaseMillis = 20;
        proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        proxy.createContext("/", this::handle);
        proxy.start();
    }

    @AfterEach
    void stop() {
        OpenSearchImport.retryBaseMillis = 500;
        if (proxy != null) {
            proxy.stop(0);
        }
        for (String n : names) {
            OpenSearchStore s = OpenSearchStore.of("opensearch://" + node.replaceFirst("^https?://", "") + "/" + n, java.util.Map.of());
            String index = s.currentIndex();
            if (index != null) {
                s.client().json("DELETE", "/" + index, null);
            }
        }
    }

    private String name() {
        String n = "tarjama-retry-" + Long.toString(System.nanoTime(), 36);
        names.add(n);
        return n;
    }

    private HttpResponse<String> forward(HttpExchange ex, String body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node + ex.getRequestURI()))
                .method(ex.getRequestMethod(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type != null) {
            b.header("Content-Type", type);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, "HEAD".equals(ex.getRequestMethod()) || bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0 && !"HEAD".equals(ex.getRequestMethod())) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    /**
     * Bulk requests: every other one is refused whole; of the others, each item seen for the first
     * time at an odd position is refused with 429 and the rest go to the node. Anything else passes.
     */
    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean bulk = ex.getRequestURI().getPath().endsWith("/_bulk");
        if (!bulk) {
            HttpResponse<String> r = forward(ex, body.isEmpty() ? null : body);
            answer(ex, r.statusCode(), r.body());
            return;
        }
        String rejected = "{\"error\":{\"type\":\"rejected_execution_exception\",\"reason\":\"rejected execution of "
                + "coordinating operation (injected by the test proxy)\"},\"status\":429}";
        if (refuseForever || bulkRequests.getAndIncrement() % 2 == 0) {
            requestsRefused.incrementAndGet();
            answer(ex, 429, rejected);
            return;
        }
        String[] lines = body.split("\n");
        StringBuilder passed = new StringBuilder();
        List<String> refusedIds = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i + 1 < lines.length; i += 2) {
            String id = OpenSearchClient.JSON.readTree(lines[i]).path("create").path("_id").asText();
            order.add(id);
            boolean refuse;
            synchronized (refusedOnce) {
                refuse = (i / 2) % 2 == 1 && refusedOnce.add(id);
            }
            if (refuse) {
                refusedIds.add(id);
            } else {
                passed.append(lines[i]).append('\n').append(lines[i + 1]).append('\n');
            }
        }
        JsonNode items = OpenSearchClient.JSON.createArrayNode();
        if (passed.length() > 0) {
            HttpResponse<String> r = forward(ex, passed.toString());
            if (r.statusCode() != 200) {
                answer(ex, r.statusCode(), r.body());
                return;
            }
            items = OpenSearchClient.JSON.readTree(r.body()).path("items");
        }
        ObjectNode out = OpenSearchClient.JSON.createObjectNode();
        out.put("took", 1);
        out.put("errors", true);
        ArrayNode all = out.putArray("items");
        int next = 0;
        for (String id : order) {
            if (refusedIds.contains(id)) {
                itemsRefused.incrementAndGet();
                ObjectNode c = all.addObject().putObject("create");
                c.put("_id", id).put("status", 429);
                c.putObject("error").put("type", "rejected_execution_exception").put("reason", "injected by the test proxy");
            } else {
                all.add(items.get(next++));
            }
        }
        answer(ex, 200, out.toString());
    }

    /** A word of letters only, different for every {@code i} (numbers all fold to one key). */
    private static String word(int i) {
        StringBuilder sb = new StringBuilder("w");
        for (int v = i; v > 0; v /= 26) {
            sb.append((char) ('a' + v % 26));
        }
        return sb.toString();
    }

    private static List<TranslationUnit> units(int n) {
        List<TranslationUnit> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(TranslationUnit.of("r" + i, "en", "Unit number " + i + " of the retry test, about the " + word(i) + ".",
                    "ar", "الوحدة رقم " + i + " من اختبار إعادة المحاولة، عن الجسر."));
        }
        out.add(out.get(7)); // a duplicate: counted as such, not as a failure
        return out;
    }

    @Test
    void refusedRequestsAndItemsAreRetriedUntilEveryUnitIsIn() {
        String name = name();
        MemoryStore viaProxy = MemoryStores.of("opensearch://127.0.0.1:" + proxy.getAddress().getPort() + "/" + name);
        ImportResult r;
        try (MemoryImport imp = viaProxy.openImport()) {
            for (TranslationUnit tu : units(2500)) {
                imp.add(tu);
            }
            r = imp.commit();
        }
        assertThat(requestsRefused.get()).as("whole bulk requests refused").isGreaterThanOrEqualTo(3);
        assertThat(itemsRefused.get()).as("single items refused").isGreaterThan(1000);
        assertThat(r.read()).isEqualTo(2501);
        assertThat(r.added()).isEqualTo(2500);
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.total()).isEqualTo(2500);
        // read straight from the node: every unit is there, once, in input order
        MemoryStore direct = MemoryStores.of("opensearch://" + node.replaceFirst("^https?://", "") + "/" + name);
        try (TranslationMemory tm = direct.open()) {
            List<String> tuids = new ArrayList<>();
            tm.forEach(tu -> tuids.add(tu.tuid()));
            assertThat(tuids).hasSize(2500).startsWith("r0", "r1", "r2").endsWith("r2499");
            assertThat(tm.lookup("Unit number 1234 of the retry test, about the " + word(1234) + ".", 100, 1)).singleElement()
                    .satisfies(m -> assertThat(m.tuid()).isEqualTo("r1234"));
            // the English terms are counted exactly, paging through the keys, as the embedded store counts them
            OpenSearchMemory.termsPage = 700;
            try {
                MemoryStore local = MemoryStores.of(tmp.resolve("embedded").toString());
                try (MemoryImport imp = local.openImport()) {
                    units(2500).forEach(imp::add);
                    imp.commit();
                }
                try (TranslationMemory embedded = local.open()) {
                    assertThat(tm.stats().englishTerms()).isGreaterThan(2500).isEqualTo(embedded.stats().englishTerms());
                }
            } finally {
                OpenSearchMemory.termsPage = 10_000;
            }
        }
    }

    @Test
    void aNodeThatNeverStopsRefusingIsAClearErrorAndNothingBecomesVisible() {
        refuseForever = true;
        String name = name();
        MemoryStore viaProxy = MemoryStores.of("opensearch://127.0.0.1:" + proxy.getAddress().getPort() + "/" + name);
        assertThatThrownBy(() -> {
            try (MemoryImport imp = viaProxy.openImport()) {
                for (TranslationUnit tu : units(10)) {
                    imp.add(tu);
                }
                imp.commit();
            }
        }).isInstanceOf(BadInputException.class).hasMessageContaining("HTTP 429").hasMessageContaining(name);
        MemoryStore direct = MemoryStores.of("opensearch://" + node.replaceFirst("^https?://", "") + "/" + name);
        assertThat(direct.exists()).isFalse();
        OpenSearchStore s = (OpenSearchStore) direct;
        assertThat(s.client().json("GET", "/" + name + "-g1", null).status()).as("the abandoned index is deleted").isEqualTo(404);
    }
}
