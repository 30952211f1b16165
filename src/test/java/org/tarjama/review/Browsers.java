package org.tarjama.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds Debian's chromium and chromedriver; the browser tests fail under CI=true without them and are skipped elsewhere. */
final class Browsers {
    private Browsers() {
    }

    static String chromium() {
        for (String p : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        return null;
    }

    static String chromedriver() {
        for (String p : new String[] {"/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"}) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        return null;
    }

    static void requireOrSkip() {
        boolean there = chromium() != null && chromedriver() != null;
        if (!there && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true but chromium/chromedriver are missing: .ci/run installs the Debian "
                    + "packages chromium and chromium-driver");
        }
        Assumptions.assumeTrue(there, "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
    }

    /** A new, empty browser profile for one run. */
    static String freshProfile() throws IOException {
        Path d = Files.createTempDirectory("tarjama-chromium-");
        d.toFile().deleteOnExit();
        return d.toString();
    }
}
