package org.tarjama.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.CliRunner;
import org.tarjama.project.BeadStatus;
import org.tarjama.project.ProjectFiles;

/** {@code tarjama review} as a user runs it: the URL first, refusals, Ctrl-C saves; bad project files. */
class ReviewCommandTest {
    @TempDir
    Path dir;

    @Test
    void aTruncatedProjectIsAnErrorNamingTheFileAndPositionAndIsLeftAlone() throws Exception {
        Path tjp = ReviewFixture.seedProject(dir);
        byte[] all = Files.readAllBytes(tjp);
        byte[] cut = java.util.Arrays.copyOf(all, all.length / 2);
        Files.write(tjp, cut);
        CliRunner.Result r = CliRunner.run("review", "--no-open", tjp.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains(tjp.toString()).containsPattern("line \\d+, column \\d+").contains("truncated");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(tjp)).isEqualTo(cut);
    }

    @Test
    void aProjectOfANewerFormatVersionSaysSo() throws Exception {
        Path tjp = ReviewFixture.seedProject(dir);
        String s = Files.readString(tjp).replaceFirst("\"version\" : 1,", "\"version\" : 7,");
        Files.writeString(tjp, s);
        CliRunner.Result r = CliRunner.run("review", "--no-open", tjp.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("format version 7").contains("newer");
        assertThat(Files.readString(tjp)).isEqualTo(s);
    }

    @Test
    void theSameFileTwiceIsAUsageError() throws Exception {
        Path tjp = ReviewFixture.seedProject(dir);
        assertThat(CliRunner.run("review", "--no-open", tjp.toString(), tjp.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("review", "--no-open", "--port", "70000", tjp.toString()).exitCode()).isEqualTo(2);
    }

    /** The command in its own JVM: first line the tokened URL; a warning for a changed source; SIGTERM saves and stops. */
    @Test
    void theUrlComesFirstAndStoppingSavesTheLastEdit() throws Exception {
        Path tjp = ReviewFixture.seedProject(dir);
        Files.writeString(dir.resolve("seed.raw.en"), "changed since the alignment\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.tarjama.cli.Main", "review",
                "--no-open", tjp.toString()).redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String url = out.readLine();
            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{43}");
            String token = url.substring(url.indexOf("token=") + 6);
            String base = url.substring(0, url.indexOf("/?"));
            HttpClient http = HttpClient.newHttpClient();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(401);
            long rev = ProjectFiles.read(tjp).revision();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/files/0/edit"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"revision\":" + rev + ",\"op\":\"confirmThrough\",\"doc\":0,\"bead\":2}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            p.destroy(); // SIGTERM: what Ctrl-C does to the shutdown hook
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            var saved = ProjectFiles.read(tjp);
            assertThat(saved.revision()).isEqualTo(rev + 1);
            assertThat(saved.documents().get(0).count(BeadStatus.CONFIRMED)).isEqualTo(3);
            List<String> err = Files.readAllLines(dir.resolve("err.txt"));
            assertThat(String.join("\n", err)).contains("warning").contains("has changed since it was aligned");
        } finally {
            p.destroyForcibly();
        }
    }
}
