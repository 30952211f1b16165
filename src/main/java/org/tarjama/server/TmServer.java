package org.tarjama.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.server.Server;
import org.tarjama.http.LocalGuard;
import org.tarjama.model.BadInputException;
import org.tarjama.tm.ConcordanceHit;
import org.tarjama.tm.Directions;
import org.tarjama.tm.ImportResult;
import org.tarjama.tm.MatchJson;
import org.tarjama.tm.MemoryStore;
import org.tarjama.tm.TmMatch;
import org.tarjama.tm.TmStats;
import org.tarjama.tmx.TmxWriter;
import org.tarjama.tmx.TmxWriterOptions;
import org.tarjama.tmx.UnitFiles;

/**
 * {@code tarjama serve}: a translation-memory server over any {@link MemoryStore}.
 *
 * <ul>
 *   <li>{@code GET /tmserver/{src}/{tgt}/unit/{text}} (or {@code …/unit/?source=TEXT}): the route of
 *       translate-toolkit's {@code tmserver}, which Weblate and amaGama clients call, answering its
 *       shape exactly ({@code source}, {@code target}, {@code context}, {@code quality} as a
 *       floating-point CAT percentage, in that order), best first; {@code min_similarity} (default 75) and {@code max_candidates}
 *       (default 3) as amaGama names them. {@code en/ar} and {@code ar/en} both work.</li>
 *   <li>{@code /api/v1/…}: lookup (one or a batch), concordance, stats, export and import; described
 *       by {@code /api/openapi.json}.</li>
 * </ul>
 * Requests with a {@code Host} other than this server's names are refused (DNS rebinding); imports
 * need the write token; request sizes, {@code top} and batch sizes are bounded; every answer is
 * computed from one memory snapshot, and an import's units are visible once it commits.
 */
public final class TmServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);

    private final Javalin app;
    private final LiveMemory memory;
    private final ServerConfig config;
    private volatile LocalGuard guard;

    private TmServer(LiveMemory memory, ServerConfig config) {
        this.memory = memory;
        this.config = config;
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = 16L << 20; // bodies read whole (batch lookups); imports stream past it
            c.jetty.modifyServer(s -> s.setStopTimeout(10_000));
            c.jetty.modifyHttpConfiguration(h -> {
                h.setRequestHeaderSize(64 * 1024); // long texts in the URL
                h.setSendServerVersion(false);
            });
            c.requestLogger.http((ctx, ms) -> accessLog(ctx));
            c.jetty.modifyServletContextHandler(h -> h.addFilter(new org.eclipse.jetty.servlet.FilterHolder(new TmserverFastPath()),
                    "/tmserver/*", java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
        });
        app.before(this::guard);
        app.get("/", ctx -> ctx.contentType("text/plain; charset=utf-8")
                .result("Tarjama translation-memory server. API: /api/openapi.json\n"));
        app.get("/health", ctx -> json(ctx, JSON.createObjectNode().put("status", "ok")));
        app.get("/tmserver/{src}/{tgt}/unit/<text>", ctx -> tmserver(ctx, ctx.pathParam("text")));
        app.get("/tmserver/{src}/{tgt}/unit", ctx -> tmserver(ctx, firstParam(ctx, "source", "text", "q")));
        app.get("/api/v1/lookup", this::lookup);
        app.post("/api/v1/lookup", this::lookupBatch);
        app.get("/api/v1/concordance", this::concordance);
        app.get("/api/v1/stats", this::stats);
        app.get("/api/v1/export", this::export);
        app.post("/api/v1/import", this::importUnits);
        app.get("/api/openapi.json", ctx -> {
            try (InputStream in = TmServer.class.getResourceAsStream("openapi.json")) {
                ctx.contentType("application/json").result(in.readAllBytes());
            }
        });
        app.exception(ClientError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(BadInputException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e));
    }

    /** Opens the memory of {@code store} and starts serving it. */
    public static TmServer start(MemoryStore store, ServerConfig config) {
        LiveMemory m = new LiveMemory(store);
        m.warm();
        TmServer s = new TmServer(m, config);
        s.app.start(config.bind(), config.port());
        s.guard = LocalGuard.forServer(config.bind(), s.port(), config.allowedHosts());
        return s;
    }

    public int port() {
        return app.port();
    }

    /** The URL clients use. */
    public String url() {
        String h = LocalGuard.urlHost(config.bind());
        return "http://" + h + ":" + port() + "/";
    }

    /** Stops accepting requests, lets running ones finish (up to 10 s), closes the memory. */
    @Override
    public void close() {
        app.stop();
        memory.close();
    }

    /** A refusal with its HTTP status. */
    static final class ClientError extends RuntimeException {
        final int status;

        ClientError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private void guard(Context ctx) {
        String host = ctx.header("Host");
        if (!guard.hostAllowed(host)) {
            // DNS rebinding: a page on another site must not reach a server on this machine by a name it controls
            throw new ClientError(403, guard.refusal(host) + "; add names with --allow-host");
        }
    }

    private void requireWriteToken(Context ctx) {
        if (config.writeToken() == null) {
            throw new ClientError(403, "this server is read-only (start it with --write-token-file to allow imports)");
        }
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"tarjama\"");
            throw new ClientError(401, "imports need the write token: Authorization: Bearer TOKEN");
        }
        if (!LocalGuard.tokenMatches(auth.substring(7).strip(), config.writeToken())) {
            throw new ClientError(403, "wrong write token");
        }
    }

    // ---- tmserver ----------------------------------------------------------------------------

    private void tmserver(Context ctx, String text) throws IOException {
        String src = ctx.pathParam("src");
        String tgt = ctx.pathParam("tgt");
        boolean arabic = direction(src, tgt);
        checkText(text, "text");
        int min = intParam(ctx, "min_similarity", 75, 1, 100);
        int max = intParam(ctx, "max_candidates", 3, 1, config.maxTop());
        List<TmMatch> ms = memory.read(tm -> tm.lookup(text, arabic ? "ar" : "en", min, max));
        json(ctx, tmserverJson(ms));
    }

    /** tmserver's answer: {@code [{"source", "target", "context", "quality"}, …]}, best first. */
    private static byte[] tmserverJson(List<TmMatch> ms) throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(256);
        try (com.fasterxml.jackson.core.JsonGenerator g = JSON.getFactory().createGenerator(body)) {
            // written straight from the matches: the shape a tree of ObjectNodes gave, without building it
            g.writeStartArray();
            for (TmMatch m : ms) {
                g.writeStartObject();
                g.writeStringField("source", m.source());
                g.writeStringField("target", m.target());
                g.writeStringField("context", "");
                g.writeNumberField("quality", (double) m.score());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return body.toByteArray();
    }

    /**
     * {@code GET /tmserver/{src}/{tgt}/unit/{text}} in its common form answered before Javalin's
     * routing (its path regexes, before-handlers and context cost as much CPU per request as a
     * tenth of a lookup): the same checks, lookup, bytes and access-log line. Whatever is not that
     * common case — another method, a refused {@code Host}, a segment or parameter needing more than
     * plain decoding, a value the route refuses, an exception — goes on to Javalin untouched, which
     * answers it as it always did.
     */
    private final class TmserverFastPath extends jakarta.servlet.http.HttpFilter {
        @Override
        protected void doFilter(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res,
                                jakarta.servlet.FilterChain chain) throws IOException, jakarta.servlet.ServletException {
            byte[] body = "GET".equals(req.getMethod()) ? answer(req) : null;
            if (body == null) {
                chain.doFilter(req, res);
                return;
            }
            res.setStatus(200);
            write(res, body);
            if (config.accessLog() != null) {
                log(req.getRemoteAddr(), req.getMethod(), req.getRequestURI(), req.getQueryString(), req.getProtocol(), 200,
                        String.valueOf(body.length));
            }
        }

        /** The answer's bytes, or null when Javalin is to answer. */
        private byte[] answer(jakarta.servlet.http.HttpServletRequest req) {
            LocalGuard g = guard;
            if (g == null || !g.hostAllowed(req.getHeader("Host"))) {
                return null;
            }
            String uri = req.getRequestURI();
            int a = "/tmserver/".length();
            int b = uri.indexOf('/', a);
            int c = b < 0 ? -1 : uri.indexOf('/', b + 1);
            if (!uri.startsWith("/tmserver/") || c < 0 || !uri.startsWith("/unit/", c)) {
                return null;
            }
            String src = uri.substring(a, b);
            String tgt = uri.substring(b + 1, c);
            String raw = uri.substring(c + "/unit/".length());
            if (src.isEmpty() || tgt.isEmpty() || raw.isEmpty() || plainNot(src) || plainNot(tgt)
                    || raw.indexOf('/') >= 0 || raw.indexOf(';') >= 0) {
                return null;
            }
            int min = 75;
            int max = 3;
            String query = req.getQueryString();
            if (query != null && !query.isEmpty()) {
                boolean seenMin = false;
                boolean seenMax = false;
                for (String kv : query.split("&", -1)) {
                    int eq = kv.indexOf('=');
                    String k = eq < 0 ? kv : kv.substring(0, eq);
                    int v = eq < 0 ? -1 : digits(kv.substring(eq + 1));
                    if (k.equals("min_similarity") && !seenMin && v >= 1 && v <= 100) {
                        min = v;
                        seenMin = true;
                    } else if (k.equals("max_candidates") && !seenMax && v >= 1 && v <= config.maxTop()) {
                        max = v;
                        seenMax = true;
                    } else {
                        return null;
                    }
                }
            }
            try {
                String text = java.net.URLDecoder.decode(raw.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
                if (text.isBlank() || text.length() > config.maxQueryChars()) {
                    return null;
                }
                boolean arabic = Directions.arabicSource(src);
                if (arabic == Directions.arabicSource(tgt)) {
                    return null;
                }
                int fMin = min;
                int fMax = max;
                return tmserverJson(memory.read(tm -> tm.lookup(text, arabic ? "ar" : "en", fMin, fMax)));
            } catch (RuntimeException | IOException e) {
                return null; // Javalin answers it (and maps the error) as for any other request
            }
        }

        /** True unless {@code s} is a path segment its decoding leaves as it is. */
        private static boolean plainNot(String s) {
            return s.indexOf('%') >= 0 || s.indexOf('+') >= 0;
        }

        /** A whole number of 1–4 ASCII digits, or −1. */
        private static int digits(String v) {
            if (v.isEmpty() || v.length() > 4) {
                return -1;
            }
            int n = 0;
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (ch < '0' || ch > '9') {
                    return -1;
                }
                n = n * 10 + (ch - '0');
            }
            return n;
        }
    }

    /** True for Arabic → English; the pair must be English and Arabic in one order or the other. */
    private static boolean direction(String src, String tgt) {
        boolean a;
        boolean b;
        try {
            a = Directions.arabicSource(src);
            b = Directions.arabicSource(tgt);
        } catch (IllegalArgumentException e) {
            throw new ClientError(404, "this memory translates between en and ar; no " + src + " → " + tgt);
        }
        if (a == b) {
            throw new ClientError(404, "source and target are both " + (a ? "ar" : "en"));
        }
        return a;
    }

    // ---- /api/v1 -----------------------------------------------------------------------------

    private void lookup(Context ctx) throws IOException {
        String q = firstParam(ctx, "q", "query");
        checkText(q, "q");
        String lang = Optional.ofNullable(ctx.queryParam("source_lang")).orElse("en");
        boolean arabic = Directions.arabicSource(lang);
        int min = intParam(ctx, "min", 70, 1, 100);
        int top = intParam(ctx, "top", 5, 1, config.maxTop());
        List<TmMatch> ms = memory.read(tm -> tm.lookup(q, arabic ? "ar" : "en", min, top));
        json(ctx, MatchJson.lookupResult(q, ms));
    }

    private void lookupBatch(Context ctx) throws IOException {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw new ClientError(400, "the body is not JSON: " + e.getMessage());
        }
        if (body == null || !body.path("queries").isArray()) {
            throw new ClientError(400, "the body must be {\"queries\": [\"…\", …], \"source_lang\": \"en\", \"min\": 70, \"top\": 5}");
        }
        JsonNode qs = body.get("queries");
        if (qs.size() > config.maxBatch()) {
            throw new ClientError(413, qs.size() + " queries in one batch; at most " + config.maxBatch());
        }
        boolean arabic = Directions.arabicSource(body.path("source_lang").asText("en"));
        int min = bounded(body.path("min").asInt(70), "min", 1, 100);
        int top = bounded(body.path("top").asInt(5), "top", 1, config.maxTop());
        ObjectNode out = JSON.createObjectNode();
        ArrayNode results = out.putArray("results");
        memory.read(tm -> {
            for (JsonNode q : qs) {
                if (!q.isTextual()) {
                    throw new ClientError(400, "every query must be a string");
                }
                checkText(q.asText(), "query");
                String text = q.asText();
                results.add(MatchJson.lookupResult(text, tm.lookup(text, arabic ? "ar" : "en", min, top)));
            }
            return null;
        });
        json(ctx, out);
    }

    private void concordance(Context ctx) throws IOException {
        String phrase = firstParam(ctx, "q", "phrase");
        checkText(phrase, "q");
        String lang = ctx.queryParam("lang");
        boolean arabic = lang == null
                ? phrase.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                : Directions.arabicSource(lang);
        int limit = intParam(ctx, "limit", 20, 1, 1000);
        List<ConcordanceHit> hits = memory.read(tm -> tm.concordance(phrase, arabic, limit));
        ObjectNode o = JSON.createObjectNode();
        o.put("phrase", phrase);
        o.put("lang", arabic ? "ar" : "en");
        ArrayNode arr = o.putArray("hits");
        for (ConcordanceHit h : hits) {
            arr.addObject().put("tuid", h.tuid()).put("source", h.source()).put("target", h.target())
                    .put("start", h.start()).put("end", h.end());
        }
        json(ctx, o);
    }

    private void stats(Context ctx) throws IOException {
        TmStats s = memory.read(tm -> tm.stats());
        ObjectNode o = JSON.createObjectNode();
        o.put("memory", memory.location());
        o.put("units", s.units());
        o.put("segments", s.segments());
        o.put("bytes", s.bytes());
        o.put("english_terms", s.englishTerms());
        o.put("generation", s.generation());
        o.put("importing", memory.importing());
        o.put("writable", config.writeToken() != null);
        json(ctx, o);
    }

    /** The whole memory as TMX, streamed from one snapshot. */
    private void export(Context ctx) {
        ctx.contentType("application/x-tmx+xml; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"memory.tmx\"");
        memory.read(tm -> {
            try {
                OutputStream out = ctx.outputStream();
                TmxWriter w = TmxWriter.create(out, TmxWriterOptions.defaults(), d -> { });
                tm.forEach(w::write);
                w.close();
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /**
     * {@code POST /api/v1/import}: TSV ({@code en<TAB>ar}) or TMX in the body. The body streams to a
     * temporary file (never held in memory) up to the size limit, then is imported; the units are
     * visible to the next request once the import commits.
     */
    private void importUnits(Context ctx) throws IOException {
        requireWriteToken(ctx);
        long declared = ctx.req().getContentLengthLong();
        if (declared > config.maxImportBytes()) {
            throw new ClientError(413, "the body is " + declared + " bytes; imports take at most " + config.maxImportBytes());
        }
        boolean tmx = isTmx(ctx);
        Path tmp = Files.createTempFile("tarjama-import-", tmx ? ".tmx" : ".tsv");
        try {
            long n = 0;
            try (InputStream in = ctx.bodyInputStream(); OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[64 * 1024];
                int r;
                while ((r = in.read(buf)) > 0) {
                    n += r;
                    if (n > config.maxImportBytes()) {
                        throw new ClientError(413, "the body exceeds " + config.maxImportBytes() + " bytes");
                    }
                    out.write(buf, 0, r);
                }
            }
            if (n == 0) {
                throw new ClientError(400, "the body is empty: send TSV (en<TAB>ar per line) or TMX");
            }
            Optional<ImportResult> r = memory.importUnits(imp -> {
                try (UnitFiles.UnitIterator it = UnitFiles.open(tmp)) {
                    while (it.hasNext()) {
                        imp.add(it.next());
                    }
                }
            });
            if (r.isEmpty()) {
                throw new ClientError(409, "another import is running; try again when it has committed");
            }
            ImportResult ir = r.get();
            ObjectNode o = JSON.createObjectNode();
            o.put("read", ir.read());
            o.put("added", ir.added());
            o.put("duplicates", ir.duplicates());
            o.put("skipped", ir.skipped());
            o.put("total", ir.total());
            json(ctx, o);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean isTmx(Context ctx) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        String format = ctx.queryParam("format");
        if (format != null) {
            if (!format.equals("tmx") && !format.equals("tsv")) {
                throw new ClientError(400, "format must be tmx or tsv, not '" + format + "'");
            }
            return format.equals("tmx");
        }
        return type.contains("tmx") || type.contains("xml");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private void checkText(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new ClientError(400, name + " is empty");
        }
        if (text.length() > config.maxQueryChars()) {
            throw new ClientError(413, name + " has " + text.length() + " characters; at most " + config.maxQueryChars());
        }
    }

    private static String firstParam(Context ctx, String... names) {
        for (String n : names) {
            String v = ctx.queryParam(n);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static int intParam(Context ctx, String name, int dflt, int lo, int hi) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return dflt;
        }
        try {
            return bounded(Integer.parseInt(v.strip()), name, lo, hi);
        } catch (NumberFormatException e) {
            throw new ClientError(400, name + " must be a whole number, not '" + v + "'");
        }
    }

    private static int bounded(int v, String name, int lo, int hi) {
        if (v < lo || v > hi) {
            throw new ClientError(400, name + " must be between " + lo + " and " + hi + ", not " + v);
        }
        return v;
    }

    /**
     * Writes {@code node} straight to the response with its length (what the access log reports):
     * {@code ctx.result(bytes)} would copy it through a fresh buffer per response.
     */
    private static void json(Context ctx, JsonNode node) throws IOException {
        json(ctx, JSON.writeValueAsBytes(node));
    }

    private static void json(Context ctx, byte[] body) throws IOException {
        write(ctx.res(), body);
    }

    private static void write(jakarta.servlet.http.HttpServletResponse res, byte[] body) throws IOException {
        res.setContentType("application/json; charset=utf-8");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        try {
            json(ctx, JSON.createObjectNode().put("error", message).put("status", status));
        } catch (IOException e) {
            ctx.result(message);
        }
    }

    /** One Common Log Format line: host ident user [time] "request" status bytes. */
    private void accessLog(Context ctx) {
        if (config.accessLog() == null) {
            return;
        }
        String len = ctx.res().getHeader("Content-Length");
        log(ctx.req().getRemoteAddr(), ctx.method().toString(), ctx.path(), ctx.queryString(), ctx.req().getProtocol(),
                ctx.statusCode(), len == null ? "-" : len);
    }

    private void log(String remote, String method, String path, String query, String protocol, int status, String len) {
        config.accessLog().accept(String.format(Locale.ROOT, "%s - - [%s] \"%s %s%s %s\" %d %s", remote,
                CLF.format(ZonedDateTime.now()), method, path, query == null ? "" : "?" + query, protocol, status, len));
    }

    /** The Jetty server underneath, for tests of shutdown. */
    Server jetty() {
        return app.jettyServer().server();
    }
}
