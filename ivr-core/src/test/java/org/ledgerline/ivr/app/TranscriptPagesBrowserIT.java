package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ledgerline.ivr.prompt.FreeTtsSpeechSynthesizer;
import org.ledgerline.ivr.prompt.SpeechSynthesizer;
import org.ledgerline.ivr.testing.HeadlessChromium;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.testing.TranscriptRows;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The auditor's pages end to end in headless Chromium (issue 10 item 10): a collector call of
 * collector1 with real speech (FreeTTS, 8 kHz like a phone line) on both legs and the mix, its
 * transcript with the customer's spoken promise 3.5 s in, which the ledger does not hold. The
 * auditor finds the phrase, sees it is the customer's, opens it and the player stands at 3.5 s; the
 * report lists the promise nobody logged; collector2 searching the same phrase finds nothing.
 */
class TranscriptPagesBrowserIT {
    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    private static final int BYTES_PER_MS = 16;
    private static final int PROMISE_MS = 3500;
    /** When the seeded calls started: a day or an hour ago, so the report's default period holds them. */
    private static Instant called = Instant.EPOCH;
    private static final Path RECORDINGS = Path.of("target", "it-recordings-pages").toAbsolutePath();

    private static RunningServer node;
    private static Ledger ledger;
    private static String base;
    private static long transcript;

    @BeforeAll
    static void startNodeWithASpokenCall() throws IOException {
        called = Instant.now().minusSeconds(3600);
        Files.createDirectories(RECORDINGS);
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of("ledgerline.recordings.dir", RECORDINGS.toString()));
        ledger = node.server.ledger();
        base = "http://127.0.0.1:" + node.server.httpPort();
        TranscriptRows rows = new TranscriptRows(ledger);
        var account = ledger.accounts().findByAccountNumber("100010").orElseThrow();
        long collector1 = ledger.users().findByUsername("collector1").orElseThrow().id();
        long call = rows.collectorCall(collector1, account.customerId(), account.id(), called, "CONVERSATION");
        ledger.jdbc().update("test: insert call", """
                insert into calls (call_id, direction, flow, account_id, started_at)
                values ('collector-browser-it-1', 'outbound', 'collector', ?, ?)
                """, account.id(), called);
        ledger.jdbc().update("test: link call", "update collector_calls set call_id = ? where id = ?",
                "collector-browser-it-1", call);

        String collectorSaid = "I am calling about your past due invoice";
        String customerSaid = "I can pay two hundred dollars on Friday";
        SpeechSynthesizer voice = new FreeTtsSpeechSynthesizer();
        byte[] collectorSpeech = voice.synthesize(collectorSaid);
        byte[] customerSpeech = voice.synthesize(customerSaid);
        int totalMs = PROMISE_MS + customerSpeech.length / BYTES_PER_MS + 1500;
        byte[] collectorLeg = leg(totalMs, 0, collectorSpeech);
        byte[] customerLeg = leg(totalMs, PROMISE_MS, customerSpeech);
        writeWav(collectorLeg, "pages-" + call + "-collector.wav");
        writeWav(customerLeg, "pages-" + call + "-customer.wav");
        writeWav(mix(collectorLeg, customerLeg), "pages-" + call + "-mix.wav");
        for (String leg : List.of("collector", "customer", "mix")) {
            rows.callRecording(call, leg.toUpperCase(java.util.Locale.ROOT), "pages-" + call + "-" + leg + ".wav",
                    called);
        }
        transcript = rows.collectorTranscript(call);
        rows.segment(transcript, 0, "COLLECTOR", 0, collectorSaid.toLowerCase(java.util.Locale.ROOT));
        rows.segment(transcript, 1, "CUSTOMER", PROMISE_MS, customerSaid.toLowerCase(java.util.Locale.ROOT),
                "200 200.00", true);
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
    void anAuditorFindsThePhrasePlaysItFromTheHitAndSeesItInTheReport() {
        signIn("auditor");
        assertThat(navigation()).contains("Transcripts", "Promise check");
        browser.driver().findElement(By.linkText("Transcripts")).click();
        browser.driver().findElement(By.id("q")).sendKeys("\"two hundred dollars\"");
        browser.driver().findElement(By.id("search-button")).click();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits li.hit")));

        List<WebElement> hits = browser.driver().findElements(By.cssSelector("#hits li.hit"));
        assertThat(hits).hasSize(1);
        WebElement hit = hits.getFirst();
        assertThat(hit.findElement(By.cssSelector(".speaker")).getAttribute("textContent")).isEqualTo("Customer");
        assertThat(hit.findElement(By.cssSelector(".offset")).getText()).isEqualTo("0:03");
        assertThat(hit.findElements(By.cssSelector(".snippet mark"))).extracting(WebElement::getText)
                .containsExactly("two", "hundred", "dollars");
        browser.screenshot("transcript-search");

        hit.findElement(By.cssSelector("a.open")).click();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("call-audio")));
        assertThat(playerPosition()).as("the player starts at the hit").isCloseTo(PROMISE_MS / 1000.0, within(0.5));
        assertThat(browser.driver().findElements(By.cssSelector("#timeline li.segment")))
                .extracting(line -> line.getAttribute("data-speaker")).containsExactly("Collector", "Customer");
        WebElement promise = browser.driver().findElement(By.cssSelector("#timeline li.segment.selected"));
        assertThat(promise.getText()).contains("two hundred dollars", "Spoken promise");
        String promiseSegment = Objects.requireNonNull(promise.getAttribute("id")).replace("segment-", "");
        assertThat(browser.driver().findElement(By.id("ledger-promises")).findElements(By.tagName("li"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#legs a"))).hasSize(3);
        browser.screenshot("transcript-view");

        LocalDate day = called.atZone(ZoneOffset.UTC).toLocalDate();
        browser.driver().get(base + "/transcripts/reconciliation?from=" + day.minusDays(1) + "&to=" + day.plusDays(1));
        WebElement unlogged = browser.driver().findElement(By.id("finding-SPOKEN_NOT_LOGGED"));
        assertThat(unlogged.getAttribute("data-count")).isEqualTo("1");
        assertThat(browser.driver().findElement(By.cssSelector("svg.findings-chart g[data-finding=SPOKEN_NOT_LOGGED]"))
                .getAttribute("data-count")).isEqualTo("1");
        browser.screenshot("transcript-reconciliation");
        unlogged.findElement(By.cssSelector("a.said-link")).click();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("call-audio")));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/transcripts/" + transcript + "?segment="
                + promiseSegment);
        assertThat(playerPosition()).isCloseTo(PROMISE_MS / 1000.0, within(0.5));
    }

    @Test
    void anotherCollectorSearchingThePhraseFindsNothing() {
        signIn("collector2");
        browser.driver().get(base + "/transcripts");
        browser.driver().findElement(By.id("q")).sendKeys("\"two hundred dollars\"");
        browser.driver().findElement(By.id("search-button")).click();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("search-summary")));

        assertThat(browser.driver().findElements(By.cssSelector("#hits li.hit"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("search-summary")).getText()).startsWith("0 matches");
    }

    /** The audio element's current time once it has its metadata (readyState 1 or more). */
    private static double playerPosition() {
        browser.await().until(driver -> ((Number) Objects.requireNonNull(browser.driver().executeScript(
                "return document.getElementById('call-audio').readyState;"))).intValue() >= 1);
        browser.await().until(driver -> ((Number) Objects.requireNonNull(browser.driver().executeScript(
                "return document.getElementById('call-audio').currentTime;"))).doubleValue() > 0);
        return ((Number) Objects.requireNonNull(browser.driver().executeScript(
                "return document.getElementById('call-audio').currentTime;"))).doubleValue();
    }

    private static byte[] leg(int totalMs, int atMs, byte[] speech) {
        byte[] pcm = new byte[totalMs * BYTES_PER_MS];
        System.arraycopy(speech, 0, pcm, atMs * BYTES_PER_MS,
                Math.min(speech.length, pcm.length - atMs * BYTES_PER_MS));
        return pcm;
    }

    private static byte[] mix(byte[] a, byte[] b) {
        byte[] out = new byte[a.length];
        for (int i = 0; i + 1 < a.length; i += 2) {
            int sum = (short) ((a[i] & 0xff) | (a[i + 1] << 8)) + (short) ((b[i] & 0xff) | (b[i + 1] << 8));
            short clipped = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sum));
            out[i] = (byte) clipped;
            out[i + 1] = (byte) (clipped >> 8);
        }
        return out;
    }

    private static void writeWav(byte[] pcm, String name) throws IOException {
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm),
                SpeechSynthesizer.TELEPHONY_FORMAT, pcm.length / 2)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, RECORDINGS.resolve(name).toFile());
        }
    }

    private static void signIn(String username) {
        browser.signIn(base, username, DemoUsers.DEMO_PASSWORD);
    }

    private static List<String> navigation() {
        return browser.navigation();
    }
}
