package org.tarjama.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tarjama.project.AlignmentProject;
import org.tarjama.project.ProjectBead;
import org.tarjama.project.ProjectDocument;
import org.tarjama.project.ProjectFiles;
import org.tarjama.project.ProjectSentence;

/**
 * The workbench on a 5,000-bead project in headless Chromium: how long the page takes to open and each
 * edit to show its result. A benchmark, not a test of the build: it runs only when asked,
 * {@code mvn -B test -Dtest=ReviewBenchmarkTest -Dtarjama.review.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false},
 * and writes its figures to target/review-benchmark.txt. It fails when the page takes 2 s or more to open or
 * an edit 100 ms or more to show (median of its runs).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "tarjama.review.benchmark", matches = "true")
class ReviewBenchmarkTest {
    @TempDir
    Path dir;

    /** The seed's document repeated until it has at least {@code beads} beads (one long document). */
    static AlignmentProject big(AlignmentProject seed, int beads) {
        ProjectDocument d = seed.documents().get(0);
        List<ProjectSentence> en = new ArrayList<>();
        List<ProjectSentence> ar = new ArrayList<>();
        List<ProjectBead> bs = new ArrayList<>();
        int copy = 0;
        while (bs.size() < beads) {
            int e0 = en.size();
            int a0 = ar.size();
            int p = copy * 1000;
            for (ProjectSentence s : d.en()) {
                en.add(new ProjectSentence(s.text(), s.paragraph() + p, s.start(), s.end()));
            }
            for (ProjectSentence s : d.ar()) {
                ar.add(new ProjectSentence(s.text(), s.paragraph() + p, s.start(), s.end()));
            }
            for (ProjectBead b : d.beads()) {
                bs.add(new ProjectBead(b.enStart() + e0, b.enCount(), b.arStart() + a0, b.arCount(), b.score(), b.status()));
            }
            copy++;
        }
        ProjectDocument out = new ProjectDocument("1", d.source(), d.target(), d.paragraphs(), en, ar, bs, List.of());
        return seed.withDocuments(List.of(out));
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    @Test
    void fiveThousandBeadsOpenFastAndEveryEditShowsFast() throws Exception {
        Browsers.requireOrSkip();
        Path seed = ReviewFixture.seedProject(dir);
        AlignmentProject p = big(ProjectFiles.read(seed), 5000);
        Path tjp = dir.resolve("big.tjp");
        ProjectFiles.write(tjp, p);
        WebDriver driver = Browsers.start(ReviewBrowserTest.options());
        Map<String, String> report = new LinkedHashMap<>();
        try (ReviewServer server = ReviewFixture.serve(null, tjp)) {
            report.put("beads", String.valueOf(p.beadCount()));
            report.put("project file bytes", String.valueOf(Files.size(tjp)));
            List<Double> open = new ArrayList<>();
            List<Double> wall = new ArrayList<>();
            for (int run = 0; run < 5; run++) {
                long t0 = System.nanoTime();
                driver.get(run == 0 ? server.url() : "http://127.0.0.1:" + server.port() + "/");
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(x ->
                        "true".equals(x.findElement(By.tagName("html")).getDomAttribute("data-ready")));
                wall.add((System.nanoTime() - t0) / 1e6);
                open.add(Double.parseDouble(driver.findElement(By.tagName("html")).getDomAttribute("data-rendered-ms")));
            }
            int rendered = driver.findElements(By.cssSelector("#rows .row")).size();
            report.put("rows in the page", String.valueOf(rendered));
            report.put("open: navigation start to grid rendered, ms (median of 5)", fmt(median(open)) + " " + open);
            report.put("open: driver.get to ready, ms (median of 5)", fmt(median(wall)));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            // moving the cursor is done in the page alone: time the key's handler and the layout it causes
            String move = "const t = performance.now(); document.dispatchEvent(new KeyboardEvent('keydown', {key: arguments[0], "
                    + "bubbles: true})); document.querySelector('#rows .row.cur').getBoundingClientRect(); return performance.now() - t;";
            for (String key : List.of("j", "k", "PageDown", "End", "Home")) {
                List<Double> xs = new ArrayList<>();
                for (int i = 0; i < 9; i++) {
                    xs.add(((Number) js.executeScript(move, key)).doubleValue());
                }
                report.put("key " + key + " (move), ms median", fmt(median(xs)));
                assertThat(median(xs)).as("key " + key).isLessThan(100);
            }
            // edits go to the server and back: the page's own figure from key press to the grid re-rendered
            js.executeScript(move, "Home");
            for (int i = 0; i < 2500; i += 250) {
                js.executeScript(move, "PageDown");
            }
            // The server's first edits run before its JIT has compiled the edit path: time them apart
            // (reported, not judged), then judge the warm ones as a translator meets them after a minute.
            List<Double> cold = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                cold.add(edit(driver, "c", Duration.ofSeconds(10)));
                new Actions(driver).sendKeys("k").perform();
            }
            for (int i = 0; i < 10; i++) {
                edit(driver, "m", Duration.ofSeconds(10));
                edit(driver, "z", Duration.ofSeconds(10));
            }
            report.put("first 5 edits (confirm, cold server), ms", cold.toString());
            Map<String, String> edits = new LinkedHashMap<>();
            edits.put("c (confirm)", "c");
            edits.put("x (reject)", "x");
            edits.put("m (merge)", "m");
            edits.put("s (split)", "s");
            edits.put("d (move a sentence)", "d");
            edits.put("z (undo)", "z");
            edits.put("y (redo)", "y");
            edits.put("C (confirm all above)", "C");
            for (var e : edits.entrySet()) {
                List<Double> xs = new ArrayList<>();
                int refused = 0;
                while (xs.size() < 7) {
                    Double ms = edit(driver, e.getValue(), Duration.ofSeconds(10));
                    if (ms == null) {
                        // the server refused this edit here (a one-sentence bead cannot be split): not a timing, try the next bead
                        assertThat(++refused).as(e.getKey() + " refused on 50 beads in a row").isLessThan(50);
                        new Actions(driver).sendKeys("j").perform();
                        continue;
                    }
                    xs.add(ms);
                    if (e.getKey().startsWith("x") || e.getKey().startsWith("c")) {
                        new Actions(driver).sendKeys("k").perform();
                    }
                }
                report.put("edit " + e.getKey() + ", ms median (" + xs.size() + " runs)", fmt(median(xs)) + " " + xs);
                assertThat(median(xs)).as(e.getKey()).isLessThan(100);
            }
            long t0 = System.nanoTime();
            Double realign = edit(driver, "R", Duration.ofSeconds(120));
            report.put("R (realign every unconfirmed bead of 5,000), ms", fmt((System.nanoTime() - t0) / 1e6) + " (page: "
                    + realign + ")");
            new Actions(driver).sendKeys(Keys.END).perform();
            assertThat(median(open)).as("open").isLessThan(2000);
        } finally {
            driver.quit();
        }
        StringBuilder sb = new StringBuilder();
        report.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        Files.writeString(Path.of("target/review-benchmark.txt"), sb.toString(), StandardCharsets.UTF_8);
        System.out.print(sb);
    }

    /**
     * Presses {@code keys} and waits until the page has applied the edit or refused it: the page's own
     * figure from key press to the grid re-rendered, or null when the edit was refused.
     */
    private static Double edit(WebDriver driver, String keys, Duration wait) {
        int before = ops(driver);
        int beforeRefused = count(driver, "data-refused");
        new Actions(driver).sendKeys(keys).perform();
        new WebDriverWait(driver, wait).until(x -> ops(x) > before || count(x, "data-refused") > beforeRefused);
        if (ops(driver) == before) {
            return null;
        }
        return Double.parseDouble(driver.findElement(By.tagName("body")).getDomAttribute("data-last-op-ms"));
    }

    private static int ops(WebDriver d) {
        return count(d, "data-ops");
    }

    private static int count(WebDriver d, String attribute) {
        String v = d.findElement(By.tagName("body")).getDomAttribute(attribute);
        return v == null ? 0 : Integer.parseInt(v);
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}
