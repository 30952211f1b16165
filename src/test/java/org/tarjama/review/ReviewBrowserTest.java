package org.tarjama.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tarjama.project.AlignmentProject;
import org.tarjama.project.BeadStatus;
import org.tarjama.project.ProjectBead;
import org.tarjama.project.ProjectDocument;
import org.tarjama.project.ProjectFiles;
import org.tarjama.project.ProjectSentence;

/**
 * The workbench in a real browser: Debian's headless Chromium driven by Selenium through the system
 * chromedriver. Each test works the page by keyboard and then checks the project FILE (and the TMX export),
 * not only the page. Without Chromium the tests are skipped locally and fail under CI=true.
 * Screenshots go to target/review-screenshots/.
 */
class ReviewBrowserTest {
    static WebDriver driver;
    static final Path SHOTS = Path.of("target/review-screenshots");

    @TempDir
    Path dir;
    Path tjp;
    ReviewServer server;
    AlignmentProject initial;

    static ChromeOptions options() throws IOException {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(Browsers.chromium());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=en-US",
                "--user-data-dir=" + Browsers.freshProfile());
        return o;
    }

    @BeforeAll
    static void browser() throws IOException {
        Browsers.requireOrSkip();
        driver = Browsers.start(options());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void open() throws IOException {
        tjp = ReviewFixture.seedProject(dir);
        initial = ProjectFiles.read(tjp);
        server = ReviewFixture.serve(null, tjp);
        load(server.url());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    void load(String url) {
        driver.get(url);
        waitFor(d -> "true".equals(d.findElement(By.tagName("html")).getDomAttribute("data-ready")));
    }

    static <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    }

    /** Sends keys to the page and waits until the page has applied {@code ops} more edits. */
    void keys(int ops, CharSequence... k) {
        int before = opsDone();
        new Actions(driver).sendKeys(k).perform();
        if (ops > 0) {
            waitFor(d -> opsDone() >= before + ops);
        }
    }

    int opsDone() {
        String v = driver.findElement(By.tagName("body")).getDomAttribute("data-ops");
        return v == null ? 0 : Integer.parseInt(v);
    }

    int currentBead() {
        return Integer.parseInt(driver.findElement(By.tagName("body")).getDomAttribute("data-bead"));
    }

    List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#rows .row"));
    }

    /** The project file once it is at revision {@code rev} (saved within a second), else as it is then. */
    AlignmentProject saved(long rev) throws InterruptedException {
        long until = System.nanoTime() + 1_000_000_000L;
        AlignmentProject p = ProjectFiles.read(tjp);
        while (p.revision() < rev && System.nanoTime() < until) {
            Thread.sleep(20);
            p = ProjectFiles.read(tjp);
        }
        assertThat(p.revision()).as("the edit is saved within a second").isGreaterThanOrEqualTo(rev);
        return p;
    }

    ProjectDocument doc(AlignmentProject p) {
        return p.documents().get(0);
    }

    String exportTmx() throws Exception {
        String u = "http://127.0.0.1:" + server.port() + "/api/files/0/export?format=tmx";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(u))
                .header("X-Tarjama-Token", ReviewFixture.token(server)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    static void shot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }

    String rowText(int k) {
        return driver.findElement(By.cssSelector("#rows .row[data-k='" + k + "']")).getText();
    }

    @Test
    void theSeedOpensWithEverySentenceAndTheArabicRightToLeft() throws IOException {
        ProjectDocument d = doc(initial);
        assertThat(rows()).hasSize(d.beads().size());
        String page = driver.findElement(By.id("rows")).getText();
        // WebDriver's text turns no-break spaces into spaces
        for (ProjectSentence s : d.ar()) {
            assertThat(page).contains(s.text().replace('\u00a0', ' '));
        }
        for (ProjectSentence s : d.en()) {
            assertThat(page).contains(s.text().replace('\u00a0', ' '));
        }
        WebElement ar = driver.findElement(By.cssSelector("#rows .row .ar"));
        assertThat(ar.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(ar.getDomAttribute("lang")).isEqualTo("ar");
        assertThat(ar.getCssValue("direction")).isEqualTo("rtl");
        assertThat(driver.findElement(By.cssSelector("#rows .row .en")).getCssValue("direction")).isEqualTo("ltr");
        assertThat(driver.findElements(By.cssSelector("#rows .row.para"))).isNotEmpty();
        assertThat(driver.findElement(By.id("progress")).getText()).contains("0 / " + d.beads().size() + " confirmed");
        assertThat(driver.getCurrentUrl()).doesNotContain("token=");
        shot("grid-seed");
    }

    @Test
    void withAGlossaryTermsAreHighlightedAndFindingsListed() throws Exception {
        server.close();
        server = ReviewFixture.serve(new Annotator(org.tarjama.glossary.GlossaryLoader.load(Path.of("glossary/names.tsv")),
                "names.tsv"), tjp);
        load(server.url());
        assertThat(driver.findElements(By.cssSelector("#rows .en mark"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#rows .ar mark"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#rows .en mark")).getText()).isNotBlank();
        List<WebElement> findings = driver.findElements(By.cssSelector("#findings-list li"));
        assertThat(findings).isNotEmpty();
        assertThat(driver.findElement(By.id("findings")).isDisplayed()).isTrue();
        int flagged = driver.findElements(By.cssSelector("#rows .row.finding")).size();
        assertThat(flagged).isPositive();
        new Select(driver.findElement(By.id("queue"))).selectByValue("finding");
        driver.findElement(By.id("grid")).click();
        keys(0, "n");
        assertThat(driver.findElement(By.cssSelector("#rows .row.cur")).getAttribute("class")).contains("finding");
        findings.get(findings.size() - 1).click();
        assertThat(String.valueOf(currentBead())).isEqualTo(findings.get(findings.size() - 1).getDomAttribute("data-k"));
        shot("glossary-findings");
    }

    /** What the issue checks from outside: chromium --headless --dump-dom URL shows every Arabic sentence. */
    @Test
    void dumpDomShowsEveryArabicSentence() throws Exception {
        Process p = new ProcessBuilder(Browsers.chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Browsers.freshProfile(), "--dump-dom", server.url())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String rows = dom.substring(dom.indexOf("<div id=\"rows\">"), dom.indexOf("<div id=\"spacer-bottom\""));
        for (ProjectSentence s : doc(initial).ar()) {
            // in the rendered rows, as the DOM serialiser writes text (no-break space as &nbsp;)
            String html = s.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;");
            assertThat(rows).contains(html);
        }
    }

    @Test
    void keyboardMovesAndConfirmsAndTheFileHasIt() throws Exception {
        assertThat(currentBead()).isZero();
        keys(0, Keys.ARROW_DOWN, Keys.ARROW_DOWN, "j");
        assertThat(currentBead()).isEqualTo(3);
        keys(0, "k");
        assertThat(currentBead()).isEqualTo(2);
        keys(1, "c"); // confirm bead 3 and move on
        assertThat(currentBead()).isEqualTo(3);
        AlignmentProject p = saved(initial.revision() + 1);
        assertThat(doc(p).beads().get(2).status()).isEqualTo(BeadStatus.CONFIRMED);
        assertThat(doc(p).count(BeadStatus.CONFIRMED)).isEqualTo(1);
        keys(1, "C"); // confirm all through bead 4
        p = saved(initial.revision() + 2);
        for (int k = 0; k <= 3; k++) {
            assertThat(doc(p).beads().get(k).status()).isEqualTo(BeadStatus.CONFIRMED);
        }
        assertThat(doc(p).count(BeadStatus.CONFIRMED)).isEqualTo(4);
        assertThat(driver.findElement(By.id("progress")).getText()).contains("4 / " + doc(p).beads().size());
        String tmx = exportTmx();
        assertThat(tmx.split("<prop type=\"x-status\">confirmed</prop>", -1).length - 1).isEqualTo(4);
    }

    @Test
    void mergeSplitAndUndoChangeTheFile() throws Exception {
        ProjectDocument d0 = doc(initial);
        int n = d0.beads().size();
        ProjectBead b0 = d0.beads().get(0);
        ProjectBead b1 = d0.beads().get(1);
        keys(1, "m"); // merge beads 1 and 2
        ProjectDocument d = doc(saved(initial.revision() + 1));
        assertThat(d.beads()).hasSize(n - 1);
        assertThat(d.beads().get(0).enCount()).isEqualTo(b0.enCount() + b1.enCount());
        assertThat(d.beads().get(0).arCount()).isEqualTo(b0.arCount() + b1.arCount());
        assertThat(rows()).hasSize(n - 1);
        assertThat(rowText(0)).contains(d0.ar().get(b1.arStart()).text());
        keys(1, "s"); // split it again after the first sentence
        d = doc(saved(initial.revision() + 2));
        assertThat(d.beads()).hasSize(n);
        assertThat(d.beads().get(0).enCount()).isEqualTo(1);
        keys(1, "z"); // undo the split
        d = doc(saved(initial.revision() + 3));
        assertThat(d.beads()).hasSize(n - 1);
        keys(1, "z"); // undo the merge: back to the aligner's beads
        d = doc(saved(initial.revision() + 4));
        assertThat(d.beads()).isEqualTo(d0.beads());
        keys(1, "y"); // redo the merge
        d = doc(saved(initial.revision() + 5));
        assertThat(d.beads()).hasSize(n - 1);
        String tmx = exportTmx();
        assertThat(tmx).contains("<prop type=\"x-bead\">" + d.beads().get(0).type() + "</prop>");
        assertThat(tmx.split("<tu ", -1).length - 1).isEqualTo(d.beads().stream().filter(b -> b.enCount() > 0 && b.arCount() > 0).count());
    }

    @Test
    void aSentenceMovesToTheNeighbouringBead() throws Exception {
        ProjectDocument d0 = doc(initial);
        // find a bead with two or more English sentences that has a next bead
        int k = 0;
        while (d0.beads().get(k).enCount() < 2) {
            k++;
        }
        for (int i = 0; i < k; i++) {
            keys(0, "j");
        }
        assertThat(currentBead()).isEqualTo(k);
        int before = opsDone();
        new Actions(driver).keyDown(Keys.ALT).sendKeys(Keys.ARROW_DOWN).keyUp(Keys.ALT).perform(); // its last English sentence goes to the next bead
        waitFor(x -> opsDone() > before);
        ProjectDocument d = doc(saved(initial.revision() + 1));
        assertThat(d.beads().get(k).enCount()).isEqualTo(d0.beads().get(k).enCount() - 1);
        assertThat(d.beads().get(k + 1).enCount()).isEqualTo(d0.beads().get(k + 1).enCount() + 1);
        String moved = d0.en().get(d0.beads().get(k).enEnd() - 1).text();
        assertThat(d.en().get(d.beads().get(k + 1).enStart()).text()).isEqualTo(moved);
        assertThat(rowText(k + 1)).contains(moved);
        String tmx = exportTmx();
        assertThat(tmx).contains(moved);
    }

    @Test
    void realignTheUnconfirmedKeepsTheConfirmedBead() throws Exception {
        ProjectDocument d0 = doc(initial);
        keys(1, "m"); // a wrong merge: beads 1+2
        keys(1, "j", "m"); // and 2+3 (now beads 2 and 3 of the merged list)
        keys(0, "k");
        keys(1, "x"); // reject bead 1
        keys(0, "j", "j");
        keys(1, "c"); // confirm bead 3
        AlignmentProject before = saved(initial.revision() + 4);
        ProjectBead confirmed = doc(before).beads().stream().filter(b -> b.status() == BeadStatus.CONFIRMED).findFirst().orElseThrow();
        keys(1, "R");
        ProjectDocument d = doc(saved(initial.revision() + 5));
        assertThat(d.beads()).contains(confirmed);
        assertThat(d.count(BeadStatus.CONFIRMED)).isEqualTo(1);
        assertThat(d.beads().size()).isGreaterThan(doc(before).beads().size());
        assertThat(ProjectDocument.coverageProblem(d0.en().size(), d0.ar().size(), d.beads())).isNull();
        assertThat(rows()).hasSize(d.beads().size());
    }

    @Test
    void reloadingThePageKeepsTheState() throws Exception {
        keys(1, "m");
        keys(1, "c");
        AlignmentProject p = saved(initial.revision() + 2);
        driver.navigate().refresh(); // the cookie carries the token now
        waitFor(x -> "true".equals(x.findElement(By.tagName("html")).getDomAttribute("data-ready")));
        assertThat(rows()).hasSize(doc(p).beads().size());
        assertThat(driver.findElement(By.cssSelector("#rows .row[data-k='0']")).getAttribute("class")).contains("st-confirmed");
        assertThat(driver.findElement(By.tagName("body")).getDomAttribute("data-revision")).isEqualTo(String.valueOf(p.revision()));
        // and a new edit after the reload goes on from there
        keys(1, "j", "c");
        assertThat(doc(saved(p.revision() + 1)).beads().get(1).status()).isEqualTo(BeadStatus.CONFIRMED);
    }

    @Test
    void aStaleTabGetsAConflictAndNeverOverwrites() throws Exception {
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        try {
            load(server.url());
            keys(1, "c"); // the second tab confirms bead 1
            AlignmentProject p = saved(initial.revision() + 1);
            driver.switchTo().window(first);
            int before = opsDone();
            new Actions(driver).sendKeys("j", "c").perform(); // the first tab still holds the old revision
            WebElement banner = waitFor(d -> {
                WebElement b = d.findElement(By.id("banner"));
                return b.isDisplayed() ? b : null;
            });
            assertThat(banner.getText()).contains("revision");
            assertThat(opsDone()).isEqualTo(before);
            Thread.sleep(1200); // past the save delay: nothing of the stale edit may reach the file
            AlignmentProject after = ProjectFiles.read(tjp);
            assertThat(after.revision()).isEqualTo(p.revision());
            assertThat(doc(p).beads().get(0).status()).as("the other tab's confirmation, saved").isEqualTo(BeadStatus.CONFIRMED);
            assertThat(doc(after).beads().get(0).status()).as("the other tab's confirmation, kept").isEqualTo(BeadStatus.CONFIRMED);
            assertThat(doc(after).beads().get(1).status()).as("the stale tab's edit, not saved")
                    .isEqualTo(doc(initial).beads().get(1).status());
            // reloading from the banner takes the other tab's change, and the next edit goes on from there
            driver.findElement(By.id("banner-reload")).click();
            waitFor(d -> !d.findElement(By.id("banner")).isDisplayed());
            assertThat(driver.findElement(By.cssSelector("#rows .row[data-k='0']")).getAttribute("class")).contains("st-confirmed");
            assertThat(currentBead()).as("the cursor stays where it was (c moved it on)").isEqualTo(2);
            keys(1, "k", "c");
            AlignmentProject last = saved(p.revision() + 1);
            assertThat(doc(last).beads().get(0).status()).as("bead 1 after the reload and the next edit").isEqualTo(BeadStatus.CONFIRMED);
            assertThat(doc(last).beads().get(1).status()).as("bead 2 confirmed after the reload").isEqualTo(BeadStatus.CONFIRMED);
        } finally {
            for (String h : driver.getWindowHandles()) {
                if (!h.equals(first)) {
                    driver.switchTo().window(h).close();
                }
            }
            driver.switchTo().window(first);
        }
    }

    @Test
    void editSplitAndJoinSentences() throws Exception {
        ProjectDocument d0 = doc(initial);
        String first = d0.en().get(0).text();
        keys(0, "e");
        WebElement ta = driver.findElement(By.id("editor-text"));
        assertThat(ta.getDomProperty("value")).isEqualTo(first);
        int cut = first.indexOf(", retired");
        ((JavascriptExecutor) driver).executeScript("arguments[0].setSelectionRange(arguments[1], arguments[1])", ta, cut + 1);
        ta.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        waitFor(x -> opsDone() >= 1);
        ProjectDocument d = doc(saved(initial.revision() + 1));
        assertThat(d.en()).hasSize(d0.en().size() + 1);
        assertThat(d.en().get(0).text()).isEqualTo(first.substring(0, cut + 1).strip());
        assertThat(d.en().get(1).text()).isEqualTo(first.substring(cut + 1).strip());
        assertThat(d.beads().get(0).enCount()).isEqualTo(d0.beads().get(0).enCount() + 1);
        keys(1, "J"); // join them again
        d = doc(saved(initial.revision() + 2));
        assertThat(d.en().get(0).text()).isEqualTo(first.substring(0, cut + 1).strip() + " " + first.substring(cut + 1).strip());
        assertThat(d.en()).hasSize(d0.en().size());
        keys(0, "e");
        ta = driver.findElement(By.id("editor-text"));
        ta.clear();
        ta.sendKeys("<script>alert(1)</script> Edited.", Keys.ENTER);
        waitFor(x -> opsDone() >= 3);
        d = doc(saved(initial.revision() + 3));
        assertThat(d.en().get(0).text()).isEqualTo("<script>alert(1)</script> Edited.");
        assertThat(rowText(0)).contains("<script>alert(1)</script> Edited.");
        assertThat(driver.findElements(By.cssSelector("#rows script"))).isEmpty();
        assertThat(exportTmx()).contains("&lt;script&gt;alert(1)&lt;/script&gt; Edited.");
    }

    @Test
    void theQueueGoesToTheLowScoreBeadsAndTheHelpShowsTheKeys() throws Exception {
        keys(0, "?");
        assertThat(driver.findElement(By.id("help")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("help")).getText()).contains("merge with the next").contains("undo");
        keys(0, Keys.ESCAPE);
        assertThat(driver.findElement(By.id("help")).isDisplayed()).isFalse();
        ProjectDocument d = doc(initial);
        // the "score below 0.8" queue reaches the first bead outside the green band
        int low = -1;
        for (int k = 0; k < d.beads().size() && low < 0; k++) {
            if (d.beads().get(k).score() < 0.8) {
                low = k;
            }
        }
        keys(0, "q"); // queue: low score
        assertThat(driver.findElement(By.id("queue")).getDomProperty("value")).isEqualTo("low");
        keys(0, "n");
        assertThat(low).as("the seed has a bead below 0.8").isPositive();
        assertThat(currentBead()).isEqualTo(low);
        assertThat(driver.findElement(By.cssSelector("#rows .row.cur")).getAttribute("class")).contains("band-medium");
        shot("queue-low-score");
        keys(0, "q"); // not 1-1
        keys(0, "f"); // only those
        int non11 = (int) d.beads().stream().filter(b -> !(b.enCount() == 1 && b.arCount() == 1)).count();
        assertThat(rows().size()).isBetween(non11, non11 + 1);
        keys(0, "n");
        ProjectBead b = d.beads().get(currentBead());
        assertThat(b.enCount() == 1 && b.arCount() == 1).isFalse();
        shot("queue-not-1-1");
    }
}
