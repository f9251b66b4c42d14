package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.simulator.TranscriptEntry;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.dispute.DisputeStatus;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.promise.Promise;
import org.ledgerline.storage.recording.Recording;
import org.ledgerline.storage.recording.RecordingKind;
import org.ledgerline.storage.seed.DemoSeeder;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * Promise and dispute calls end to end: an emulated Asterisk drives the self-serve line over
 * FastAGI against a seeded PostgreSQL ledger, and escalation emails go to a real in-process SMTP
 * server (GreenMail). Every disputed amount escalates here (threshold 1.00) and transfers.
 */
class PromiseAndDisputeServerIT {
    private static final String PERSON = "ledgerline-agents,s,1";
    private static final String LINK_BASE = "http://ledgerline.test:8080";
    private static GreenMail smtp;
    private static RunningServer node;

    @BeforeAll
    static void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of(
                "ledgerline.mail.host", "127.0.0.1",
                "ledgerline.mail.port", Integer.toString(smtp.getSmtp().getPort()),
                "ledgerline.mail.starttls", "DISABLED",
                "ledgerline.mail.creditManager", "credit@ledgerline.test",
                "ledgerline.disputes.escalationAmount", "1.00",
                "ledgerline.recordings.publicBaseUrl", LINK_BASE,
                "ledgerline.promises.settlementEnabled", "false",
                "ledgerline.mail.outbox.pollIntervalMs", "200"));
    }

    @AfterAll
    static void stop() {
        node.close();
        smtp.stop();
    }

    @Test
    void aPromiseCallLandsOnceAndTheSameCallRetriedDoesNotDuplicateIt() {
        AgiEnvironment env = AgiEnvironment.sipCall("selfserve", DemoSeeder.DEMO_PHONE_NUMBER);
        String keys = DemoSeeder.DEMO_PIN + "# 4 100*25# 1201# 1 *";

        CallTranscript first = node.call(env, keys);
        CallTranscript retried = node.call(env, keys);

        for (CallTranscript call : List.of(first, retried)) {
            // Keys barge in, so the caller hears each prompt only up to the key that answers it.
            assertThat(call.promptKeys()).containsSubsequence("promise-enter-amount",
                    "promise-enter-date", "promise-readback-amount", "promise-recorded",
                    "promise-reference", "selfserve-goodbye");
            assertThat(call.serverHungUp()).isTrue();
        }
        Promise promise = ledger().promises().findByIdempotencyKey(env.uniqueId() + "/promise/1").orElseThrow();
        assertThat(promise.amount()).isEqualByComparingTo("100.25");
        assertThat(promise.promisedFor()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(promise.invoiceIds()).containsExactly(oldestOpenInvoice().id());
        assertThat(count("select count(*) from promises_to_pay where call_id = ?", env.uniqueId())).isEqualTo(1);
    }

    @Test
    void aDisputeWithARecordedDescriptionLandsOnceEscalatesEmailsTheCreditManagerAndTransfers() throws Exception {
        Invoice invoice = oldestOpenInvoice();
        AgiEnvironment env = AgiEnvironment.sipCall("selfserve", DemoSeeder.DEMO_PHONE_NUMBER);

        CallTranscript call = node.call(env, DemoSeeder.DEMO_PIN + "# 5 " + invoice.invoiceNumber() + "# 1 1 # 1");

        assertThat(call.promptKeys()).containsSubsequence("dispute-enter-invoice", "dispute-choose-reason",
                "dispute-offer-recording", "dispute-record-after-tone", "dispute-recording-kept",
                "dispute-readback-invoice",
                "dispute-recorded", "dispute-reference", "dispute-escalated-transfer", "call-transfer-to-person");
        assertThat(call.transferDestination()).contains(PERSON);
        assertThat(call.missingSounds()).as("nothing a bare Asterisk lacks, not even a beep").isEmpty();
        List<TranscriptEntry.RecordingMade> recorded = call.entriesOf(TranscriptEntry.RecordingMade.class);
        assertThat(recorded).singleElement().satisfies(made -> assertThat(made.file())
                .isEqualTo(node.config.recordings().dir() + "/" + env.uniqueId().replaceAll("[^A-Za-z0-9.-]", "-")
                        + "-dispute-recording-1"));

        DisputeView dispute = ledger().disputes().findByIdempotencyKey(env.uniqueId() + "/dispute/1").orElseThrow();
        assertThat(dispute.status()).isEqualTo(DisputeStatus.ESCALATED);
        assertThat(dispute.reasonCode()).isEqualTo("PRICING_ERROR");
        assertThat(dispute.invoiceId()).isEqualTo(invoice.id());
        assertThat(count("select count(*) from disputes where call_id = ?", env.uniqueId())).isEqualTo(1);
        assertThat(ledger().invoices().findOpenInvoices(demoAccount().id()))
                .filteredOn(open -> open.id() == invoice.id())
                .singleElement().extracting(Invoice::status).isEqualTo(InvoiceStatus.DISPUTED);
        Long recordingId = dispute.recordingId();
        assertThat(recordingId).as("the recorded description").isNotNull();
        Recording recording = ledger().recordings().findById(recordingId).orElseThrow();
        assertThat(recording.kind()).isEqualTo(RecordingKind.DISPUTE_DESCRIPTION);
        assertThat(recording.callId()).isEqualTo(env.uniqueId());

        assertThat(smtp.waitForIncomingEmail(15_000, 1)).as("escalation email arrived").isTrue();
        MimeMessage email = emailAbout(dispute);
        assertThat(email.getAllRecipients()).extracting(Object::toString).containsExactly("credit@ledgerline.test");
        assertThat(email.getSubject()).contains(dispute.referenceNumber(), invoice.invoiceNumber());
        assertThat(GreenMailUtil.getBody(email)).contains(
                "Dispute reference: " + dispute.referenceNumber(),
                "Invoice number: " + invoice.invoiceNumber(),
                LINK_BASE + "/recordings/" + recording.id());

        CallTranscript retried = node.call(env, DemoSeeder.DEMO_PIN + "# 5 " + invoice.invoiceNumber() + "# H");
        assertThat(retried.promptKeys()).contains("dispute-already-disputed");
        assertThat(count("select count(*) from disputes where call_id = ?", env.uniqueId())).isEqualTo(1);
    }

    private static MimeMessage emailAbout(DisputeView dispute) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().contains(dispute.referenceNumber())) {
                return message;
            }
        }
        throw new AssertionError("no email about dispute " + dispute.referenceNumber());
    }

    private static Ledger ledger() {
        return node.server.ledger();
    }

    private static Account demoAccount() {
        return ledger().accounts().findByAccountNumber(DemoSeeder.DEMO_ACCOUNT_NUMBER).orElseThrow();
    }

    /** The demo account's oldest open invoice that is not under dispute (what a promise covers first). */
    private static Invoice oldestOpenInvoice() {
        return ledger().invoices().findOpenInvoices(demoAccount().id()).stream()
                .filter(invoice -> invoice.status() != InvoiceStatus.DISPUTED)
                .min(Comparator.comparing(Invoice::dueOn).thenComparingLong(Invoice::id))
                .orElseThrow();
    }

    private static long count(String sql, String callId) {
        return ledger().jdbc().queryOne("test: count", sql, row -> row.getLong(1), callId);
    }
}
