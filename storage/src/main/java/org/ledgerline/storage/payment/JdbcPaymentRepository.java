package org.ledgerline.storage.payment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.payment.AllocationRefusedException.Reason;
import org.ledgerline.storage.reference.ReferenceNumbers;

/**
 * Payments in tables {@code payments} and {@code payment_allocations}.
 *
 * <p>Exactly-once rests on the unique idempotency key: the INSERT says {@code on conflict do
 * nothing}, so a second post of the same key, even one racing the first, waits for the first
 * transaction to finish and then writes nothing; it then reads and returns the first payment. The
 * payment row is written before the invoices are locked, so two posts of one key never hold invoice
 * locks while waiting on each other, and invoices are locked in id order so two payments to the
 * same invoices cannot deadlock.
 */
public final class JdbcPaymentRepository implements PaymentRepository {
    /** Audit action written when a payment is posted. */
    public static final String PAYMENT_POSTED = "PAYMENT_POSTED";

    private static final String INSERT_PAYMENT = """
            insert into payments (idempotency_key, account_id, call_id, amount, currency, status, confirmation_number,
                                  gateway_token, authorization_code, card_brand, card_last4, card_expiry_month,
                                  card_expiry_year, paid_at)
            values (?, ?, ?, ?, ?, 'CAPTURED', ?, ?, ?, ?, ?, ?, ?, now())
            on conflict (idempotency_key) do nothing
            returning id
            """;

    private static final String LOCK_INVOICES = """
            select id, account_id, currency, open_balance, status
              from invoices
             where id = any (?)
             order by id
               for update
            """;

    /* A disputed invoice keeps its flag until it is paid off: reminders must keep skipping it. */
    private static final String REDUCE_BALANCE = """
            update invoices
               set open_balance = open_balance - ?,
                   status = case
                       when open_balance - ? = 0 then 'PAID'
                       when status = 'DISPUTED' then 'DISPUTED'
                       else 'PARTIALLY_PAID'
                   end
             where id = ?
            """;

    private static final String INSERT_ALLOCATION = """
            insert into payment_allocations (payment_id, invoice_id, amount)
            values (?, ?, ?)
            """;

    private static final String SELECT_PAYMENT = """
            select id, idempotency_key, account_id, amount, currency, confirmation_number, gateway_token,
                   authorization_code, card_brand, card_last4, card_expiry_month, card_expiry_year, call_id, paid_at
              from payments
            """;

    private static final String SELECT_ALLOCATIONS = """
            select invoice_id, amount
              from payment_allocations
             where payment_id = ?
             order by invoice_id
            """;

    private final Jdbc jdbc;
    private final AuditLog audit;

    public JdbcPaymentRepository(Jdbc jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public PostedPayment post(NewPayment payment) {
        if (payment.allocatedTotal().compareTo(payment.amount()) != 0) {
            throw new AllocationRefusedException(Reason.ALLOCATIONS_DO_NOT_ADD_UP, null);
        }
        return jdbc.inTransaction("post a payment", () -> {
            String confirmation = ReferenceNumbers.next(jdbc);
            StoredCard card = payment.card();
            Optional<Long> inserted = jdbc.queryOptional("post a payment", INSERT_PAYMENT, row -> row.getLong(1),
                    payment.idempotencyKey(), payment.accountId(), payment.callId(), payment.amount(),
                    payment.currency(),
                    confirmation, payment.gatewayToken(), payment.authorizationCode(), card.brand(), card.last4(),
                    (short) card.expiryMonth(), (short) card.expiryYear());
            if (inserted.isEmpty()) {
                return original(payment);
            }
            long paymentId = inserted.get();
            applyAllocations(paymentId, payment);
            audit.append("ivr", PAYMENT_POSTED, "payment", Long.toString(paymentId), payment.callId(),
                    "Posted " + payment.amount().toPlainString() + " " + payment.currency() + " to "
                            + payment.allocations().size() + " invoice(s), confirmation " + confirmation);
            return findById(paymentId);
        });
    }

    @Override
    public Optional<PostedPayment> findByIdempotencyKey(String idempotencyKey) {
        return find("find a payment by idempotency key", "where idempotency_key = ?", idempotencyKey);
    }

    @Override
    public Optional<PostedPayment> findByConfirmationNumber(String confirmationNumber) {
        return find("find a payment by confirmation number", "where confirmation_number = ?", confirmationNumber);
    }

    private PostedPayment original(NewPayment retry) {
        PostedPayment original = findByIdempotencyKey(retry.idempotencyKey())
                .orElseThrow(
                        () -> new StorageException("A payment's idempotency key collided but its payment is gone"));
        if (original.accountId() != retry.accountId()
                || original.amount().compareTo(retry.amount()) != 0
                || !original.currency().equals(retry.currency())) {
            throw new IdempotencyConflictException("payment");
        }
        return original;
    }

    private void applyAllocations(long paymentId, NewPayment payment) {
        Long[] invoiceIds = payment.allocations().stream().map(Allocation::invoiceId).sorted().toArray(Long[]::new);
        Map<Long, LockedInvoice> invoices = jdbc
                .query("lock invoices for a payment", LOCK_INVOICES, JdbcPaymentRepository::lockedInvoice,
                        (Object) invoiceIds)
                .stream()
                .collect(Collectors.toMap(LockedInvoice::id, Function.identity()));
        List<Allocation> ordered = payment.allocations().stream()
                .sorted((a, b) -> Long.compare(a.invoiceId(), b.invoiceId()))
                .toList();
        for (Allocation allocation : ordered) {
            check(allocation, invoices.get(allocation.invoiceId()), payment);
            jdbc.update("reduce an invoice's open balance", REDUCE_BALANCE,
                    allocation.amount(), allocation.amount(), allocation.invoiceId());
            jdbc.update("allocate a payment", INSERT_ALLOCATION, paymentId, allocation.invoiceId(),
                    allocation.amount());
        }
    }

    private static void check(Allocation allocation, @Nullable LockedInvoice invoice, NewPayment payment) {
        long invoiceId = allocation.invoiceId();
        if (invoice == null) {
            throw new AllocationRefusedException(Reason.UNKNOWN_INVOICE, invoiceId);
        }
        if (invoice.accountId() != payment.accountId()) {
            throw new AllocationRefusedException(Reason.INVOICE_OF_ANOTHER_ACCOUNT, invoiceId);
        }
        if (!invoice.currency().equals(payment.currency())) {
            throw new AllocationRefusedException(Reason.CURRENCY_MISMATCH, invoiceId);
        }
        if ("WRITTEN_OFF".equals(invoice.status())) {
            throw new AllocationRefusedException(Reason.INVOICE_WRITTEN_OFF, invoiceId);
        }
        if (allocation.amount().compareTo(invoice.openBalance()) > 0) {
            throw new AllocationRefusedException(Reason.ABOVE_OPEN_BALANCE, invoiceId);
        }
    }

    private PostedPayment findById(long paymentId) {
        return find("read a posted payment", "where id = ?", paymentId)
                .orElseThrow(() -> new StorageException("A just-posted payment cannot be read back"));
    }

    private Optional<PostedPayment> find(String operation, String where, Object key) {
        return jdbc.queryOptional(operation, SELECT_PAYMENT + where, JdbcPaymentRepository::header, key)
                .map(header -> header.with(
                        jdbc.query(operation, SELECT_ALLOCATIONS, JdbcPaymentRepository::allocation, header.id())));
    }

    private static Header header(ResultSet row) throws SQLException {
        // Payments not posted by phone (e.g. imported ones) may carry no card at all.
        StoredCard card = row.getString("card_brand") == null
                ? null
                : new StoredCard(
                        row.getString("card_brand"),
                        row.getString("card_last4"),
                        row.getInt("card_expiry_month"),
                        row.getInt("card_expiry_year"));
        return new Header(
                row.getLong("id"),
                row.getString("idempotency_key"),
                row.getLong("account_id"),
                Jdbc.money(row, "amount"),
                row.getString("currency"),
                row.getString("confirmation_number"),
                row.getString("gateway_token"),
                row.getString("authorization_code"),
                card,
                row.getString("call_id"),
                Jdbc.instant(row, "paid_at"));
    }

    private static Allocation allocation(ResultSet row) throws SQLException {
        return new Allocation(row.getLong("invoice_id"), Jdbc.money(row, "amount"));
    }

    private static LockedInvoice lockedInvoice(ResultSet row) throws SQLException {
        return new LockedInvoice(row.getLong("id"), row.getLong("account_id"), row.getString("currency"),
                Jdbc.money(row, "open_balance"), row.getString("status"));
    }

    private record LockedInvoice(long id, long accountId, String currency, BigDecimal openBalance, String status) {}

    /** A payment row before its allocations are read. */
    private record Header(long id, String idempotencyKey, long accountId, BigDecimal amount, String currency,
            String confirmationNumber, String gatewayToken, @Nullable String authorizationCode,
            @Nullable StoredCard card, @Nullable String callId,
            @Nullable Instant paidAt) {
        PostedPayment with(List<Allocation> allocations) {
            return new PostedPayment(id, idempotencyKey, accountId, amount, currency, confirmationNumber, gatewayToken,
                    authorizationCode, card, callId, paidAt, allocations);
        }
    }
}
