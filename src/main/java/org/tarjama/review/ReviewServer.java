package org.tarjama.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.tarjama.align.AlignmentWriter;
import org.tarjama.http.LocalGuard;
import org.tarjama.model.BadInputException;
import org.tarjama.project.AlignmentProject;
import org.tarjama.project.BeadStatus;
import org.tarjama.project.ProjectDocument;
import org.tarjama.project.ProjectExport;
import org.tarjama.project.ProjectSentence;
import org.tarjama.project.Realigner;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.tmx.TmxProfile;

/**
 * {@code tarjama review}: the alignment workbench, an embedded web server (Javalin on Jetty) for one or more
 * project files.
 *
 * <ul>
 *   <li>{@code GET /}: the page, with the projects' state inside it (so the grid shows without a second
 *       request); its scripts and styles come from {@code /assets/} (inside the jar).</li>
 *   <li>{@code GET /api/state}, {@code POST /api/files/{f}/edit} (one edit, undo or redo, made against a
 *       revision: a stale one gets 409), {@code POST /api/files/{f}/reload}, {@code GET /api/search},
 *       {@code GET /api/files/{f}/export}; described by {@code /api/openapi.json}.</li>
 * </ul>
 * Every request must carry the session token (query {@code token}, then the {@code HttpOnly SameSite=Strict}
 * cookie it sets, or {@code Authorization: Bearer} / {@code X-Tarjama-Token}) and a {@code Host} naming this
 * server; every answer has a Content-Security-Policy that allows only this server's own scripts and styles.
 * Each edit is written to the project file within {@link ReviewConfig#saveDelayMs} (temporary file + rename).
 */
public final class ReviewServer implements AutoCloseable {
    static final String COOKIE = "tarjama_review";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The page's assets: name → content type. Nothing else is served from the classpath. */
    private static final Map<String, String> ASSETS = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "grid.js", "text/javascript; charset=utf-8",
            "keys.js", "text/javascript; charset=utf-8",
            "style.css", "text/css; charset=utf-8");

    private final Javalin app;
    private final ReviewConfig config;
    private final List<ReviewFile> files;
    private final ScheduledExecutorService saver;
    private final Map<Integer, Boolean> saveScheduled = new ConcurrentHashMap<>();
    private volatile LocalGuard guard;

    private ReviewServer(List<ReviewFile> files, ReviewConfig config) {
        this.files = List.copyOf(files);
        this.config = config;
        this.saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tarjama-review-save");
            t.setDaemon(true);
            return t;
        });
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBody();
            c.jetty.modifyServer(s -> s.setStopTimeout(5_000));
            c.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
        });
        app.before(this::guard);
        app.get("/", this::page);
        app.get("/assets/{name}", this::asset);
        app.get("/api/openapi.json", ctx -> {
            try (InputStream in = ReviewServer.class.getResourceAsStream("openapi.json")) {
                ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
            }
        });
        app.get("/api/state", ctx -> json(ctx, state()));
        app.post("/api/files/{f}/edit", this::edit);
        app.post("/api/files/{f}/reload", this::reload);
        app.get("/api/files/{f}/export", this::export);
        app.get("/api/search", this::search);
        app.exception(ClientError.class, (e, ctx) -> error(ctx, e.status, e.getMessage(), null));
        app.exception(Conflict.class, (e, ctx) -> error(ctx, 409, e.getMessage(), e.revision()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), null));
        app.exception(BadInputException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), null));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e, null));
    }

    /** Starts serving the given project files. */
    public static ReviewServer start(List<ReviewFile> files, ReviewConfig config) {
        ReviewServer s = new ReviewServer(files, config);
        s.app.start(config.bind(), config.port());
        s.guard = LocalGuard.forServer(config.bind(), s.port(), config.extraHosts());
        return s;
    }

    public int port() {
        return app.port();
    }

    /** The URL to open, with the token: what {@code tarjama review} prints first. */
    public String url() {
        String h = LocalGuard.urlHost(config.bind());
        return "http://" + h + ":" + port() + "/?token=" + config.token();
    }

    public List<ReviewFile> files() {
        return files;
    }

    /** Saves what is not saved yet and stops. */
    @Override
    public void close() {
        saver.shutdown();
        try {
            saver.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ReviewFile f : files) {
            saveNow(f);
        }
        app.stop();
    }

    /** A refusal with its HTTP status. */
    static final class ClientError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        ClientError(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    // ---- security ------------------------------------------------------------------------------

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer"); // the token is in the first URL
        ctx.header("Cache-Control", "no-store");
    }

    private void guard(Context ctx) {
        securityHeaders(ctx);
        String host = ctx.header("Host");
        if (!guard.hostAllowed(host)) {
            // DNS rebinding: a page on another site must not reach this server by a name it controls
            throw new ClientError(403, guard.refusal(host));
        }
        String query = ctx.queryParam("token");
        String given = query;
        if (given == null) {
            given = ctx.header("X-Tarjama-Token");
        }
        String auth = ctx.header("Authorization");
        if (given == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = auth.substring(7).strip();
        }
        if (given == null) {
            given = ctx.cookie(COOKIE);
        }
        if (given == null) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"tarjama review\"");
            throw new ClientError(401, "this workbench needs its token: open the URL that 'tarjama review' printed "
                    + "(…/?token=…), or send Authorization: Bearer TOKEN or X-Tarjama-Token");
        }
        if (!LocalGuard.tokenMatches(given, config.token())) {
            throw new ClientError(403, "wrong token: open the URL that 'tarjama review' printed");
        }
        if (query != null) {
            // kept for the page's later requests; HttpOnly: no script reads it; Strict: no other site sends it
            ctx.res().addHeader("Set-Cookie", COOKIE + "=" + config.token() + "; Path=/; HttpOnly; SameSite=Strict");
        }
        if (ctx.method().name().equals("POST")) {
            long len = ctx.req().getContentLengthLong();
            if (len > config.maxBody()) {
                throw new ClientError(413, "the request body is " + len + " bytes; at most " + config.maxBody());
            }
            String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
            if (!type.startsWith("application/json")) {
                // a form on another site cannot send this content type without asking first (CORS)
                throw new ClientError(415, "send the request body as application/json");
            }
        }
    }

    // ---- page ----------------------------------------------------------------------------------

    private void page(Context ctx) throws IOException {
        String html;
        try (InputStream in = ReviewServer.class.getResourceAsStream("web/index.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // JSON inside <script type="application/json">: '<' is escaped, so no text can close the element
        String state = JSON.writeValueAsString(state()).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
        ctx.contentType("text/html; charset=utf-8").result(html.replace("<!--STATE-->", state));
    }

    private void asset(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        String type = ASSETS.get(name);
        if (type == null) {
            throw new ClientError(404, "no such asset");
        }
        try (InputStream in = ReviewServer.class.getResourceAsStream("web/" + name)) {
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    private ObjectNode state() {
        ObjectNode o = JSON.createObjectNode();
        o.put("glossary", config.annotator() == null ? null : config.annotator().name());
        ArrayNode fs = o.putArray("files");
        for (ReviewFile f : files) {
            fs.add(ReviewJson.file(f, config.annotator()));
        }
        return o;
    }

    // ---- editing -------------------------------------------------------------------------------

    private ReviewFile file(Context ctx) {
        String f = ctx.pathParam("f");
        try {
            int k = Integer.parseInt(f);
            if (k >= 0 && k < files.size()) {
                return files.get(k);
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new ClientError(404, "there is no project file " + f + " (0.." + (files.size() - 1) + ")");
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode n = JSON.readTree(ctx.bodyAsBytes());
            if (n == null || !n.isObject()) {
                throw new ClientError(400, "the body must be a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new ClientError(400, "the body is not JSON: " + e.getMessage());
        }
    }

    private void edit(Context ctx) throws IOException {
        ReviewFile f = file(ctx);
        JsonNode b = body(ctx);
        if (!b.path("revision").canConvertToLong()) {
            throw new ClientError(400, "every edit carries the revision it was made against ('revision')");
        }
        long rev = b.get("revision").asLong();
        String op = b.path("op").asText("");
        ReviewFile.Change c = switch (op) {
            case "undo" -> f.undo(rev);
            case "redo" -> f.redo(rev);
            default -> f.apply(rev, label(op, b), p -> apply(f, p, op, b));
        };
        scheduleSave(f);
        ObjectNode o = JSON.createObjectNode();
        o.put("revision", c.after().revision());
        o.put("label", c.label());
        o.put("canUndo", f.canUndo());
        o.put("canRedo", f.canRedo());
        o.set("changes", ReviewJson.changes(c.before(), c.after(), config.annotator()));
        json(ctx, o);
    }

    private static String label(String op, JsonNode b) {
        int bead = b.path("bead").asInt(-1) + 1;
        return switch (op) {
            case "status" -> "mark bead " + bead + " " + b.path("status").asText();
            case "confirmThrough" -> "confirm beads 1–" + bead;
            case "merge" -> "merge beads " + bead + " and " + (bead + 1);
            case "split" -> "split bead " + bead;
            case "moveSentence" -> "move a sentence of bead " + bead;
            case "detach" -> "take a sentence out of bead " + bead;
            case "editText" -> "edit a sentence";
            case "splitSentence" -> "split a sentence";
            case "joinSentences" -> "join two sentences";
            case "realign" -> "realign the unconfirmed beads";
            default -> op;
        };
    }

    private static int intField(JsonNode b, String name) {
        JsonNode n = b.get(name);
        if (n == null || !n.canConvertToInt()) {
            throw new ClientError(400, "'" + name + "' (a whole number) is needed");
        }
        return n.asInt();
    }

    private static String textField(JsonNode b, String name) {
        JsonNode n = b.get(name);
        if (n == null || !n.isTextual()) {
            throw new ClientError(400, "'" + name + "' (a string) is needed");
        }
        return n.asText();
    }

    private AlignmentProject apply(ReviewFile f, AlignmentProject p, String op, JsonNode b) {
        if (op.equals("realign")) {
            Realigner r = new Realigner(f.alignerConfig());
            List<ProjectDocument> docs = new ArrayList<>(p.documents());
            int only = b.has("doc") ? doc(p, b) : -1;
            for (int k = 0; k < docs.size(); k++) {
                if (only < 0 || only == k) {
                    ProjectDocument d = r.realign(docs.get(k)).document();
                    docs.set(k, d.beads().equals(docs.get(k).beads()) ? docs.get(k) : d);
                }
            }
            return p.withDocuments(docs);
        }
        int k = doc(p, b);
        ProjectDocument d = p.documents().get(k);
        ProjectDocument out = switch (op) {
            case "status" -> {
                BeadStatus s = BeadStatus.parse(textField(b, "status"));
                if (s == null) {
                    throw new ClientError(400, "status must be auto, confirmed or rejected");
                }
                yield ReviewOps.setStatus(d, intField(b, "bead"), s);
            }
            case "confirmThrough" -> ReviewOps.confirmThrough(d, intField(b, "bead"));
            case "merge" -> ReviewOps.mergeWithNext(d, intField(b, "bead"));
            case "split" -> ReviewOps.split(d, intField(b, "bead"), intField(b, "en"), intField(b, "ar"));
            case "moveSentence" -> ReviewOps.moveSentence(d, intField(b, "bead"), ReviewOps.Side.parse(textField(b, "side")),
                    intField(b, "direction"));
            case "detach" -> ReviewOps.detach(d, intField(b, "bead"), ReviewOps.Side.parse(textField(b, "side")),
                    b.path("last").asBoolean(false));
            case "editText" -> ReviewOps.editText(d, ReviewOps.Side.parse(textField(b, "side")), intField(b, "sentence"),
                    textField(b, "text"));
            case "splitSentence" -> ReviewOps.splitSentence(d, ReviewOps.Side.parse(textField(b, "side")),
                    intField(b, "sentence"), intField(b, "offset"), b.path("text").isTextual() ? b.get("text").asText() : null);
            case "joinSentences" -> ReviewOps.joinSentences(d, ReviewOps.Side.parse(textField(b, "side")),
                    intField(b, "sentence"));
            default -> throw new ClientError(400, "unknown edit '" + op + "' (status, confirmThrough, merge, split, "
                    + "moveSentence, detach, editText, splitSentence, joinSentences, realign, undo, redo)");
        };
        return p.withDocument(k, out);
    }

    private static int doc(AlignmentProject p, JsonNode b) {
        int k = intField(b, "doc");
        if (k < 0 || k >= p.documents().size()) {
            throw new ClientError(400, "there is no document " + k + " in this project");
        }
        return k;
    }

    private void reload(Context ctx) throws IOException {
        ReviewFile f = file(ctx);
        f.reload();
        scheduleSave(f);
        json(ctx, ReviewJson.file(f, config.annotator()));
    }

    // ---- saving --------------------------------------------------------------------------------

    private void scheduleSave(ReviewFile f) {
        if (saveScheduled.putIfAbsent(f.id(), Boolean.TRUE) == null) {
            try {
                saver.schedule(() -> {
                    saveScheduled.remove(f.id());
                    saveNow(f);
                }, config.saveDelayMs(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                saveScheduled.remove(f.id());
                saveNow(f);
            }
        }
    }

    private void saveNow(ReviewFile f) {
        try {
            f.save();
            if (f.conflict() != null) {
                config.log().accept("not saved: " + f.conflict());
            }
        } catch (RuntimeException e) {
            config.log().accept("cannot save " + f.file() + ": " + e.getMessage());
        }
    }

    // ---- search and export ---------------------------------------------------------------------

    /** Text as search compares it: Arabic as the glossary matcher normalises it, then lower case. */
    static String searchForm(String s) {
        return ArabicNormalizer.MATCHING.normalize(s).toLowerCase(Locale.ROOT);
    }

    private void search(Context ctx) throws IOException {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new ClientError(400, "q (the text to find) is needed");
        }
        if (q.length() > 1000) {
            throw new ClientError(413, "the search text is longer than 1000 characters");
        }
        ReviewFile f = files.get(Math.max(0, Math.min(files.size() - 1, parseInt(ctx.queryParam("file"), 0))));
        AlignmentProject p = f.project();
        int dk = parseInt(ctx.queryParam("doc"), 0);
        if (dk < 0 || dk >= p.documents().size()) {
            throw new ClientError(400, "there is no document " + dk);
        }
        ProjectDocument d = p.documents().get(dk);
        String needle = searchForm(q.strip());
        ObjectNode o = JSON.createObjectNode();
        o.put("q", q);
        o.put("normalized", needle);
        ArrayNode hits = o.putArray("beads");
        for (int k = 0; k < d.beads().size(); k++) {
            var b = d.beads().get(k);
            if (contains(d.en(), b.enStart(), b.enCount(), needle) || contains(d.ar(), b.arStart(), b.arCount(), needle)) {
                hits.add(k);
            }
        }
        json(ctx, o);
    }

    private static boolean contains(List<ProjectSentence> ss, int start, int count, String needle) {
        for (int k = start; k < start + count; k++) {
            if (searchForm(ss.get(k).text()).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static int parseInt(String s, int dflt) {
        if (s == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new ClientError(400, "'" + s + "' is not a whole number");
        }
    }

    private void export(Context ctx) {
        ReviewFile f = file(ctx);
        String format = java.util.Optional.ofNullable(ctx.queryParam("format")).orElse("tmx");
        String status = java.util.Optional.ofNullable(ctx.queryParam("status")).orElse("all");
        if (!format.equals("tmx") && !format.equals("tsv")) {
            throw new ClientError(400, "format must be tmx or tsv");
        }
        if (!status.equals("all") && !status.equals("confirmed")) {
            throw new ClientError(400, "status must be all or confirmed");
        }
        TmxProfile profile;
        try {
            profile = TmxProfile.parse(java.util.Optional.ofNullable(ctx.queryParam("profile")).orElse("generic"));
        } catch (IllegalArgumentException e) {
            throw new ClientError(400, "unknown profile: use generic, omegat, trados, memoq or phrase");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProjectExport.write(f.project(), format.equals("tmx") ? AlignmentWriter.Format.TMX : AlignmentWriter.Format.TSV,
                status.equals("confirmed") ? ProjectExport.Scope.CONFIRMED : ProjectExport.Scope.ALL, profile, out);
        String base = f.file().getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.contentType(format.equals("tmx") ? "application/x-tmx+xml; charset=utf-8" : "text/tab-separated-values; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + base + (status.equals("confirmed") ? "-confirmed" : "")
                + "." + format + "\"");
        ctx.result(out.toByteArray());
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static void json(Context ctx, JsonNode node) throws IOException {
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(node));
    }

    private static void error(Context ctx, int status, String message, Long revision) {
        securityHeaders(ctx);
        ctx.status(status);
        ObjectNode o = JSON.createObjectNode().put("error", message).put("status", status);
        if (revision != null) {
            o.put("revision", revision);
        }
        try {
            json(ctx, o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
