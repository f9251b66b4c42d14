package org.ledgerline.storage.dispute;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.reference.ReferenceNumbers;

/**
 * Disputes in table {@code disputes}, with their effect on {@code invoices}.
 *
 * <p>Locking order is always invoice, then dispute: opening locks the invoice before inserting the
 * dispute, closing locks the invoice before the dispute. Two disputes of one invoice closed at
 * once therefore see each other's outcome, and the last one lifts the invoice's flag.
 */
public final class JdbcDisputeRepository implements DisputeRepository {
    public static final String DISPUTE_OPENED = "DISPUTE_OPENED";
    public static final String DISPUTE_ESCALATED = "DISPUTE_ESCALATED";
    public static final String DISPUTE_STATUS_CHANGED = "DISPUTE_STATUS_CHANGED";

    private static final String LOCK_INVOICE = "select id from invoices where id = ? for update";
    private static final String ACTIVE_REASON = "select code from dispute_reasons where code = ? and active";

    /*
     * An invoice already flagged by another dispute keeps the status from before that one, so
     * the flag can be lifted correctly whichever dispute closes last.
     */
    private static final String INSERT_DISPUTE = """
            insert into disputes (idempotency_key, reference_number, invoice_id, account_id, call_id, reason_code,
                                  description, description_recording_id, prior_invoice_status, disputed_amount)
            select ?, ?, i.id, i.account_id, ?, ?, ?, ?,
                   case when i.status <> 'DISPUTED' then i.status
                        else (select o.prior_invoice_status from disputes o
                               where o.invoice_id = i.id and o.prior_invoice_status is not null
                               order by o.id desc limit 1)
                   end,
                   i.open_balance
              from invoices i
             where i.id = ?
            on conflict (idempotency_key) do nothing
            returning id
            """;

    private static final String FLAG_INVOICE = "update invoices set status = 'DISPUTED' where id = ?";

    private static final String ESCALATE = """
            update disputes
               set status = 'ESCALATED', escalated_at = now(), escalation_reason = ?, updated_at = now()
             where id = ? and status = 'OPEN'
            """;

    private static final String LOCK_DISPUTE = "select status from disputes where id = ? for update";
    private static final String INVOICE_OF = "select invoice_id from disputes where id = ?";

    private static final String CLOSE = """
            update disputes
               set status = ?, resolved_at = now(), resolution_note = ?, updated_at = now()
             where id = ?
            """;

    private static final String LIFT_FLAG = """
            update invoices i
               set status = case
                       when d.prior_invoice_status = 'WRITTEN_OFF' then 'WRITTEN_OFF'
                       when i.open_balance = 0 then 'PAID'
                       when i.open_balance < i.amount then 'PARTIALLY_PAID'
                       else 'OPEN'
                   end
              from disputes d
             where d.id = ?
               and i.id = d.invoice_id
               and i.status = 'DISPUTED'
               and not exists (select 1 from disputes o
                                where o.invoice_id = i.id and o.id <> d.id and o.status in ('OPEN', 'ESCALATED'))
            """;

    private static final String FIND_REASONS = """
            select code, description, sort_order
              from dispute_reasons
             where active
             order by sort_order, code
            """;

    private static final String COUNT_OPEN_FOR_CUSTOMER = """
            select count(*)
              from disputes d
              join accounts a on a.id = d.account_id
             where a.customer_id = ? and d.status in ('OPEN', 'ESCALATED')
            """;

    private final Jdbc jdbc;
    private final AuditLog audit;

    public JdbcDisputeRepository(Jdbc jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public DisputeView open(NewDispute dispute) {
        return jdbc.inTransaction("open a dispute", () -> {
            // A retry returns the original even if its reason code has been retired since.
            Optional<DisputeView> earlier = findByIdempotencyKey(dispute.idempotencyKey());
            if (earlier.isPresent()) {
                return sameRequest(earlier.get(), dispute);
            }
            if (jdbc.queryOptional("lock a disputed invoice", LOCK_INVOICE, row -> row.getLong(1), dispute.invoiceId())
                    .isEmpty()) {
                throw new DisputeRefusedException(DisputeRefusedException.Reason.UNKNOWN_INVOICE);
            }
            if (jdbc.queryOptional("check a reason code", ACTIVE_REASON, row -> row.getString(1), dispute.reasonCode())
                    .isEmpty()) {
                throw new DisputeRefusedException(DisputeRefusedException.Reason.UNKNOWN_REASON_CODE);
            }
            String reference = ReferenceNumbers.next(jdbc);
            Optional<Long> inserted = jdbc.queryOptional("open a dispute", INSERT_DISPUTE, row -> row.getLong(1),
                    dispute.idempotencyKey(), reference, dispute.callId(), dispute.reasonCode(), dispute.description(),
                    dispute.descriptionRecordingId(), dispute.invoiceId());
            if (inserted.isEmpty()) {
                // A concurrent open of the same key committed while this one waited for the invoice.
                return sameRequest(findByIdempotencyKey(dispute.idempotencyKey()).orElseThrow(
                        () -> new StorageException("A dispute's idempotency key collided but its dispute is gone")),
                        dispute);
            }
            long disputeId = inserted.get();
            jdbc.update("flag an invoice as disputed", FLAG_INVOICE, dispute.invoiceId());
            audit.append("ivr", DISPUTE_OPENED, "dispute", Long.toString(disputeId), dispute.callId(),
                    "Opened for invoice id " + dispute.invoiceId() + ", reason " + dispute.reasonCode()
                            + ", reference " + reference);
            return require(disputeId);
        });
    }

    @Override
    public DisputeView escalate(long disputeId, String reason) {
        Objects.requireNonNull(reason, "reason");
        return jdbc.inTransaction("escalate a dispute", () -> {
            if (jdbc.update("escalate a dispute", ESCALATE, reason, disputeId) == 1) {
                DisputeView escalated = require(disputeId);
                audit.append("system", DISPUTE_ESCALATED, "dispute", Long.toString(disputeId), escalated.callId(),
                        "Escalated: " + reason);
                return escalated;
            }
            DisputeView current = require(disputeId);
            if (current.status() == DisputeStatus.ESCALATED) {
                return current;
            }
            throw new DisputeTransitionException(disputeId, current.status(), DisputeStatus.ESCALATED);
        });
    }

    @Override
    public DisputeView changeStatus(long disputeId, DisputeStatus target, String note, String actor) {
        Objects.requireNonNull(target, "target");
        if (note == null || note.isBlank() || actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("Closing a dispute needs a note and an actor");
        }
        return jdbc.inTransaction("change a dispute's status", () -> {
            long invoiceId = jdbc
                    .queryOptional("find a dispute's invoice", INVOICE_OF, row -> row.getLong(1), disputeId)
                    .orElseThrow(() -> new NoSuchDisputeException(disputeId));
            jdbc.queryOne("lock a disputed invoice", LOCK_INVOICE, row -> row.getLong(1), invoiceId);
            DisputeStatus from = jdbc.queryOne("lock a dispute", LOCK_DISPUTE,
                    row -> DisputeStatus.valueOf(row.getString(1)), disputeId);
            boolean closing = target == DisputeStatus.RESOLVED || target == DisputeStatus.REJECTED;
            if (!closing || !from.canMoveTo(target)) {
                throw new DisputeTransitionException(disputeId, from, target);
            }
            jdbc.update("close a dispute", CLOSE, target.name(), note, disputeId);
            jdbc.update("lift an invoice's dispute flag", LIFT_FLAG, disputeId);
            DisputeView closed = require(disputeId);
            audit.append(actor, DISPUTE_STATUS_CHANGED, "dispute", Long.toString(disputeId), closed.callId(),
                    from + " -> " + target + ": " + note);
            return closed;
        });
    }

    @Override
    public Optional<DisputeView> findById(long disputeId) {
        return jdbc.queryOptional("find a dispute", DisputeSql.SELECT_VIEW + "where d.id = ?", DisputeSql::view,
                disputeId);
    }

    @Override
    public Optional<DisputeView> findByReferenceNumber(String referenceNumber) {
        return jdbc.queryOptional("find a dispute by reference",
                DisputeSql.SELECT_VIEW + "where d.reference_number = ?",
                DisputeSql::view, referenceNumber);
    }

    @Override
    public Optional<DisputeView> findByIdempotencyKey(String idempotencyKey) {
        return jdbc.queryOptional("find a dispute by idempotency key",
                DisputeSql.SELECT_VIEW + "where d.idempotency_key = ?",
                DisputeSql::view, idempotencyKey);
    }

    @Override
    public List<DisputeReason> findReasons() {
        return jdbc.query("list dispute reasons", FIND_REASONS, DisputeSql::reason);
    }

    @Override
    public DisputePage search(DisputeQuery query) {
        DisputeSql.Filter filter = DisputeSql.filter(query);
        long total = jdbc.queryOne("count disputes", DisputeSql.COUNT + filter.where(), row -> row.getLong(1),
                filter.values().toArray());
        List<DisputeView> items = jdbc.query("search disputes",
                DisputeSql.SELECT_VIEW + filter.where() + " order by d.created_at desc, d.id desc limit ? offset ?",
                DisputeSql::view, filter.valuesThen(query.limit(), query.offset()));
        return new DisputePage(items, total, query.limit(), query.offset());
    }

    @Override
    public List<ReasonTotals> reportByReason(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return jdbc.query("report disputes by reason", DisputeSql.REPORT_BY_REASON, DisputeSql::totals, from, to);
    }

    @Override
    public int countOpenForCustomer(long customerId) {
        return jdbc.queryOne("count a customer's open disputes", COUNT_OPEN_FOR_CUSTOMER, row -> row.getInt(1),
                customerId);
    }

    private DisputeView require(long disputeId) {
        return findById(disputeId).orElseThrow(() -> new NoSuchDisputeException(disputeId));
    }

    private static DisputeView sameRequest(DisputeView original, NewDispute retry) {
        if (original.invoiceId() != retry.invoiceId() || !original.reasonCode().equals(retry.reasonCode())) {
            throw new IdempotencyConflictException("dispute");
        }
        return original;
    }
}
