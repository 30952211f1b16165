package org.tarjama.tm.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tarjama.model.TranslationUnit;
import org.tarjama.tm.ConcordanceHit;
import org.tarjama.tm.Directions;
import org.tarjama.tm.MatchKeys;
import org.tarjama.tm.TmMatch;
import org.tarjama.tm.TmStats;
import org.tarjama.tm.TranslationMemory;

/**
 * A memory in OpenSearch, read. The engine only finds candidates; Tarjama scores them
 * ({@link MatchKeys#rank}), so matches and percentages equal the embedded store's. Candidates are
 * lossless at the threshold by the embedded index's own argument (its length and count filters): a
 * unit within the threshold has a key count in {@link MatchKeys#lengthRange} and holds at least
 * {@link MatchKeys#distinctKeysNeeded} of the query's distinct keys, so the query is one {@code bool}
 * filter (the length range, one {@code term} clause per distinct key and that
 * {@code minimum_should_match}), answered by the engine's postings, and every hit is re-scored.
 */
final class OpenSearchMemory implements TranslationMemory {
    private static final int PAGE = 2000;
    /** Distinct query keys sent as clauses of one bool query (OpenSearch's default limit is 1,024). */
    private static final int MAX_CLAUSES = 1000;
    /** Keys per page when counting the English terms; lowered only by a test, to page. */
    static volatile int termsPage = 10_000;

    private final OpenSearchStore store;
    private final OpenSearchClient client;
    /**
     * The alias read, or null when the memory had no committed import when opened. Reads go through
     * the alias, so a long-running reader (the TM server) sees each later import once it is committed,
     * whole: the switch is atomic, and the index it replaces is deleted only after the switch.
     */
    private final String index;

    OpenSearchMemory(OpenSearchStore store, String current) {
        this.store = store;
        this.client = store.client();
        this.index = current == null ? null : store.alias();
    }

    @Override
    public String location() {
        return store.location();
    }

    @Override
    public long size() {
        return index == null ? 0 : client.ok("GET", "/" + index + "/_count", null).path("count").asLong();
    }

    @Override
    public TmStats stats() {
        if (index == null) {
            return new TmStats(0, 0, 0, 0, 0);
        }
        String current = store.currentIndex();
        JsonNode s = client.ok("GET", "/" + current + "/_stats/docs,store,segments", null).path("indices").path(current).path("primaries");
        return new TmStats(size(), s.path("segments").path("count").asInt(), s.path("store").path("size_in_bytes").asLong(),
                englishTerms(current), store.generation(current));
    }

    /**
     * The distinct English keys, counted exactly as the embedded store counts them: a composite
     * aggregation paged through (the {@code cardinality} aggregation is an estimate above 40,000).
     */
    private int englishTerms(String current) {
        int n = 0;
        Object after = null;
        while (true) {
            Map<String, Object> composite = new LinkedHashMap<>();
            composite.put("size", termsPage);
            composite.put("sources", List.of(Map.of("k", Map.of("terms", Map.of("field", "en_keys")))));
            if (after != null) {
                composite.put("after", after);
            }
            JsonNode agg = client.ok("POST", "/" + current + "/_search", Map.of("size", 0, "aggs",
                    Map.of("t", Map.of("composite", composite)))).path("aggregations").path("t");
            n += agg.path("buckets").size();
            if (agg.path("buckets").size() < termsPage || agg.path("after_key").isMissingNode()) {
                return n;
            }
            after = OpenSearchClient.JSON.convertValue(agg.path("after_key"), Map.class);
        }
    }

    @Override
    public List<TmMatch> lookup(String query, int min, int top) {
        return lookup(query, false, min, top);
    }

    @Override
    public List<TmMatch> lookup(String query, String sourceLang, int min, int top) {
        return lookup(query, Directions.arabicSource(sourceLang), min, top);
    }

    private List<TmMatch> lookup(String query, boolean arabic, int min, int top) {
        Directions.checkLimits(min, top);
        if (index == null) {
            return List.of();
        }
        return MatchKeys.rank(query, arabic, min, top, candidates(query, arabic, min));
    }

    /** Every unit that may score {@code min} for the query, in insertion order. */
    List<MatchKeys.Unit> candidates(String query, boolean arabic, int min) {
        String keysField = arabic ? "ar_keys" : "en_keys";
        String lenField = arabic ? "ar_len" : "en_len";
        String[] q = arabic ? MatchKeys.arabic(query) : MatchKeys.english(query);
        int n = q.length;
        int[] range = MatchKeys.lengthRange(n, min);
        Map<String, Object> length = Map.of("range", Map.of(lenField, Map.of("gte", range[0], "lte", range[1])));
        Map<String, Integer> multiplicity = new LinkedHashMap<>();
        for (String key : q) {
            multiplicity.merge(key, 1, Integer::sum);
        }
        int need = MatchKeys.distinctKeysNeeded(q, min);
        Map<String, Object> filter;
        if (n == 0 || need == 0) {
            filter = Map.of("bool", Map.of("filter", List.of(length)));
        } else if (multiplicity.size() > MAX_CLAUSES) {
            // past OpenSearch's clause limit: any unit within the threshold holds at least one query key
            filter = Map.of("bool", Map.of("filter", List.of(length, Map.of("terms", Map.of(keysField, List.copyOf(multiplicity.keySet()))))));
        } else {
            List<Object> should = new ArrayList<>();
            for (String key : multiplicity.keySet()) {
                should.add(Map.of("term", Map.of(keysField, key)));
            }
            filter = Map.of("bool", Map.of("filter", List.of(length), "should", should, "minimum_should_match", need));
        }
        return fetch(Map.of("constant_score", Map.of("filter", filter)), List.of("seq"), Integer.MAX_VALUE);
    }

    /** Units matching {@code query} sorted by {@code sort} (ascending), at most {@code limit}, paged with search_after. */
    private List<MatchKeys.Unit> fetch(Map<String, Object> query, List<String> sort, int limit) {
        List<MatchKeys.Unit> out = new ArrayList<>();
        page(query, sort, u -> {
            out.add(u);
            return out.size() < limit;
        });
        return out;
    }

    private interface Visitor {
        /** Takes one unit; false to stop. */
        boolean visit(MatchKeys.Unit u);
    }

    private void page(Map<String, Object> query, List<String> sort, Visitor visitor) {
        List<Object> after = null;
        while (true) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("size", PAGE);
            body.put("query", query);
            body.put("sort", sort.stream().map(f -> Map.of(f, "asc")).toList());
            body.put("_source", OpenSearchStore.fields());
            body.put("track_total_hits", false);
            if (after != null) {
                body.put("search_after", after);
            }
            JsonNode hits = client.ok("POST", "/" + index + "/_search", body).path("hits").path("hits");
            for (JsonNode h : hits) {
                JsonNode src = h.path("_source");
                JsonNode tuid = src.path("tuid");
                MatchKeys.Unit u = new MatchKeys.Unit(src.path("seq").asLong(), tuid.isTextual() ? tuid.asText() : null,
                        src.path("source").asText(), src.path("target").asText());
                if (!visitor.visit(u)) {
                    return;
                }
            }
            if (hits.size() < PAGE) {
                return;
            }
            after = new ArrayList<>();
            for (JsonNode v : hits.get(hits.size() - 1).path("sort")) {
                after.add(v.isNumber() ? v.numberValue() : v.asText());
            }
        }
    }

    /**
     * Units holding every word of the phrase, verified as the embedded store verifies them: English in
     * order of key count then insertion (the embedded index's order), Arabic in insertion order.
     */
    @Override
    public List<ConcordanceHit> concordance(String phrase, boolean arabic, int limit) {
        List<ConcordanceHit> out = new ArrayList<>();
        String[] words = MatchKeys.phrase(phrase, arabic);
        if (index == null || words.length == 0 || limit <= 0) {
            return out;
        }
        String field = arabic ? "ar_forms" : "en_keys";
        List<Object> must = new ArrayList<>();
        for (String w : new LinkedHashSet<>(Arrays.asList(words))) {
            must.add(Map.of("term", Map.of(field, w)));
        }
        page(Map.of("bool", Map.of("filter", must)), arabic ? List.of("seq") : List.of("en_len", "seq"), u -> {
            ConcordanceHit hit = MatchKeys.occurrence(phrase, arabic, u.tuid(), u.source(), u.target());
            if (hit != null) {
                out.add(hit);
            }
            return out.size() < limit;
        });
        return out;
    }

    @Override
    public void forEach(Consumer<TranslationUnit> sink) {
        if (index == null) {
            return;
        }
        page(Map.of("match_all", Map.of()), List.of("seq"), u -> {
            sink.accept(TranslationUnit.of(u.tuid(), "en", u.source(), "ar", u.target()));
            return true;
        });
    }

    @Override
    public void close() {
        // the HTTP client holds no connection that needs closing
    }
}
