package org.tarjama.tm.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;
import org.tarjama.tm.ImportResult;
import org.tarjama.tm.MatchKeys;
import org.tarjama.tm.MemoryImport;

/**
 * An import into an OpenSearch memory: a new index receives the current units (server-side
 * {@code _reindex}) and the new ones (bulk NDJSON, one request in flight, so {@link #add} blocks while
 * the node is busy: back-pressure), then the alias is switched to it atomically. A unit's id is the
 * content hash of its English and Arabic, created with {@code op_type=create}: a unit already there
 * answers 409 and is counted as a duplicate, so re-importing adds nothing. Items refused with 429 are
 * sent again with exponential back-off. Closing without a commit deletes the new index.
 */
final class OpenSearchImport implements MemoryImport {
    private static final int BATCH = 1000;
    private static final int RETRIES = 8;
    /** First back-off after a 429, doubled per retry up to 30 s; lowered only by the retry test. */
    static volatile long retryBaseMillis = 500;

    private final OpenSearchStore store;
    private final OpenSearchClient client;
    private final String old;
    private final String index;
    private final List<String[]> pending = new ArrayList<>();
    private LongConsumer progress = n -> { };
    private long seq;
    private long read;
    private long added;
    private long duplicates;
    private long skipped;
    private boolean done;

    OpenSearchImport(OpenSearchStore store) {
        this.store = store;
        this.client = store.client();
        this.old = store.currentIndex();
        long generation = old == null ? 1 : store.generation(old) + 1;
        this.index = store.alias() + "-g" + generation;
        client.json("DELETE", "/" + index, null); // left by an import that died before its commit or clean-up
        Map<String, Object> settings = Map.of("index", Map.of("number_of_replicas", 0, "refresh_interval", "-1"));
        client.ok("PUT", "/" + index, Map.of("settings", settings, "mappings", OpenSearchStore.mapping(generation)));
        if (old != null) {
            copy();
        }
    }

    /**
     * Copies the current units into the new index, in insertion order, ids and fields unchanged.
     * Done here rather than with {@code _reindex}, which the minimal distribution does not have.
     */
    private void copy() {
        List<Object> after = null;
        while (true) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("size", BATCH);
            q.put("query", Map.of("match_all", Map.of()));
            q.put("sort", List.of(Map.of("seq", "asc")));
            q.put("track_total_hits", false);
            if (after != null) {
                q.put("search_after", after);
            }
            JsonNode hits = client.ok("POST", "/" + old + "/_search", q).path("hits").path("hits");
            if (hits.isEmpty()) {
                return;
            }
            List<String> ids = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (JsonNode h : hits) {
                ids.add(h.path("_id").asText());
                lines.add(h.path("_source").toString());
                seq = Math.max(seq, h.path("_source").path("seq").asLong() + 1);
            }
            bulk(ids, lines, false);
            if (hits.size() < BATCH) {
                return;
            }
            after = List.of(hits.get(hits.size() - 1).path("sort").path(0).asLong());
        }
    }

    @Override
    public MemoryImport onProgress(LongConsumer progress) {
        this.progress = progress;
        return this;
    }

    @Override
    public void add(TranslationUnit tu) {
        Variant s = tu.variant("en").orElse(null);
        Variant t = tu.variant("ar").orElse(null);
        read++;
        if (s == null || t == null || s.text().isBlank() || t.text().isBlank()) {
            skipped++;
            return;
        }
        pending.add(new String[] {tu.tuid(), s.text(), t.text()});
        if (pending.size() == BATCH) {
            flush();
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(pending.size());
        List<String> lines = new ArrayList<>(pending.size());
        for (String[] u : pending) {
            ids.add(String.format(Locale.ROOT, "%016x", MatchKeys.hash(u[1], u[2])));
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("seq", seq++);
            doc.put("tuid", u[0]);
            doc.put("source", u[1]);
            doc.put("target", u[2]);
            String[] en = MatchKeys.english(u[1]);
            String[] ar = MatchKeys.arabic(u[2]);
            doc.put("en_keys", en);
            doc.put("en_len", en.length);
            doc.put("ar_keys", ar);
            doc.put("ar_len", ar.length);
            doc.put("ar_forms", MatchKeys.arabicForms(u[2]));
            try {
                lines.add(OpenSearchClient.JSON.writeValueAsString(doc));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        pending.clear();
        bulk(ids, lines, true);
        progress.accept(read);
    }

    /** Creates the documents, retrying those refused with 429; {@code count}: tally added and duplicates. */
    private void bulk(List<String> ids, List<String> lines, boolean count) {
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            todo.add(i);
        }
        for (int attempt = 0; !todo.isEmpty(); attempt++) {
            if (attempt > 0) {
                if (attempt > RETRIES) {
                    throw client.bad("OpenSearch kept refusing bulk requests (HTTP 429) after " + RETRIES + " retries", null);
                }
                try {
                    Thread.sleep(Math.min(30_000L, retryBaseMillis << (attempt - 1)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw client.bad("interrupted during import", e);
                }
            }
            StringBuilder body = new StringBuilder();
            for (int i : todo) {
                body.append("{\"create\":{\"_id\":").append(OpenSearchClient.JSON.valueToTree(ids.get(i)).toString())
                        .append("}}\n").append(lines.get(i)).append('\n');
            }
            OpenSearchClient.Response r = client.send("POST", "/" + index + "/_bulk", body.toString(), "application/x-ndjson");
            if (r.status() == 429) {
                continue;
            }
            if (!r.ok()) {
                throw client.failure("POST", "/" + index + "/_bulk", r);
            }
            List<Integer> again = new ArrayList<>();
            JsonNode items = r.body().path("items");
            for (int j = 0; j < todo.size(); j++) {
                JsonNode item = items.path(j).path("create");
                int status = item.path("status").asInt();
                if (status == 201) {
                    added += count ? 1 : 0;
                } else if (status == 409) {
                    duplicates += count ? 1 : 0;
                } else if (status == 429) {
                    again.add(todo.get(j));
                } else {
                    throw client.bad("OpenSearch refused a unit (HTTP " + status + "): "
                            + item.path("error").path("reason").asText(), null);
                }
            }
            todo = again;
        }
    }

    @Override
    public ImportResult commit() {
        flush();
        client.ok("POST", "/" + index + "/_refresh", null);
        client.ok("PUT", "/" + index + "/_settings", Map.of("index", Map.of("refresh_interval", "1s")));
        List<Object> actions = new ArrayList<>();
        if (old != null) {
            actions.add(Map.of("remove", Map.of("index", old, "alias", store.alias())));
        }
        actions.add(Map.of("add", Map.of("index", index, "alias", store.alias())));
        client.ok("POST", "/_aliases", Map.of("actions", actions));
        done = true;
        if (old != null) {
            client.json("DELETE", "/" + old, null);
        }
        long total = client.ok("GET", "/" + index + "/_count", null).path("count").asLong();
        progress.accept(read);
        return new ImportResult(read, added, duplicates, skipped, total);
    }

    @Override
    public void close() {
        if (!done) {
            done = true;
            try {
                client.json("DELETE", "/" + index, null);
            } catch (RuntimeException e) {
                // the node is gone: the uncommitted index is not behind the alias, so no reader sees it
            }
        }
    }
}
