package org.ledgerline.storage.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.invoice.JdbcInvoiceRepository;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.payment.AllocationRefusedException.Reason;
import org.ledgerline.storage.reference.ReferenceNumbers;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcPaymentRepositoryIT {
    private static final LocalDate DUE = LocalDate.of(2026, 10, 1);
    private static final StoredCard CARD = new StoredCard("VISA", "1111", 12, 2030);

    private Ledger ledger;
    private LedgerRows rows;
    private PaymentRepository payments;
    private long accountId;
    private long olderInvoice;
    private long newerInvoice;
    private long foreignInvoice;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        rows = new LedgerRows(ledger);
        payments = ledger.payments();
        long customer = rows.customer("Harbor Supply Co.", "America/New_York", "5551001");
        accountId = rows.account(customer, "100001", "hash");
        olderInvoice = rows.openInvoice(accountId, "7001", "100.00", DUE);
        newerInvoice = rows.openInvoice(accountId, "7002", "250.00", DUE.plusMonths(1));
        long otherCustomer = rows.customer("Other Co.", "America/Chicago");
        foreignInvoice = rows.openInvoice(rows.account(otherCustomer, "200002", "hash"), "8001", "50.00", DUE);
        rows.call("call-1");
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void postsAPaymentAndReducesEachInvoiceInTheSameTransaction() {
        PostedPayment posted = payments.post(payment("pay-1", "130.00",
                new Allocation(olderInvoice, new BigDecimal("100.00")),
                new Allocation(newerInvoice, new BigDecimal("30.00"))));

        assertThat(posted.confirmationNumber()).containsOnlyDigits().hasSize(8);
        assertThat(ReferenceNumbers.isWellFormed(posted.confirmationNumber())).isTrue();
        assertThat(posted.amount()).isEqualByComparingTo("130.00");
        assertThat(posted.card()).isEqualTo(CARD);
        assertThat(posted.gatewayToken()).isEqualTo("tok_sandbox_pay-1");
        assertThat(posted.authorizationCode()).isEqualTo("AUTH42");
        assertThat(posted.callId()).isEqualTo("call-1");
        assertThat(posted.paidAt()).isNotNull();
        assertThat(posted.allocations()).containsExactly(
                new Allocation(olderInvoice, new BigDecimal("100.00")),
                new Allocation(newerInvoice, new BigDecimal("30.00")));
        assertThat(invoice(olderInvoice).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice(olderInvoice).openBalance()).isEqualByComparingTo("0");
        assertThat(invoice(newerInvoice).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice(newerInvoice).openBalance()).isEqualByComparingTo("220.00");
        assertThat(ledger.audit().findBySubject("payment", Long.toString(posted.id())))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("PAYMENT_POSTED");
                    assertThat(entry.callId()).isEqualTo("call-1");
                    assertThat(entry.detail()).contains(posted.confirmationNumber());
                });
        assertThat(payments.findByIdempotencyKey("pay-1")).contains(posted);
        assertThat(payments.findByConfirmationNumber(posted.confirmationNumber())).contains(posted);
    }

    @Test
    void postingTheSameKeyAgainReturnsTheOriginalWithoutASecondWrite() {
        NewPayment payment = payment("pay-1", "40.00", new Allocation(olderInvoice, new BigDecimal("40.00")));
        PostedPayment first = payments.post(payment);

        PostedPayment retried = payments.post(payment);

        assertThat(retried).isEqualTo(first);
        assertThat(rows.count("payments")).isEqualTo(1);
        assertThat(rows.count("payment_allocations")).isEqualTo(1);
        assertThat(invoice(olderInvoice).openBalance()).isEqualByComparingTo("60.00");
        assertThat(ledger.audit().findBySubject("payment", Long.toString(first.id()))).hasSize(1);
    }

    @Test
    void twoCallsPostingTheSameKeyAtOnceLandOnePayment() throws Exception {
        NewPayment payment = payment("pay-race", "25.00", new Allocation(olderInvoice, new BigDecimal("25.00")));
        int attempts = 6;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<PostedPayment>> results = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < attempts; i++) {
                results.add(executor.submit(() -> {
                    go.await();
                    return payments.post(payment);
                }));
            }
            go.countDown();
            List<String> confirmations = new ArrayList<>();
            for (Future<PostedPayment> result : results) {
                confirmations.add(result.get(30, TimeUnit.SECONDS).confirmationNumber());
            }
            assertThat(confirmations).hasSize(attempts).containsOnly(confirmations.getFirst());
        }

        assertThat(rows.count("payments")).isEqualTo(1);
        assertThat(invoice(olderInvoice).openBalance()).isEqualByComparingTo("75.00");
        assertThat(countAudit("PAYMENT_POSTED")).isEqualTo(1);
    }

    @Test
    void anAllocationToAnotherAccountsInvoiceLeavesNoPaymentAndNoBalanceChange() {
        NewPayment payment = payment("pay-1", "60.00",
                new Allocation(olderInvoice, new BigDecimal("10.00")),
                new Allocation(foreignInvoice, new BigDecimal("50.00")));

        assertThatThrownBy(() -> payments.post(payment))
                .isInstanceOfSatisfying(AllocationRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.INVOICE_OF_ANOTHER_ACCOUNT);
                    assertThat(refused.invoiceId()).isEqualTo(foreignInvoice);
                });

        assertThat(rows.count("payments")).isZero();
        assertThat(rows.count("payment_allocations")).isZero();
        assertThat(invoice(olderInvoice).openBalance()).isEqualByComparingTo("100.00");
        assertThat(invoice(olderInvoice).status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(countAudit("PAYMENT_POSTED")).isZero();
        assertThat(payments.findByIdempotencyKey("pay-1")).isEmpty();
    }

    @Test
    void aKeyWhosePostFailedCanBePostedLater() {
        assertThatThrownBy(
                () -> payments.post(payment("pay-1", "50.00", new Allocation(foreignInvoice, new BigDecimal("50.00")))))
                .isInstanceOf(AllocationRefusedException.class);

        PostedPayment posted = payments
                .post(payment("pay-1", "50.00", new Allocation(olderInvoice, new BigDecimal("50.00"))));

        assertThat(posted.allocations()).extracting(Allocation::invoiceId).containsExactly(olderInvoice);
        assertThat(rows.count("payments")).isEqualTo(1);
    }

    @Test
    void aFailureLaterInTheCallersTransactionRollsThePaymentBack() {
        assertThatThrownBy(() -> ledger.inTransaction("post then fail", () -> {
            payments.post(payment("pay-1", "20.00", new Allocation(olderInvoice, new BigDecimal("20.00"))));
            throw new StorageException("the database failed after the payment was written");
        })).hasMessageContaining("failed after");

        assertThat(rows.count("payments")).isZero();
        assertThat(invoice(olderInvoice).openBalance()).isEqualByComparingTo("100.00");
        assertThat(countAudit("PAYMENT_POSTED")).isZero();
    }

    @Test
    void refusesAnAllocationAboveTheOpenBalance() {
        assertThatThrownBy(
                () -> payments.post(payment("pay-1", "100.01", new Allocation(olderInvoice, new BigDecimal("100.01")))))
                .isInstanceOfSatisfying(AllocationRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.ABOVE_OPEN_BALANCE));
        assertThat(rows.count("payments")).isZero();
    }

    @Test
    void refusesAllocationsThatDoNotAddUpToTheAmount() {
        assertThatThrownBy(
                () -> payments.post(payment("pay-1", "80.00", new Allocation(olderInvoice, new BigDecimal("70.00")))))
                .isInstanceOfSatisfying(AllocationRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.ALLOCATIONS_DO_NOT_ADD_UP));
        assertThat(rows.count("payments")).isZero();
    }

    @Test
    void refusesAnUnknownOrWrittenOffInvoice() {
        long writtenOff = rows.invoice(accountId, "7003", new BigDecimal("90.00"), new BigDecimal("90.00"), DUE,
                InvoiceStatus.WRITTEN_OFF);

        assertThatThrownBy(
                () -> payments.post(payment("pay-1", "5.00", new Allocation(999_999, new BigDecimal("5.00")))))
                .isInstanceOfSatisfying(AllocationRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.UNKNOWN_INVOICE));
        assertThatThrownBy(
                () -> payments.post(payment("pay-2", "5.00", new Allocation(writtenOff, new BigDecimal("5.00")))))
                .isInstanceOfSatisfying(AllocationRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.INVOICE_WRITTEN_OFF));
        assertThat(rows.count("payments")).isZero();
    }

    @Test
    void refusesToReuseAKeyForADifferentPayment() {
        payments.post(payment("pay-1", "10.00", new Allocation(olderInvoice, new BigDecimal("10.00"))));

        assertThatThrownBy(
                () -> payments.post(payment("pay-1", "11.00", new Allocation(olderInvoice, new BigDecimal("11.00")))))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(invoice(olderInvoice).openBalance()).isEqualByComparingTo("90.00");
    }

    @Test
    void aDisputedInvoiceStaysDisputedUntilPaidInFull() {
        long disputed = rows.invoice(accountId, "7004", new BigDecimal("80.00"), new BigDecimal("80.00"), DUE,
                InvoiceStatus.DISPUTED);

        payments.post(payment("pay-1", "30.00", new Allocation(disputed, new BigDecimal("30.00"))));
        assertThat(invoice(disputed).status()).isEqualTo(InvoiceStatus.DISPUTED);

        payments.post(payment("pay-2", "50.00", new Allocation(disputed, new BigDecimal("50.00"))));
        assertThat(invoice(disputed).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void everyPaymentGetsItsOwnConfirmationNumber() {
        String first = payments.post(payment("pay-1", "1.00", new Allocation(olderInvoice, new BigDecimal("1.00"))))
                .confirmationNumber();
        String second = payments.post(payment("pay-2", "1.00", new Allocation(olderInvoice, new BigDecimal("1.00"))))
                .confirmationNumber();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theGatewayTokenColumnRefusesACardNumber() {
        assertThatThrownBy(() -> ledger.jdbc().update("test: store a card number as a token", """
                insert into payments (idempotency_key, account_id, amount, currency, status, gateway_token)
                values ('pay-pan', ?, 10.00, 'USD', 'CAPTURED', 'tok_4111111111111111')
                """, accountId))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("SQLState 23514")
                .hasMessageNotContaining("4111111111111111");
        assertThatThrownBy(() -> ledger.jdbc().update("test: store a card number as an authorization code", """
                insert into payments (idempotency_key, account_id, amount, currency, status, authorization_code)
                values ('pay-pan', ?, 10.00, 'USD', 'CAPTURED', '4111111111111111')
                """, accountId))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("SQLState 23514");
        assertThat(rows.count("payments")).isZero();
    }

    @Test
    void aCardLikeTokenIsRefusedBeforeReachingTheDatabaseWithoutEchoingIt() {
        assertThatThrownBy(() -> new NewPayment("pay-1", accountId, new BigDecimal("1.00"), "USD", "4111111111111111",
                null, CARD, null, List.of(new Allocation(olderInvoice, new BigDecimal("1.00")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("4111111111111111");
    }

    private NewPayment payment(String key, String amount, Allocation... allocations) {
        return new NewPayment(key, accountId, new BigDecimal(amount), "USD", "tok_sandbox_" + key, "AUTH42", CARD,
                "call-1", List.of(allocations));
    }

    private Invoice invoice(long invoiceId) {
        return ledger.jdbc().queryOne("test: read invoice", "select * from invoices where id = ?",
                JdbcInvoiceRepository::invoice, invoiceId);
    }

    private long countAudit(String action) {
        return ledger.jdbc().queryOne("test: count audit", "select count(*) from audit_log where action = ?",
                row -> row.getLong(1), action);
    }
}
