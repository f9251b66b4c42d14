package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.payment.CardPaymentTaker;
import org.ledgerline.ivr.payment.PaymentPoster;
import org.ledgerline.ivr.payment.SandboxTestCard;
import org.ledgerline.ivr.prompt.PromptCatalog;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.storage.alert.Alert;
import org.ledgerline.storage.payment.PostedPayment;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * Exactly once, end to end: a call retried with the same call id, a gateway timeout, and the ledger
 * failing in the middle of writing a payment. Each pays 10.00 keyed (so a retried call asks for the
 * same charge again) and counts the gateway's captures and the ledger's payment rows.
 */
class PaymentExactlyOnceIT {
    private static final String VISA = SandboxTestCard.VISA_APPROVED.number();
    private static final Say SAY = new Say(PromptCatalog.fromClasspath());
    private static PaymentNode payments;

    @BeforeAll
    static void startNode() {
        payments = PaymentNode.start(TestLedgers.newDatabase(), Map.of());
    }

    @AfterAll
    static void stopNode() throws Exception {
        payments.close();
    }

    private static String payTen(String account, String card) {
        return PaymentNode.identified(account, "3 4 10# 1 " + PaymentNode.card(card, "0931", "739") + " *");
    }

    @Test
    void theSameCallRetriedWithTheSameCallIdPostsOnceAndChargesOnce() throws SQLException {
        AgiEnvironment env = AgiEnvironment.sipCall("selfserve", "");
        int capturesBefore = payments.gateway().captures();
        int rowsBefore = paymentRows();

        List<String> first = payments.call(env, payTen("100005", VISA)).transcript().promptKeys();
        List<String> retried = payments.call(env, payTen("100005", VISA)).transcript().promptKeys();

        PostedPayment payment = payments.firstAttemptPayment(env).orElseThrow();
        assertThat(paymentRows()).isEqualTo(rowsBefore + 1);
        assertThat(payments.gateway().captures()).isEqualTo(capturesBefore + 1);
        List<String> confirmation = SAY.digits(payment.confirmationNumber()).keys();
        assertThat(first).containsSubsequence(confirmation);
        assertThat(retried).as("the retried call hears the same confirmation").containsSubsequence(confirmation);
    }

    @Test
    void aGatewayTimeoutIsResolvedByLookupWithOneChargeAndOnePayment() throws SQLException {
        int capturesBefore = payments.gateway().captures();
        int rowsBefore = paymentRows();

        PaymentNode.WatchedCall call = payments.call(payTen("100021", SandboxTestCard.TIMEOUT_AFTER_APPROVAL.number()));

        assertThat(call.transcript().promptKeys()).contains("payment-approved");
        assertThat(payments.gateway().captures()).isEqualTo(capturesBefore + 1);
        assertThat(paymentRows()).isEqualTo(rowsBefore + 1);
        assertThat(payments.firstAttemptPayment(call.env())).isPresent();
    }

    @Test
    void aLedgerFailingMidWriteLeavesNoHalfPaymentTellsTheCallerTheTruthAndTheRetryPostsOnce() throws SQLException {
        AgiEnvironment env = AgiEnvironment.sipCall("selfserve", "");
        String key = CardPaymentTaker.attemptKey(env.uniqueId(), 1);
        int capturesBefore = payments.gateway().captures();
        int rowsBefore = paymentRows();

        failAllocations(true);
        List<String> heard;
        try {
            heard = payments.call(env, payTen("100022", VISA)).transcript().promptKeys();
        } finally {
            failAllocations(false);
        }

        assertThat(heard).contains("payment-taken-confirmation-delayed").doesNotContain("payment-approved");
        assertThat(paymentRows()).as("the payment row rolled back with its allocations").isEqualTo(rowsBefore);
        assertThat(payments.gateway().captures()).isEqualTo(capturesBefore + 1);
        List<Alert> alerts = payments.node.server.ledger().alerts().findOpen().stream()
                .filter(alert -> alert.kind().equals(PaymentPoster.ALERT_KIND)).toList();
        assertThat(alerts).singleElement().satisfies(alert -> assertThat(alert.message()).contains(key, "sbx_"));

        List<String> retried = payments.call(env, payTen("100022", VISA)).transcript().promptKeys();

        assertThat(retried).contains("payment-approved");
        assertThat(paymentRows()).isEqualTo(rowsBefore + 1);
        assertThat(payments.gateway().captures()).as("never charged again").isEqualTo(capturesBefore + 1);
        assertThat(payments.node.server.ledger().payments().findByIdempotencyKey(key)).isPresent();
    }

    /** A trigger that makes every allocation insert fail: the payment row is written, then the transaction dies. */
    private static void failAllocations(boolean fail) throws SQLException {
        try (Connection c = payments.node.server.ledger().dataSource().getConnection();
                Statement s = c.createStatement()) {
            if (fail) {
                s.execute("""
                        create or replace function it_fail_allocation() returns trigger language plpgsql as $$
                        begin
                            raise exception 'it: the disk filled up mid-write';
                        end $$""");
                s.execute("create trigger it_fail_allocation before insert on payment_allocations "
                        + "for each row execute function it_fail_allocation()");
            } else {
                s.execute("drop trigger if exists it_fail_allocation on payment_allocations");
            }
        }
    }

    private static int paymentRows() throws SQLException {
        try (Connection c = payments.node.server.ledger().dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from payments");
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
