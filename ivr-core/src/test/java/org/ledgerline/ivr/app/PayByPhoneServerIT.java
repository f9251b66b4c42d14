package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.payment.RecordingPause;
import org.ledgerline.ivr.payment.SandboxTestCard;
import org.ledgerline.ivr.prompt.PromptCatalog;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.simulator.ami.ReceivedAction;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.payment.Allocation;
import org.ledgerline.storage.payment.PostedPayment;
import org.ledgerline.storage.payment.StoredCard;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * A whole payment call through a real node: the emulated Asterisk speaks FastAGI, the AMI emulator
 * answers the recording pause and resume, the sandbox gateway charges, PostgreSQL keeps the result.
 */
class PayByPhoneServerIT {
    /** Digits the caller keys before the card: account 6 + #, PIN 4 + #, then 3 (pay), 2 (total), 1 (confirm). */
    private static final int KEYS_BEFORE_CARD = 15;
    /** Card number 16 + #, expiry 4, security code 3 + #. */
    private static final int CARD_KEYS = 25;
    private static PaymentNode payments;

    @BeforeAll
    static void startNode() {
        payments = PaymentNode.start(TestLedgers.newDatabase(), Map.of());
    }

    @AfterAll
    static void stopNode() throws Exception {
        payments.close();
    }

    @Test
    void aFullPaymentCallPausesTheRecordingAroundTheCardPostsOnceAndReadsTheConfirmation() throws SQLException {
        Account account = account("100010");
        List<Invoice> before = payable(account);
        BigDecimal total = before.stream().map(Invoice::openBalance).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isPositive();
        int paymentsBefore = paymentsOf(account);

        PaymentNode.WatchedCall call = payments.call(PaymentNode.identified("100010",
                "3 2 1 " + PaymentNode.card(SandboxTestCard.VISA_APPROVED.number(), "0931", "739") + " *"));

        List<PaymentNode.Press> presses = call.presses();
        assertThat(presses).hasSize(KEYS_BEFORE_CARD + CARD_KEYS + 1);
        assertThat(presses.subList(0, KEYS_BEFORE_CARD)).allSatisfy(press -> assertThat(press.pausesBefore()).isZero());
        assertThat(presses.subList(KEYS_BEFORE_CARD, KEYS_BEFORE_CARD + CARD_KEYS)).allSatisfy(press -> {
            assertThat(press.pausesBefore()).as("recording paused before card key").isEqualTo(1);
            assertThat(press.resumesBefore()).as("recording still paused at card key").isZero();
        });
        assertThat(presses.getLast().resumesBefore()).as("resumed once the card was keyed").isEqualTo(1);
        List<ReceivedAction> mutes = payments.ami.receivedActions().stream()
                .filter(a -> a.isMixMonitorMute(call.env().channel(), 1) || a.isMixMonitorMute(call.env().channel(), 0))
                .toList();
        assertThat(mutes).extracting(a -> a.header("State").orElseThrow()).containsExactly("1", "0");
        assertThat(mutes).allSatisfy(a -> assertThat(a.header("Direction")).contains("both"));

        PostedPayment payment = payments.firstAttemptPayment(call.env()).orElseThrow();
        assertThat(payment.amount()).isEqualByComparingTo(total);
        assertThat(payment.callId()).isEqualTo(call.env().uniqueId());
        assertThat(payment.card()).extracting(StoredCard::brand, StoredCard::last4).containsExactly("VISA", "1111");
        assertThat(paymentsOf(account)).isEqualTo(paymentsBefore + 1);
        Map<Long, BigDecimal> after = payments.node.server.ledger().invoices().findOpenInvoices(account.id()).stream()
                .collect(Collectors.toMap(Invoice::id, Invoice::openBalance));
        for (Invoice invoice : before) {
            BigDecimal paid = payment.allocations().stream().filter(a -> a.invoiceId() == invoice.id())
                    .map(Allocation::amount).findFirst().orElse(BigDecimal.ZERO);
            assertThat(after.getOrDefault(invoice.id(), BigDecimal.ZERO))
                    .isEqualByComparingTo(invoice.openBalance().subtract(paid));
        }

        List<String> heard = call.transcript().promptKeys();
        assertThat(heard).containsSubsequence("payment-card-enter-number", "payment-card-enter-expiry",
                "payment-card-enter-security-code", "payment-processing", "payment-approved",
                "payment-confirmation-number");
        Say say = new Say(PromptCatalog.fromClasspath());
        List<String> confirmation = heard.subList(heard.indexOf("payment-confirmation-number") + 1,
                heard.indexOf("payment-paid-with"));
        assertThat(confirmation).isEqualTo(say.digits(payment.confirmationNumber()).keys());
        assertThat(call.transcript().serverHungUp()).isTrue();
        assertThat(payments.node.server.ledger().audit().findBySubject("call", call.env().uniqueId()))
                .extracting(AuditEntry::action).contains(RecordingPause.PAUSED, RecordingPause.RESUMED);
    }

    @Test
    void whenAsteriskCannotPauseTheRecordingNoCardIsAskedForAndThePersonIsOffered() {
        payments.ami.failAction("MixMonitorMute", "Cannot set mute flag");
        try {
            PaymentNode.WatchedCall call = payments.call(PaymentNode.identified("100011", "3 2 1 0"));

            assertThat(call.transcript().promptKeys())
                    .containsSubsequence("payment-recording-unavailable", "payment-offer-person",
                            "call-transfer-to-person")
                    .doesNotContain("payment-card-enter-number");
            assertThat(call.transcript().transferDestination()).contains("ledgerline-agents,s,1");
            assertThat(payments.firstAttemptPayment(call.env())).isEmpty();
        } finally {
            payments.ami.clearFaults();
        }
    }

    @Test
    void readinessReportsTheAmiConnection() {
        assertThat(payments.node.get("/ready").body()).contains("\"ami\":\"UP\"");
    }

    private static Account account(String number) {
        return payments.node.server.ledger().accounts().findByAccountNumber(number).orElseThrow();
    }

    private static List<Invoice> payable(Account account) {
        return payments.node.server.ledger().invoices().findOpenInvoices(account.id()).stream()
                .filter(i -> i.currency().equals(account.currency()) && i.status() != InvoiceStatus.DISPUTED
                        && i.openBalance().signum() > 0)
                .toList();
    }

    private static int paymentsOf(Account account) throws SQLException {
        try (Connection c = payments.node.server.ledger().dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from payments where account_id = ?")) {
            s.setLong(1, account.id());
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
