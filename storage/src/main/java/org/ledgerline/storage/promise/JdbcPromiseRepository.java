package org.ledgerline.storage.promise;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ledgerline.storage.alert.AlertRepository;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.reference.ReferenceNumbers;

/**
 * Promises in tables {@code promises_to_pay} and {@code promise_invoices}. Exactly-once per
 * idempotency key the same way as payments: {@code on conflict do nothing}, then read the original.
 * Settling uses guarded UPDATEs ({@code where status = 'PENDING'}), so concurrent runs serialise
 * on the row locks and each promise changes state once.
 */
public final class JdbcPromiseRepository implements PromiseRepository {
    /** Audit action written when a promise is recorded. */
    public static final String PROMISE_RECORDED = "PROMISE_RECORDED";
    /** Audit action written when the job finds a promise kept. */
    public static final String PROMISE_KEPT = "PROMISE_KEPT";
    /** Audit action, and alert kind, when the job finds a promise broken. */
    public static final String PROMISE_BROKEN = "PROMISE_BROKEN";

    private static final String INSERT_PROMISE = """
            insert into promises_to_pay (idempotency_key, reference_number, account_id, call_id, amount, currency, promised_for)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (idempotency_key) do nothing
            returning id
            """;

    private static final String INVOICE_ACCOUNTS = "select id, account_id from invoices where id = any (?)";

    private static final String INSERT_COVERED_INVOICE = "insert into promise_invoices (promise_id, invoice_id) values (?, ?)";

    private static final String SELECT_PROMISE = """
            select p.id, p.reference_number, p.idempotency_key, p.account_id, p.amount, p.currency, p.promised_for,
                   p.status, p.call_id, p.created_at, p.resolved_at,
                   array(select pi.invoice_id from promise_invoices pi where pi.promise_id = p.id order by pi.invoice_id)
                       as invoice_ids
              from promises_to_pay p
            """;

    /* Payments count from the moment the promise was made up to the end of its date, customer's local time. */
    private static final String MARK_KEPT = """
            update promises_to_pay p
               set status = 'KEPT', resolved_at = now()
              from accounts a
              join customers c on c.id = a.customer_id
             where a.id = p.account_id
               and p.status = 'PENDING'
               and (select coalesce(sum(pay.amount), 0)
                      from payments pay
                     where pay.account_id = p.account_id
                       and pay.status = 'CAPTURED'
                       and pay.currency = p.currency
                       and pay.paid_at >= p.created_at
                       and (pay.paid_at at time zone c.time_zone)::date <= p.promised_for) >= p.amount
            returning p.id, p.reference_number, p.account_id, a.customer_id, p.amount, p.currency, p.promised_for,
                      p.call_id, a.account_number
            """;

    private static final String MARK_BROKEN = """
            update promises_to_pay p
               set status = 'BROKEN', resolved_at = now()
              from accounts a
             where a.id = p.account_id
               and p.status = 'PENDING'
               and p.promised_for < ?
            returning p.id, p.reference_number, p.account_id, a.customer_id, p.amount, p.currency, p.promised_for,
                      p.call_id, a.account_number
            """;

    private final Jdbc jdbc;
    private final AuditLog audit;
    private final AlertRepository alerts;

    public JdbcPromiseRepository(Jdbc jdbc, AuditLog audit, AlertRepository alerts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.alerts = alerts;
    }

    @Override
    public Promise record(NewPromise promise) {
        return jdbc.inTransaction("record a promise to pay", () -> {
            String reference = ReferenceNumbers.next(jdbc);
            Optional<Long> inserted = jdbc.queryOptional("record a promise to pay", INSERT_PROMISE,
                    row -> row.getLong(1),
                    promise.idempotencyKey(), reference, promise.accountId(), promise.callId(), promise.amount(),
                    promise.currency(), promise.promisedFor());
            if (inserted.isEmpty()) {
                return original(promise);
            }
            long promiseId = inserted.get();
            checkInvoices(promise);
            for (long invoiceId : promise.invoiceIds()) {
                jdbc.update("link a promise to an invoice", INSERT_COVERED_INVOICE, promiseId, invoiceId);
            }
            audit.append("ivr", PROMISE_RECORDED, "promise", Long.toString(promiseId), promise.callId(),
                    "Promised " + promise.amount().toPlainString() + " " + promise.currency() + " by "
                            + promise.promisedFor() + ", reference " + reference);
            return find("read a recorded promise", "where p.id = ?", promiseId)
                    .orElseThrow(() -> new StorageException("A just-recorded promise cannot be read back"));
        });
    }

    @Override
    public Optional<Promise> findByIdempotencyKey(String idempotencyKey) {
        return find("find a promise by idempotency key", "where p.idempotency_key = ?", idempotencyKey);
    }

    @Override
    public Optional<Promise> findByReferenceNumber(String referenceNumber) {
        return find("find a promise by reference", "where p.reference_number = ?", referenceNumber);
    }

    @Override
    public List<Promise> findByAccount(long accountId, int limit) {
        return jdbc.query("find an account's promises",
                SELECT_PROMISE + "where p.account_id = ? order by p.created_at desc, p.id desc limit ?",
                JdbcPromiseRepository::promise, accountId, limit);
    }

    @Override
    public List<Promise> findDue(LocalDate asOf) {
        return jdbc.query("find due promises",
                SELECT_PROMISE + "where p.status = 'PENDING' and p.promised_for <= ? order by p.promised_for, p.id",
                JdbcPromiseRepository::promise, asOf);
    }

    @Override
    public PromiseSettlement settle(LocalDate asOf) {
        return jdbc.inTransaction("settle promises to pay", () -> {
            List<Settled> kept = jdbc.query("mark kept promises", MARK_KEPT, JdbcPromiseRepository::settled);
            for (Settled promise : kept) {
                audit.append("scheduler", PROMISE_KEPT, "promise", Long.toString(promise.id()), promise.callId(),
                        "Kept: payments covered " + promise.describe());
            }
            List<Settled> broken = jdbc.query("mark broken promises", MARK_BROKEN, JdbcPromiseRepository::settled,
                    asOf);
            for (Settled promise : broken) {
                audit.append("scheduler", PROMISE_BROKEN, "promise", Long.toString(promise.id()), promise.callId(),
                        "Broken: no payment covered " + promise.describe());
                alerts.raise("promise-broken:" + promise.id(), PROMISE_BROKEN, promise.customerId(),
                        promise.accountId(),
                        "Promise to pay " + promise.referenceNumber() + " broken",
                        "Account " + promise.accountNumber() + " did not pay " + promise.describe() + ".");
            }
            return new PromiseSettlement(kept.size(), broken.size());
        });
    }

    private Promise original(NewPromise retry) {
        Promise original = findByIdempotencyKey(retry.idempotencyKey())
                .orElseThrow(
                        () -> new StorageException("A promise's idempotency key collided but its promise is gone"));
        if (original.accountId() != retry.accountId()
                || original.amount().compareTo(retry.amount()) != 0
                || !original.currency().equals(retry.currency())
                || !original.promisedFor().equals(retry.promisedFor())) {
            throw new IdempotencyConflictException("promise");
        }
        return original;
    }

    private void checkInvoices(NewPromise promise) {
        if (promise.invoiceIds().isEmpty()) {
            return;
        }
        Map<Long, Long> accountOf = jdbc.query("check a promise's invoices", INVOICE_ACCOUNTS,
                row -> Map.entry(row.getLong("id"), row.getLong("account_id")),
                (Object) promise.invoiceIds().toArray(Long[]::new))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (long invoiceId : promise.invoiceIds()) {
            Long account = accountOf.get(invoiceId);
            if (account == null) {
                throw new PromiseRefusedException(PromiseRefusedException.Reason.UNKNOWN_INVOICE, invoiceId);
            }
            if (account != promise.accountId()) {
                throw new PromiseRefusedException(PromiseRefusedException.Reason.INVOICE_OF_ANOTHER_ACCOUNT, invoiceId);
            }
        }
    }

    private Optional<Promise> find(String operation, String where, Object key) {
        return jdbc.queryOptional(operation, SELECT_PROMISE + where, JdbcPromiseRepository::promise, key);
    }

    private static Promise promise(ResultSet row) throws SQLException {
        return new Promise(
                row.getLong("id"),
                row.getString("reference_number"),
                row.getString("idempotency_key"),
                row.getLong("account_id"),
                Jdbc.money(row, "amount"),
                row.getString("currency"),
                Jdbc.requiredLocalDate(row, "promised_for"),
                PromiseStatus.valueOf(row.getString("status")),
                Jdbc.list(row, "invoice_ids", Long.class),
                row.getString("call_id"),
                Jdbc.requiredInstant(row, "created_at"),
                Jdbc.instant(row, "resolved_at"));
    }

    private static Settled settled(ResultSet row) throws SQLException {
        return new Settled(
                row.getLong("id"),
                row.getString("reference_number"),
                row.getLong("account_id"),
                row.getLong("customer_id"),
                Jdbc.money(row, "amount"),
                row.getString("currency"),
                Jdbc.requiredLocalDate(row, "promised_for"),
                row.getString("call_id"),
                row.getString("account_number"));
    }

    /** A promise the job just changed, with what its audit line and alert need. */
    private record Settled(long id, String referenceNumber, long accountId, long customerId, BigDecimal amount,
            String currency, LocalDate promisedFor, String callId, String accountNumber) {
        String describe() {
            return amount.toPlainString() + " " + currency + " promised for " + promisedFor + " (reference "
                    + referenceNumber + ")";
        }
    }
}
