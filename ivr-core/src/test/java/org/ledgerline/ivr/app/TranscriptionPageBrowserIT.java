package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ledgerline.ivr.http.TranscriptionRoutes;
import org.ledgerline.ivr.testing.HeadlessChromium;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.transcription.JobStatus;
import org.ledgerline.storage.transcription.TranscriptionJob;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The {@code /transcription} page in headless Chromium against a demo node (transcription off, so the
 * queue holds still): the progress bar and counts, a parked job with its error, Retry for an admin
 * (queued again, audited) and none for an auditor; collectors neither see nor reach the page.
 */
class TranscriptionPageBrowserIT {
    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    private static final String PARKED_ERROR = "demo-collector-call-1-customer.wav is not a WAV file the engine can read";
    private static RunningServer node;
    private static Ledger ledger;
    private static String base;

    @BeforeAll
    static void startADemoNode() {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of());
        ledger = node.server.ledger();
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
    void anAdminSeesTheProgressAndQueuesAParkedJobAgain() {
        long parked = parkedJob();
        markOneDone(parked);
        signIn("admin");

        assertThat(navigation()).contains("Transcription");
        browser.driver().findElement(By.linkText("Transcription")).click();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("queue-progress")));

        Map<JobStatus, Long> counts = ledger.transcriptionJobs().countByStatus();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long done = counts.getOrDefault(JobStatus.DONE, 0L);
        WebElement bar = browser.driver().findElement(By.id("queue-progress"));
        assertThat(bar.getDomAttribute("max")).isEqualTo("100");
        assertThat(bar.getDomAttribute("value")).isEqualTo(String.valueOf(100 * done / total));
        assertThat(browser.driver().findElement(By.id("queue-done")).getText())
                .startsWith(done + " of " + total + " jobs done");
        assertThat(count("PARKED")).isEqualTo("1");
        assertThat(count("QUEUED")).isEqualTo(String.valueOf(counts.getOrDefault(JobStatus.QUEUED, 0L)));
        WebElement row = browser.driver().findElement(By.cssSelector("#parked-jobs tr[data-job='" + parked + "']"));
        assertThat(row.findElement(By.className("parked-error")).getText()).isEqualTo(PARKED_ERROR);
        browser.screenshot("transcription-admin");

        row.findElement(By.cssSelector("form.retry-form button")).click();
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("no-parked")));

        assertThat(ledger.transcriptionJobs().findById(parked).orElseThrow())
                .extracting(TranscriptionJob::status, TranscriptionJob::attempts)
                .containsExactly(JobStatus.QUEUED, 0);
        assertThat(count("PARKED")).isEqualTo("0");
        assertThat(ledger.jdbc().query("audit", "select actor from audit_log where action = ?",
                r -> r.getString("actor"), TranscriptionRoutes.RETRY_ACTION)).containsExactly("admin");
    }

    @Test
    void anAuditorReadsTheQueueWithoutRetryAndACollectorIsRefused() {
        parkedJob();
        signIn("auditor");
        open("/transcription");

        assertThat(browser.driver().findElement(By.id("queue-progress")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector("form.retry-form"))).isEmpty();

        browser.driver().manage().deleteAllCookies();
        signIn("collector1");
        assertThat(navigation()).doesNotContain("Transcription");
        open("/transcription");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
    }

    /** Parks one job (the first demo call's), once: the node does not transcribe, so nothing else moves. */
    private static synchronized long parkedJob() {
        long callId = ledger.collectorCalls().findByIdempotencyKey("demo-collector-call-1").orElseThrow().id();
        TranscriptionJob job = ledger.transcriptionJobs().findByCollectorCall(callId).orElseThrow();
        if (job.status() == JobStatus.PARKED) {
            return job.id();
        }
        ledger.jdbc().update("test: only this job is due",
                "update transcription_jobs set not_before = now() + interval '1 day' where id <> ?", job.id());
        TranscriptionJob claimed = ledger.transcriptionJobs().claim("test-worker", Duration.ofMinutes(1)).orElseThrow();
        assertThat(claimed.id()).isEqualTo(job.id());
        assertThat(ledger.transcriptionJobs().fail(job.id(), "test-worker", PARKED_ERROR, Duration.ZERO, 1))
                .contains(JobStatus.PARKED);
        return job.id();
    }

    /** Marks one other job DONE by hand, so the bar is neither empty nor full. */
    private static void markOneDone(long except) {
        ledger.jdbc().update("test: one job done", """
                update transcription_jobs set status = 'DONE', finished_at = now()
                 where id = (select min(id) from transcription_jobs where id <> ? and status = 'QUEUED')
                """, except);
    }

    private static String count(String status) {
        return browser.driver().findElement(By.cssSelector("[data-count-of='" + status + "']")).getText();
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
}
