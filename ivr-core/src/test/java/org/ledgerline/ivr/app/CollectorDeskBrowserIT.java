package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ledgerline.ivr.simulator.ami.AmiAccount;
import org.ledgerline.ivr.simulator.ami.AmiEmulator;
import org.ledgerline.ivr.simulator.ami.EmulatedCall;
import org.ledgerline.ivr.simulator.ami.OriginatePlan;
import org.ledgerline.ivr.testing.HeadlessChromium;
import org.ledgerline.ivr.testing.TestClock;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.collector.NewCallRecording;
import org.ledgerline.storage.collector.NewCollectorCall;
import org.ledgerline.storage.collector.RecordingLeg;
import org.ledgerline.storage.contact.GateVerdict;
import org.ledgerline.storage.promise.Promise;
import org.ledgerline.storage.testing.TestLedgers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The collector's desk in headless Chromium against a real node with AMI on the emulator and the
 * demo ledger. The node's clock is Tuesday 2026-11-24 19:00 UTC (a {@link TestClock}): inside every
 * US zone's calling window, so collector1's accounts the demo gives call history or flags are
 * refused by the rules (seven calls, a recent conversation, do not call, a stated inconvenient time)
 * and the others may be called.
 */
class CollectorDeskBrowserIT {
    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static AmiEmulator ami;
    private static RunningServer node;
    private static Ledger ledger;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        ami = new AmiEmulator(List.of(AmiAccount.ledgerline(PaymentNode.AMI_USER, PaymentNode.AMI_SECRET)));
        ami.start(0);
        LedgerSettings database = TestLedgers.newDatabase();
        Map<String, String> properties = new HashMap<>(Map.of(
                "ledgerline.ami.enabled", "true",
                "ledgerline.ami.host", "127.0.0.1",
                "ledgerline.ami.port", Integer.toString(ami.port()),
                "ledgerline.ami.username", PaymentNode.AMI_USER,
                "ledgerline.ami.secret", PaymentNode.AMI_SECRET,
                "ledgerline.recordings.dir", "target/it-recordings"));
        node = RunningServer.on(database, properties,
                new TestClock(Instant.parse("2026-11-24T19:00:00Z"), ZoneOffset.UTC));
        assertThat(ami.awaitLogins(1, WAIT)).isTrue();
        ledger = Ledger.open(database);
        base = "http://127.0.0.1:" + node.server.httpPort();
    }

    @AfterAll
    static void stop() throws Exception {
        ledger.close();
        node.close();
        ami.close();
    }

    @BeforeEach
    void startSignedOut() {
        browser.signOutByForgetting(base);
    }

    @Test
    void theWorklistMarksWhoMayBeCalledNowAndSaysWhyNotForTheOthers() {
        signIn("collector1");

        assertThat(navigation()).contains("My worklist");
        browser.driver().findElement(By.linkText("My worklist")).click();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("worklist")));
        List<WebElement> rows = rows();
        assertThat(rows).extracting(row -> row.getAttribute("data-account"))
                .contains("100038", "100039", "100040", "100041").doesNotContain("100045");
        assertThat(rows).filteredOn(row -> "true".equals(row.getAttribute("data-callable")))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.findElement(By.cssSelector(".marker-go")).getText())
                        .contains("Call now"));
        WebElement sevenCalls = row("100038");
        assertThat(sevenCalls.getAttribute("data-callable")).isEqualTo("false");
        assertThat(sevenCalls.findElement(By.cssSelector(".marker-stop")).getAttribute("data-reason"))
                .isEqualTo("TOO_MANY_CALLS");
        assertThat(sevenCalls.findElement(By.cssSelector(".why")).getText()).contains("seven calls", "Next:");
        assertThat(row("100040").findElement(By.cssSelector(".why")).getText())
                .contains("asked not to be called");
        assertThat(rows.getFirst().findElements(By.cssSelector("svg.bar rect.bar-fill"))).hasSize(2);
        browser.screenshot("collector-worklist");
    }

    @Test
    void pressingCallShowsTheCallsProgressAndThePromiseAndDisputeLoggedOnItLandOnce() throws Exception {
        signIn("collector1");
        open("/desk");
        WebElement callable = rows().stream().filter(row -> "true".equals(row.getAttribute("data-callable")))
                .findFirst().orElseThrow();
        String accountNumber = Objects.requireNonNull(callable.getAttribute("data-account"));
        long accountId = ledger.accounts().findByAccountNumber(accountNumber).orElseThrow().id();
        long customerId = ledger.accounts().findById(accountId).orElseThrow().customerId();
        String number = ledger.contactDetails().phonesOf(customerId).getFirst().phoneNumber();
        ami.planOriginates(OriginatePlan.answeredThen(call -> call
                .dialCustomer("PJSIP/carrier-00000071", "customer-leg-71", number)
                .customerAnswers("bridge-71")));
        callable.findElement(By.cssSelector("a.account-link")).click();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("call-button")));
        assertThat(browser.driver().findElement(By.id("callable-marker")).getText()).contains("May be called now");

        browser.driver().findElement(By.id("call-button")).click();

        browser.await().until(ExpectedConditions.attributeToBe(By.id("call-status"), "data-phase", "bridged"));
        assertThat(browser.driver().findElement(By.id("call-phase-text")).getText()).contains("Connected");
        browser.screenshot("collector-call-connected");
        String callId = Objects.requireNonNull(
                browser.driver().findElement(By.id("call-status")).getAttribute("data-call-id"));
        EmulatedCall call = ami.awaitCall(callId, WAIT).orElseThrow();
        call.customerHangsUp();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("call-status"), "data-phase", "ended"));
        assertThat(new Select(browser.driver().findElement(By.id("promise-call"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(callId);

        browser.driver().findElement(By.id("promise-amount")).sendKeys("25.50");
        browser.driver().executeScript("document.getElementById('promise-date').value = '2026-12-01'");
        // A double submit: the same form posted twice at once, as a double click or a flaky network sends it.
        Object statuses = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('promise-form');
                const post = () => fetch(form.action, {method: 'POST', redirect: 'manual',
                    body: new URLSearchParams(new FormData(form))});
                Promise.all([post(), post()]).then(rs => done(rs.map(r => r.type)));
                """);
        assertThat(statuses).isEqualTo(List.of("opaqueredirect", "opaqueredirect"));
        browser.driver().navigate().refresh();
        String callRef = "collector-" + callId.replaceAll("[^0-9A-Za-z]", "-");
        List<Promise> promises = ledger.promises().findByAccount(accountId, 50).stream()
                .filter(p -> callRef.equals(p.callId())).toList();
        assertThat(promises).singleElement()
                .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("25.50"));
        assertThat(browser.driver().findElements(By.cssSelector("#promise-list tr[data-reference='"
                + promises.getFirst().referenceNumber() + "']"))).hasSize(1);
        assertThat(ledger.calls().findById(callRef)).isPresent();

        new Select(browser.driver().findElement(By.id("dispute-call"))).selectByValue(callId);
        new Select(browser.driver().findElement(By.id("dispute-reason"))).selectByValue("GOODS_DAMAGED");
        browser.driver().findElement(By.id("dispute-submit")).click();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dispute-list tbody tr")));
        assertThat(browser.driver().findElement(By.id("notice")).getText()).startsWith("Recorded, reference");
        assertThat(ledger.disputes().search(org.ledgerline.storage.dispute.DisputeQuery.all()
                .withCustomerId(customerId)).items()).filteredOn(d -> callRef.equals(d.callId()))
                .singleElement().satisfies(d -> assertThat(d.reasonCode()).isEqualTo("GOODS_DAMAGED"));
        browser.screenshot("collector-account-after-call");
    }

    @Test
    void aCallTheGateRefusesShowsTheReasonInPlainWords() {
        signIn("collector1");
        long refused = ledger.accounts().findByAccountNumber("100040").orElseThrow().id();
        open("/desk/accounts/" + refused);
        assertThat(browser.driver().findElement(By.id("callable-reason")).getText()).contains("asked not to be called");

        browser.driver().findElement(By.id("call-button")).click();

        browser.await().until(ExpectedConditions.attributeToBe(By.id("call-status"), "data-phase", "denied"));
        assertThat(browser.driver().findElement(By.id("call-phase-text")).getText())
                .startsWith("Not placed: The customer asked not to be called.");
    }

    @Test
    void pastCallsOfferEachLegsRecordingAsAudio() {
        long accountId = ledger.accounts().findByAccountNumber("100041").orElseThrow().id();
        long customerId = ledger.accounts().findById(accountId).orElseThrow().customerId();
        long collector1 = ledger.users().findByUsername("collector1").orElseThrow().id();
        Instant at = Instant.parse("2026-11-20T17:00:00Z");
        CollectorCall recorded = ledger.collectorCalls().record(new NewCollectorCall("browser-recorded-1", collector1,
                customerId, accountId, "PJSIP/2001", "6025550144", GateVerdict.allow(), true, null, null, null, at));
        for (RecordingLeg leg : RecordingLeg.values()) {
            ledger.callRecordings().register(new NewCallRecording(recorded.id(), leg,
                    "collector-browser-recorded-1-" + leg.name().toLowerCase(java.util.Locale.ROOT) + ".wav", at));
        }
        signIn("collector1");

        open("/desk/accounts/" + accountId);

        WebElement row = browser.driver()
                .findElement(By.cssSelector("#call-list tr[data-call='" + recorded.id() + "']"));
        assertThat(row.findElements(By.tagName("audio"))).extracting(audio -> audio.getAttribute("data-leg"),
                audio -> audio.getAttribute("src")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mix",
                                base + "/recordings/collector-calls/" + recorded.id() + "/mix"),
                        org.assertj.core.groups.Tuple.tuple("collector",
                                base + "/recordings/collector-calls/" + recorded.id() + "/collector"),
                        org.assertj.core.groups.Tuple.tuple("customer",
                                base + "/recordings/collector-calls/" + recorded.id() + "/customer"));
        browser.screenshot("collector-account-recordings");
    }

    @Test
    void anotherCollectorsAccountIsRefused() {
        signIn("collector1");
        long theirs = ledger.accounts().findByAccountNumber("100045").orElseThrow().id();

        open("/desk/accounts/" + theirs);

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(browser.driver().getPageSource()).doesNotContain("Red Rock Outfitters");
        assertThat(status("/desk/accounts/" + theirs)).isEqualTo(403);
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
        return browser.driver().findElements(By.cssSelector("#worklist tbody tr"));
    }

    private static WebElement row(String accountNumber) {
        return browser.driver().findElement(By.cssSelector("#worklist tbody tr[data-account='" + accountNumber + "']"));
    }

    private static int status(String path) {
        return ((Number) Objects.requireNonNull(browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {redirect: 'manual'}).then(r => done(r.status));
                """, path))).intValue();
    }
}
