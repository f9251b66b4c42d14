package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ledgerline.ivr.testing.HeadlessChromium;
import org.ledgerline.ivr.testing.TestClock;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.dispute.DisputeQuery;
import org.ledgerline.storage.dispute.DisputeStatus;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.testing.TestLedgers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The disputes desk in headless Chromium against a real node (random ports, a fresh embedded
 * ledger with the demo data and demo users): what each role sees and may do, filtering, the chart,
 * the CSV, resolving a dispute, the recording, signing out and an idle session. The node runs on a
 * clock the test moves, so the idle timeout passes without waiting for it.
 */
class DisputesDeskBrowserIT {
    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    private static final Duration IDLE = Duration.ofMinutes(1);
    private static TestClock clock;
    private static RunningServer node;
    private static String base;

    @BeforeAll
    static void startANodeWithTheDemoLedger() {
        clock = new TestClock(RunningServer.CLOCK.instant(), ZoneOffset.UTC);
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of(
                "ledgerline.auth.sessionIdleTimeoutMinutes", Long.toString(IDLE.toMinutes()),
                "ledgerline.recordings.dir", "target/it-recordings"), clock);
        base = "http://127.0.0.1:" + node.server.httpPort();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @BeforeEach
    void startSignedOut() {
        browser.signOutByForgetting(base);
    }

    @Test
    void aCreditManagerFindsTheDisputesDeskInTheNavigation() {
        signIn("manager");

        assertThat(navigation()).contains("Disputes");
        browser.driver().findElement(By.linkText("Disputes")).click();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.disputes tbody tr")));
        assertThat(rows()).isNotEmpty();
        browser.screenshot("desk-list");
    }

    @Test
    void anAuditorReadsEverythingButHasNoButtonsAndIsRefusedAClosing() {
        signIn("auditor");
        long open = dispute(DisputeStatus.OPEN).id();

        assertThat(navigation()).contains("Disputes");
        open("/disputes/" + open);
        assertThat(browser.driver().findElement(By.id("dispute-status")).getText()).isEqualTo("OPEN");
        assertThat(browser.driver().findElements(By.id("close-form"))).isEmpty();
        browser.screenshot("desk-dispute-auditor");
        assertThat(post("/disputes/" + open + "/close", "outcome=RESOLVED&note=auditor+tries")).isEqualTo(403);
        assertThat(node.server.ledger().disputes().findById(open).orElseThrow().status()).isEqualTo(DisputeStatus.OPEN);
    }

    @Test
    void collectorsAndAdminsDoNotSeeTheDeskAndAreRefusedItsAddresses() {
        for (String username : List.of("collector1", "admin")) {
            browser.driver().manage().deleteAllCookies();
            signIn(username);

            assertThat(navigation()).as(username).doesNotContain("Disputes");
            for (String path : List.of("/disputes", "/disputes/by-reason", "/disputes/1", "/recordings/1",
                    "/disputes/by-reason.csv?from=2026-11-01&to=2026-11-30")) {
                assertThat(status(path)).as(username + " " + path).isEqualTo(403);
            }
            open("/disputes");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        }
    }

    @Test
    void filtersDisputesByReasonCodeAndTheFilterStaysInTheUrl() {
        signIn("manager");
        open("/disputes");

        new Select(browser.driver().findElement(By.id("filter-reason"))).selectByVisibleText("Goods damaged");
        browser.driver().findElement(By.cssSelector("#dispute-filters button[type=submit]")).click();
        browser.await().until(ExpectedConditions.urlContains("reason=GOODS_DAMAGED"));

        long seeded = node.server.ledger().disputes().search(DisputeQuery.all().withReasonCode("GOODS_DAMAGED"))
                .total();
        assertThat(rows()).hasSize((int) seeded)
                .allSatisfy(row -> assertThat(row.getAttribute("data-reason")).isEqualTo("GOODS_DAMAGED"));
        assertThat(new Select(browser.driver().findElement(By.id("filter-reason"))).getFirstSelectedOption().getText())
                .isEqualTo("Goods damaged");
        browser.driver().navigate().refresh();
        assertThat(rows()).hasSize((int) seeded);
        browser.screenshot("desk-list-filtered");
    }

    @Test
    void theReportDrawsABarPerReasonCodeAndTheCsvDownloads() {
        signIn("manager");
        LocalDate today = LocalDate.now(clock);
        String period = "from=" + today.minusDays(89) + "&to=" + today;
        open("/disputes/by-reason?" + period);

        List<WebElement> bars = browser.driver().findElements(By.cssSelector("svg.reason-chart g.chart-row"));
        assertThat(bars).extracting(bar -> bar.getAttribute("data-reason")).containsExactly("PRICING_ERROR",
                "GOODS_DAMAGED",
                "NOT_RECEIVED", "DUPLICATE_BILLING", "QUANTITY_MISMATCH", "OTHER");
        assertThat(bars).allSatisfy(bar -> assertThat(Integer.parseInt(bar.getAttribute("data-count"))).isPositive());
        browser.screenshot("desk-by-reason");

        String href = browser.driver().findElement(By.id("csv-download")).getAttribute("href");
        assertThat(href).endsWith("/disputes/by-reason.csv?" + period);
        @SuppressWarnings("unchecked")
        Map<String, Object> csv = (Map<String, Object>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text().then(text => done({status: r.status,
                    type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'), text})));
                """, href);
        assertThat(csv).isNotNull();
        assertThat(csv.get("status")).isEqualTo(200L);
        assertThat((String) csv.get("type")).startsWith("text/csv");
        assertThat((String) csv.get("disposition")).startsWith("attachment; filename=\"disputes-by-reason-");
        String text = (String) csv.get("text");
        assertThat(text).isNotNull();
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).hasSize(7);
        assertThat(lines.getFirst()).isEqualTo("reason_code,reason,currency,disputes,disputed_amount,open_balance");
    }

    @Test
    void aCreditManagerResolvesADisputeWithANoteAndSeesItInTheHistory() {
        signIn("manager");
        long id = dispute(DisputeStatus.OPEN).id();
        open("/disputes/" + id);

        browser.driver().findElement(By.id("note")).sendKeys("Credit note CN-1001 issued <for> the damaged cartons");
        browser.screenshot("desk-dispute-open");
        browser.driver().findElement(By.id("resolve")).click();

        browser.await().until(ExpectedConditions.textToBe(By.id("dispute-status"), "RESOLVED"));
        List<WebElement> history = browser.driver().findElements(By.cssSelector("#history li"));
        assertThat(history.getLast().getText()).contains("Resolved", "by manager",
                "Credit note CN-1001 issued <for> the damaged cartons");
        assertThat(browser.driver().findElements(By.id("close-form"))).isEmpty();
        assertThat(node.server.ledger().audit().findBySubject("dispute", Long.toString(id)).getLast().actor())
                .isEqualTo("manager");
        browser.screenshot("desk-dispute-resolved");
    }

    @Test
    void theDisputePagePlaysTheCallersRecording() {
        signIn("manager");
        DisputeView recorded = node.server.ledger().disputes()
                .search(DisputeQuery.all().withPage(DisputeQuery.MAX_LIMIT, 0))
                .items().stream().filter(d -> d.recordingId() != null).findFirst().orElseThrow();
        open("/disputes/" + recorded.id());

        WebElement audio = browser.driver().findElement(By.id("description-audio"));
        assertThat(audio.getAttribute("src")).isEqualTo(base + "/recordings/" + recorded.recordingId());
        browser.await().until(driver -> ((Number) Objects.requireNonNull(browser.driver().executeScript(
                "return document.getElementById('description-audio').readyState"))).intValue() >= 1);
        assertThat(((Number) Objects.requireNonNull(browser.driver().executeScript(
                "return document.getElementById('description-audio').duration"))).doubleValue()).isGreaterThan(1.0);
        browser.screenshot("desk-dispute");
    }

    @Test
    void hostileFilterInputGetsA400PageThatShowsItAsText() {
        signIn("manager");
        String hostile = "/disputes?reason=%3Cscript%3Ealert(1)%3C/script%3E&customerId=1%27%20or%201=1--";

        assertThat(status(hostile)).isEqualTo(400);
        open(hostile);
        assertThat(browser.driver().findElement(By.id("problem")).getText()).contains("<script>alert(1)</script>");
        assertThat(browser.driver().findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.driver().findElement(By.linkText("Back to all disputes")).getAttribute("href"))
                .endsWith("/disputes");
        browser.screenshot("desk-bad-filter");
        assertThat(status("/disputes/by-reason?from=yesterday&to=%3Cb%3E")).isEqualTo(400);
        assertThat(status("/disputes/999999999")).isEqualTo(404);
        assertThat(status("/disputes/%27%3B--")).isEqualTo(404);
    }

    @Test
    void signingOutEndsTheSessionAndTheDeskAsksForSignIn() {
        signIn("manager");
        open("/disputes");

        browser.driver().findElement(By.cssSelector("form.sign-out button")).click();

        browser.await().until(ExpectedConditions.urlContains("/sign-in"));
        browser.driver().get(base + "/disputes");
        browser.await().until(ExpectedConditions.urlContains("/sign-in?next=%2Fdisputes"));
    }

    @Test
    void aSessionIdleLongerThanTheTimeoutIsSentToSignIn() {
        signIn("manager");
        open("/disputes");

        clock.advance(IDLE.plusSeconds(1));
        browser.driver().navigate().refresh();

        browser.await().until(ExpectedConditions.urlContains("/sign-in?next=%2Fdisputes"));
    }

    private static void signIn(String username) {
        browser.signIn(base, username, DemoUsers.DEMO_PASSWORD);
    }

    private static void open(String path) {
        browser.driver().get(base + path);
    }

    private static List<String> navigation() {
        return browser.navigation();
    }

    private static List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("table.disputes tbody tr"));
    }

    private static DisputeView dispute(DisputeStatus status) {
        return node.server.ledger().disputes().search(DisputeQuery.all().withStatus(status)).items().getFirst();
    }

    /** The HTTP status of a GET from inside the signed-in page (same cookies, no redirect followed). */
    private static int status(String path) {
        return ((Number) Objects.requireNonNull(browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {redirect: 'manual'}).then(r => done(r.status));
                """, path))).intValue();
    }

    /** A form POST from inside the page with the session's CSRF token, as a crafted request would send it. */
    private static int post(String path, String form) {
        return ((Number) Objects.requireNonNull(browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const csrf = document.querySelector('input[name=_csrf]').value;
                fetch(arguments[0], {method: 'POST', redirect: 'manual',
                    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                    body: arguments[1] + '&_csrf=' + encodeURIComponent(csrf)}).then(r => done(r.status));
                """, path, form))).intValue();
    }
}
