package org.tarjama.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.CliRunner;
import org.tarjama.glossary.GlossaryLoader;
import org.tarjama.project.AlignmentProject;
import org.tarjama.project.BeadStatus;
import org.tarjama.project.ProjectDocument;
import org.tarjama.project.ProjectFiles;
import org.tarjama.project.ProjectSentence;

/** The workbench over HTTP: the refusals, the revisions, saving, search, export, the glossary findings. */
class ReviewServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    Path tjp;
    ReviewServer server;
    String token;

    @BeforeEach
    void start() throws IOException {
        tjp = ReviewFixture.seedProject(dir);
        server = ReviewFixture.serve(null, tjp);
        token = ReviewFixture.token(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).header("X-Tarjama-Token", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> edit(long revision, String op, String fields) throws Exception {
        return post("/api/files/0/edit", "{\"revision\":" + revision + ",\"op\":\"" + op + "\",\"doc\":0" + fields + "}");
    }

    /** Raw HTTP/1.1, since java.net.http will not send a Host header of our choosing. */
    private String raw(String host, String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream o = s.getOutputStream();
            o.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            o.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toString(StandardCharsets.UTF_8);
        }
    }

    private static AlignmentProject waitForRevision(Path file, long revision) throws InterruptedException {
        long until = System.nanoTime() + 1_000_000_000L;
        AlignmentProject p = ProjectFiles.read(file);
        while (p.revision() < revision && System.nanoTime() < until) {
            Thread.sleep(20);
            p = ProjectFiles.read(file);
        }
        return p;
    }

    @Test
    void withoutTheTokenEveryRequestIsRefused() throws Exception {
        for (String path : List.of("/", "/api/state", "/api/openapi.json", "/assets/app.js", "/nothing")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.body()).doesNotContain("بينما");
        }
        assertThat(get("/api/state", "X-Tarjama-Token", "wrong-token").statusCode()).isEqualTo(403);
        assertThat(get("/?token=wrong").statusCode()).isEqualTo(403);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/files/0/edit")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void theTokenedUrlSetsAStrictHttpOnlyCookieThatLaterRequestsUse() throws Exception {
        HttpResponse<String> r = get("/?token=" + token);
        assertThat(r.statusCode()).isEqualTo(200);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").startsWith(ReviewServer.COOKIE + "=" + token);
        assertThat(r.body()).contains("بينما دخل القتال بين إسرائيل وقطاع غزة").doesNotContain(token);
        assertThat(get("/api/state", "Cookie", ReviewServer.COOKIE + "=" + token).statusCode()).isEqualTo(200);
        assertThat(get("/api/state", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(get("/api/state", "Cookie", ReviewServer.COOKIE + "=nope").statusCode()).isEqualTo(403);
    }

    @Test
    void aForeignHostIsRefusedEvenWithTheToken() throws Exception {
        String evil = raw("evil.example:" + server.port(), "/?token=" + token);
        assertThat(evil).startsWith("HTTP/1.1 403").doesNotContain("بينما");
        assertThat(raw("127.0.0.1.nip.io:" + server.port(), "/api/state?token=" + token)).startsWith("HTTP/1.1 403");
        assertThat(raw("localhost:" + (server.port() + 1), "/api/state?token=" + token)).startsWith("HTTP/1.1 403");
        assertThat(raw("localhost:" + server.port(), "/api/state?token=" + token)).startsWith("HTTP/1.1 200");
        assertThat(raw("127.0.0.1:" + server.port(), "/api/state?token=" + token)).startsWith("HTTP/1.1 200");
    }

    @Test
    void everyAnswerHasTheContentSecurityPolicy() throws Exception {
        for (HttpResponse<String> r : List.of(get("/?token=" + token), get("/api/state", "X-Tarjama-Token", token),
                get("/assets/app.js", "X-Tarjama-Token", token), get("/api/state"), get("/assets/x.js", "X-Tarjama-Token", token))) {
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(r.uri() + " " + r.statusCode())
                    .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'").contains("script-src 'self'")
                            .doesNotContain("unsafe"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(get("/assets/x.js", "X-Tarjama-Token", token).statusCode()).isEqualTo(404);
        assertThat(get("/assets/..%2Fopenapi.json", "X-Tarjama-Token", token).statusCode()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentIsOpenApi3AndNamesEveryRoute() throws Exception {
        HttpResponse<String> r = get("/api/openapi.json", "X-Tarjama-Token", token);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(r.body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/files/{f}/edit")).isTrue();
        assertThat(doc.get("paths").has("/api/state")).isTrue();
        assertThat(doc.get("paths").has("/api/search")).isTrue();
        assertThat(doc.get("paths").has("/api/files/{f}/export")).isTrue();
        assertThat(doc.at("/components/schemas/Edit/properties/op/enum").size()).isEqualTo(12);
    }

    @Test
    void anEditIsSavedWithinASecondAndAStaleRevisionGets409() throws Exception {
        long rev = ProjectFiles.read(tjp).revision();
        HttpResponse<String> r = edit(rev, "merge", ",\"bead\":0");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = JSON.readTree(r.body());
        assertThat(j.get("revision").asLong()).isEqualTo(rev + 1);
        AlignmentProject saved = waitForRevision(tjp, rev + 1);
        assertThat(saved.revision()).isEqualTo(rev + 1);
        ProjectDocument before = ProjectFiles.read(dir.resolve("seed.tjp")).documents().get(0);
        assertThat(before.beads().get(0).enCount()).isGreaterThanOrEqualTo(2);

        // a second tab still at the old revision
        byte[] onDisk = Files.readAllBytes(tjp);
        HttpResponse<String> stale = edit(rev, "status", ",\"bead\":3,\"status\":\"confirmed\"");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).get("revision").asLong()).isEqualTo(rev + 1);
        assertThat(JSON.readTree(stale.body()).get("error").asText()).contains("revision");
        Thread.sleep(150);
        assertThat(Files.readAllBytes(tjp)).isEqualTo(onDisk);
    }

    @Test
    void aFileChangedByAnotherProcessIsNeverOverwritten() throws Exception {
        long rev = ProjectFiles.read(tjp).revision();
        // another process (here: the command line) confirms bead 1 and saves
        AlignmentProject p = ProjectFiles.read(tjp);
        ProjectDocument d = ReviewOps.setStatus(p.documents().get(0), 0, BeadStatus.CONFIRMED);
        ProjectFiles.write(tjp, p.withDocument(0, d).withRevision(rev + 1));
        byte[] theirs = Files.readAllBytes(tjp);
        HttpResponse<String> r = edit(rev, "status", ",\"bead\":1,\"status\":\"rejected\"");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains("changed on disk");
        Thread.sleep(150);
        assertThat(Files.readAllBytes(tjp)).isEqualTo(theirs);
        // after a reload the workbench has their version and edits again
        HttpResponse<String> reload = post("/api/files/0/reload", "{}");
        assertThat(reload.statusCode()).isEqualTo(200);
        JsonNode f = JSON.readTree(reload.body());
        assertThat(f.at("/documents/0/beads/0/st").asText()).isEqualTo("confirmed");
        long now = f.get("revision").asLong();
        assertThat(edit(now, "status", ",\"bead\":1,\"status\":\"rejected\"").statusCode()).isEqualTo(200);
        AlignmentProject after = waitForRevision(tjp, now + 1);
        assertThat(after.documents().get(0).beads().get(0).status()).isEqualTo(BeadStatus.CONFIRMED);
        assertThat(after.documents().get(0).beads().get(1).status()).isEqualTo(BeadStatus.REJECTED);
    }

    @Test
    void oversizedAndNonJsonBodiesAreRefused() throws Exception {
        String big = "{\"revision\":1,\"op\":\"editText\",\"doc\":0,\"side\":\"en\",\"sentence\":0,\"text\":\""
                + "a".repeat(2 << 20) + "\"}";
        HttpResponse<String> r = post("/api/files/0/edit", big);
        assertThat(r.statusCode()).isEqualTo(413);
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/files/0/edit"))
                .header("X-Tarjama-Token", token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("revision=1&op=merge")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(post("/api/files/0/edit", "not json").statusCode()).isEqualTo(400);
        assertThat(post("/api/files/7/edit", "{}").statusCode()).isEqualTo(404);
        assertThat(edit(ProjectFiles.read(tjp).revision(), "merge", ",\"bead\":999").statusCode()).isEqualTo(400);
    }

    @Test
    void undoAndRedoGoThroughTheFile() throws Exception {
        AlignmentProject p0 = ProjectFiles.read(tjp);
        long rev = p0.revision();
        assertThat(edit(rev, "split", ",\"bead\":0,\"en\":1,\"ar\":1").statusCode()).isIn(200, 400);
        JsonNode s = JSON.readTree(get("/api/state", "X-Tarjama-Token", token).body());
        rev = s.at("/files/0/revision").asLong();
        HttpResponse<String> m = edit(rev, "merge", ",\"bead\":1");
        assertThat(m.statusCode()).isEqualTo(200);
        HttpResponse<String> u = edit(rev + 1, "undo", "");
        assertThat(u.statusCode()).isEqualTo(200);
        AlignmentProject undone = waitForRevision(tjp, rev + 2);
        assertThat(undone.documents().get(0).beads()).isEqualTo(
                ProjectFiles.parse(ProjectFiles.serialize(server.files().get(0).project()), "x").documents().get(0).beads());
        assertThat(edit(rev + 2, "redo", "").statusCode()).isEqualTo(200);
        AlignmentProject redone = waitForRevision(tjp, rev + 3);
        assertThat(redone.documents().get(0).beads().size()).isEqualTo(undone.documents().get(0).beads().size() - 1);
    }

    @Test
    void searchFindsArabicNormalisedAsTheGlossaryMatcherDoes() throws Exception {
        // "إسرائيل" is written with hamza under alef in the seed; a search without it finds it
        JsonNode r = JSON.readTree(get("/api/search?q=" + java.net.URLEncoder.encode("اسرائيل", StandardCharsets.UTF_8),
                "X-Tarjama-Token", token).body());
        assertThat(r.get("beads").size()).isGreaterThan(0);
        JsonNode en = JSON.readTree(get("/api/search?q=ISRAEL+RADIO", "X-Tarjama-Token", token).body());
        assertThat(en.get("beads").size()).isEqualTo(1);
        ProjectDocument d = server.files().get(0).project().documents().get(0);
        int k = en.get("beads").get(0).asInt();
        assertThat(Annotator.join(d.en(), d.beads().get(k).enStart(), d.beads().get(k).enCount())).contains("Israel Radio");
    }

    @Test
    void theExportIsWhatProjectExportWrites() throws Exception {
        long rev = ProjectFiles.read(tjp).revision();
        assertThat(edit(rev, "confirmThrough", ",\"bead\":4").statusCode()).isEqualTo(200);
        waitForRevision(tjp, rev + 1);
        Path cli = dir.resolve("cli.tmx");
        CliRunner.Result c = CliRunner.run("project", "export", "--format", "tmx", "--status", "confirmed", "-o", cli.toString(), tjp.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        HttpResponse<String> r = get("/api/files/0/export?format=tmx&status=confirmed", "X-Tarjama-Token", token);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("seed-confirmed.tmx");
        String date = "creationdate=\"\\d{8}T\\d{6}Z\"";
        assertThat(r.body().replaceAll(date, "")).isEqualTo(Files.readString(cli).replaceAll(date, ""));
        assertThat(r.body().split("<tu ", -1).length - 1).isEqualTo(5 - countUnaligned(0, 4));
        assertThat(r.body()).contains("<prop type=\"x-status\">confirmed</prop>");
    }

    private int countUnaligned(int from, int to) {
        ProjectDocument d = server.files().get(0).project().documents().get(0);
        int n = 0;
        for (int k = from; k <= to; k++) {
            n += d.beads().get(k).enCount() == 0 || d.beads().get(k).arCount() == 0 ? 1 : 0;
        }
        return n;
    }

    @Test
    void aSentenceWithMarkupIsSentAsTextNeverAsMarkup() throws Exception {
        long rev = ProjectFiles.read(tjp).revision();
        String evil = "</script><script>alert(1)</script> & <b>bold</b>";
        assertThat(edit(rev, "editText", ",\"side\":\"en\",\"sentence\":0,\"text\":" + JSON.writeValueAsString(evil)).statusCode())
                .isEqualTo(200);
        String page = get("/?token=" + token).body();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>bold");
        assertThat(page).contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)");
        AlignmentProject saved = waitForRevision(tjp, rev + 1);
        assertThat(saved.documents().get(0).en().get(0).text()).isEqualTo(evil);
    }

    @Test
    void glossaryFindingsAreThoseOfCheck() throws Exception {
        server.close();
        Path glossary = Path.of("glossary/names.tsv");
        server = ReviewFixture.serve(new Annotator(GlossaryLoader.load(glossary), "names.tsv"), tjp);
        token = ReviewFixture.token(server);
        JsonNode s = JSON.readTree(get("/api/state", "X-Tarjama-Token", token).body());
        assertThat(s.get("glossary").asText()).isEqualTo("names.tsv");
        List<String> page = new ArrayList<>();
        JsonNode doc = s.at("/files/0/documents/0");
        int highlighted = 0;
        for (JsonNode b : doc.get("beads")) {
            b.path("f").forEach(f -> page.add(f.get("code").asText() + " " + f.get("message").asText()));
        }
        for (JsonNode sn : doc.get("ar")) {
            highlighted += sn.has("h") ? 1 : 0;
        }
        assertThat(highlighted).isGreaterThan(5);
        // tarjama check on the export of the same project
        Path tmx = dir.resolve("all.tmx");
        assertThat(CliRunner.run("project", "export", "--format", "tmx", "-o", tmx.toString(), tjp.toString()).exitCode()).isZero();
        CliRunner.Result c = CliRunner.run("check", "--glossary", glossary.toString(), "--format", "json", "--fail-on", "never", tmx.toString());
        List<String> check = new ArrayList<>();
        JsonNode report = JSON.readTree(c.out());
        report.path("findings").forEach(f -> check.add(f.get("code").asText() + " " + f.get("message").asText()));
        assertThat(check).as(c.out() + c.err()).isNotEmpty();
        assertThat(page).containsExactlyInAnyOrderElementsOf(check);
    }

    @Test
    void realignKeepsConfirmedBeads() throws Exception {
        long rev = ProjectFiles.read(tjp).revision();
        assertThat(edit(rev, "merge", ",\"bead\":2").statusCode()).isEqualTo(200);
        assertThat(edit(rev + 1, "status", ",\"bead\":2,\"status\":\"confirmed\"").statusCode()).isEqualTo(200);
        assertThat(edit(rev + 2, "merge", ",\"bead\":5").statusCode()).isEqualTo(200);
        HttpResponse<String> r = post("/api/files/0/edit", "{\"revision\":" + (rev + 3) + ",\"op\":\"realign\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        AlignmentProject p = waitForRevision(tjp, rev + 4);
        ProjectDocument d = p.documents().get(0);
        ProjectDocument merged = server.files().get(0).project().documents().get(0);
        assertThat(d.beads()).isEqualTo(merged.beads());
        long confirmed = d.beads().stream().filter(b -> b.status() == BeadStatus.CONFIRMED).count();
        assertThat(confirmed).isEqualTo(1);
        ProjectSentence first = d.en().get(d.beads().stream().filter(b -> b.status() == BeadStatus.CONFIRMED).findFirst().orElseThrow().enStart());
        assertThat(first).isNotNull();
    }

    @SuppressWarnings("unused")
    private static ObjectNode obj() {
        return JSON.createObjectNode();
    }
}
