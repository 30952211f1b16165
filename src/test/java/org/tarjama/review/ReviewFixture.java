package org.tarjama.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tarjama.cli.CliRunner;

/** The seed project (tmx-samples/seed.raw.*, copied under test resources) made by the command line, and a server on it. */
final class ReviewFixture {
    private ReviewFixture() {
    }

    private static byte[] aligned;

    /**
     * The seed pair and {@code dir/seed.tjp} as {@code tarjama align --format project} makes it (aligned once
     * per test run, then copied: the sources sit beside it under the same names, so its checksums hold).
     */
    static synchronized Path seedProject(Path dir) throws IOException {
        for (String n : List.of("seed.raw.en", "seed.raw.ar")) {
            try (InputStream in = ReviewFixture.class.getResourceAsStream("/org/tarjama/seed/" + n)) {
                Files.copy(in, dir.resolve(n));
            }
        }
        Path tjp = dir.resolve("seed.tjp");
        if (aligned == null) {
            CliRunner.Result r = CliRunner.run("align", "--format", "project", "-o", tjp.toString(),
                    dir.resolve("seed.raw.en").toString(), dir.resolve("seed.raw.ar").toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            aligned = Files.readAllBytes(tjp);
        } else {
            Files.write(tjp, aligned);
        }
        return tjp;
    }

    /** A workbench on the given project files, loopback, any port, saving 50 ms after an edit. */
    static ReviewServer serve(Annotator annotator, Path... files) {
        List<ReviewFile> fs = new java.util.ArrayList<>();
        for (Path f : files) {
            fs.add(new ReviewFile(fs.size(), f));
        }
        ReviewConfig c = ReviewConfig.loopback(0);
        c = new ReviewConfig(c.bind(), 0, c.token(), annotator, c.maxBody(), 50, m -> { });
        return ReviewServer.start(fs, c);
    }

    static String token(ReviewServer s) {
        String u = s.url();
        return u.substring(u.indexOf("token=") + 6);
    }
}
