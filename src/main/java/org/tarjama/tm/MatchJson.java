package org.tarjama.tm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The JSON of one lookup, the same for {@code tarjama lookup --format json} (one line per query) and
 * the server's {@code /api/v1/lookup}: {@code {"query": …, "matches": [{"score", "source", "target",
 * "tuid", "diff": [{"op", "source", "query"}, …]}, …]}}, matches best first. {@code op} is
 * {@code equal}, {@code replace}, {@code delete} (only in the memory: no {@code query}) or
 * {@code insert} (only in the query: no {@code source}).
 */
public final class MatchJson {
    private MatchJson() {
    }

    /** The object for {@code query} and its {@code matches}. */
    public static ObjectNode lookupResult(String query, List<TmMatch> matches) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("query", query);
        ArrayNode arr = o.putArray("matches");
        for (TmMatch t : matches) {
            ObjectNode j = arr.addObject();
            j.put("score", t.score());
            j.put("source", t.source());
            j.put("target", t.target());
            j.put("tuid", t.tuid());
            ArrayNode diff = j.putArray("diff");
            for (DiffOp d : t.diff()) {
                ObjectNode op = diff.addObject();
                op.put("op", d.kind().name().toLowerCase(Locale.ROOT));
                if (d.kind() != DiffOp.Kind.INSERT) {
                    op.put("source", d.source());
                }
                if (d.kind() != DiffOp.Kind.DELETE) {
                    op.put("query", d.query());
                }
            }
        }
        return o;
    }
}
