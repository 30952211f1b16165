package org.tarjama.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds Debian's chromium and chromedriver; the browser tests fail under CI=true without them and are skipped elsewhere. */
final class Browsers {
    /** Selenium warns that it has no DevTools bindings for this Chromium; WebDriver itself needs none. Kept strongly. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

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
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
        boolean there = chromium() != null && chromedriver() != null;
        if (!there && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true but chromium/chromedriver are missing: .ci/run installs the Debian "
                    + "packages chromium and chromium-driver");
        }
        Assumptions.assumeTrue(there, "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
    }

    /**
     * Starts the driver. Selenium formats chromedriver's port with the default locale, which under ar-SA (one of
     * the locales the build runs tests in) gives Arabic-Indic digits that chromedriver rejects; so the driver
     * starts under the root locale.
     */
    static org.openqa.selenium.chrome.ChromeDriver start(org.openqa.selenium.chrome.ChromeOptions options) {
        java.util.Locale saved = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.ROOT);
        try {
            org.openqa.selenium.chrome.ChromeDriverService service = new org.openqa.selenium.chrome.ChromeDriverService.Builder()
                    .usingDriverExecutable(new java.io.File(chromedriver())).usingAnyFreePort().build();
            return new org.openqa.selenium.chrome.ChromeDriver(service, options);
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    /** A new, empty browser profile for one run. */
    static String freshProfile() throws IOException {
        Path d = Files.createTempDirectory("tarjama-chromium-");
        d.toFile().deleteOnExit();
        return d.toString();
    }
}
