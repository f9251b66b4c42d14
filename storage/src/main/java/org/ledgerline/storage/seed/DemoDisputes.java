package org.ledgerline.storage.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.dispute.JdbcDisputeRepository;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.reference.ReferenceNumbers;
import org.ledgerline.storage.transcription.JdbcTranscriptionJobRepository;

/**
 * The demo ledger's disputes, so the disputes desk shows something on a fresh start: disputes
 * opened by phone over the last few weeks under every reason code (some more often than others),
 * a few escalated, resolved or rejected, each with its call and its history in the audit log dated
 * when it happened, and {@value #RECORDED} of them with the caller's recorded description.
 *
 * <p>The recordings are registered with paths relative to the recordings directory
 * ({@link #RECORDINGS}); the node writes their audio at start-up when a file is missing, since
 * storage knows nothing of audio. Disputes go on accounts that no call-flow demo uses (from
 * {@value #FIRST_ACCOUNT}, one per customer, short of the shared-phone account), so the demo
 * account's invoices and escalation counts stay as the README tells them.
 */
public final class DemoDisputes {
    /** A recorded description: its path relative to the recordings directory and the caller's words. */
    public record DemoRecording(String relativePath, String words) {}

    /** The demo recordings, in the order of the disputes that have them. */
    public static final List<DemoRecording> RECORDINGS = List.of(
            new DemoRecording("demo/dispute-goods-damaged",
                    "Hello. The pallet for this invoice arrived with three cartons crushed and the glass inside broken. "
                            + "We signed the delivery note under protest. Please send someone to collect it."),
            new DemoRecording("demo/dispute-pricing-error",
                    "We were billed the list price, but our contract says twelve percent off every order. "
                            + "Please send a corrected invoice."),
            new DemoRecording("demo/dispute-not-received",
                    "We never received these goods. The tracking number on the invoice shows nothing at all."));
    static final int RECORDED = 3;
    static final String FIRST_ACCOUNT = "100010";

    /** The first open invoice of each account in the range: one dispute per customer, as in real life. */
    private static final String OPEN_INVOICES = """
            select distinct on (a.account_number) i.id, i.account_id, i.status, i.open_balance
              from invoices i
              join accounts a on a.id = i.account_id
             where a.account_number >= ? and a.account_number < '100037'
               and i.status in ('OPEN', 'PARTIALLY_PAID') and i.open_balance > 0
             order by a.account_number, i.invoice_number
            """;
    private static final String INSERT_CALL = """
            insert into calls (call_id, direction, channel, caller_id, flow, account_id, started_at, ended_at, outcome)
            select ?, 'inbound', 'PJSIP/trunk-demo', p.phone_number, 'selfserve', a.id, ?, ?, 'completed'
              from accounts a
              left join customer_phone_numbers p on p.customer_id = a.customer_id
             where a.id = ?
             limit 1
            """;
    private static final String UNQUEUED_RECORDINGS = """
            select r.id from recordings r
             where r.idempotency_key like 'demo-recording-%'
               and not exists (select 1 from transcription_jobs j where j.recording_id = r.id)
             order by r.id
            """;
    private static final String INSERT_RECORDING = """
            insert into recordings (idempotency_key, call_id, kind, file_path, format, started_at, ended_at, duration_ms)
            values (?, ?, 'DISPUTE_DESCRIPTION', ?, 'wav', ?, ?, ?)
            returning id
            """;
    private static final String INSERT_DISPUTE = """
            insert into disputes (idempotency_key, reference_number, invoice_id, account_id, call_id, reason_code,
                                  description_recording_id, status, prior_invoice_status, disputed_amount,
                                  escalated_at, escalation_reason, resolved_at, resolution_note, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            returning id
            """;
    private static final String FLAG_INVOICE = "update invoices set status = 'DISPUTED' where id = ?";
    private static final String AUDIT = """
            insert into audit_log (at, actor, action, subject_type, subject_id, call_id, detail)
            values (?, ?, ?, 'dispute', ?, ?, ?)
            """;

    /** What happened to one demo dispute: reason, days ago, and how it stands. */
    private record Plan(String reason, int daysAgo, String status, @Nullable String note) {}

    private static final List<Plan> PLANS = List.of(
            new Plan("GOODS_DAMAGED", 3, "OPEN", null),
            new Plan("PRICING_ERROR", 5, "ESCALATED", "disputed amount is over the escalation threshold"),
            new Plan("NOT_RECEIVED", 8, "OPEN", null),
            new Plan("GOODS_DAMAGED", 10, "RESOLVED",
                    "Carrier confirmed the damage; credit note issued for the broken cartons."),
            new Plan("GOODS_DAMAGED", 12, "OPEN", null),
            new Plan("DUPLICATE_BILLING", 14, "RESOLVED", "Invoice was raised twice; the duplicate is cancelled."),
            new Plan("PRICING_ERROR", 17, "OPEN", null),
            new Plan("QUANTITY_MISMATCH", 19, "OPEN", null),
            new Plan("GOODS_DAMAGED", 22, "ESCALATED", "customer has several open disputes"),
            new Plan("PRICING_ERROR", 25, "REJECTED", "Contract discount applies to orders over 500 units only."),
            new Plan("NOT_RECEIVED", 28, "OPEN", null),
            new Plan("OTHER", 31, "OPEN", null),
            new Plan("GOODS_DAMAGED", 36, "OPEN", null),
            new Plan("DUPLICATE_BILLING", 41, "OPEN", null),
            new Plan("PRICING_ERROR", 47, "RESOLVED", "Price corrected to the contract rate."),
            new Plan("NOT_RECEIVED", 53, "OPEN", null));

    private final Jdbc jdbc;

    DemoDisputes(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues the transcription of every demo dispute description that has no job yet (a demo ledger
     * seeded before descriptions were transcribed); returns how many it queued.
     */
    static int queueUntranscribedDescriptions(Jdbc jdbc) {
        List<Long> ids = jdbc.query("find demo descriptions without a transcription job", UNQUEUED_RECORDINGS,
                row -> row.getLong(1));
        JdbcTranscriptionJobRepository jobs = new JdbcTranscriptionJobRepository(jdbc);
        ids.forEach(jobs::enqueueRecording);
        return ids.size();
    }

    /** Opens the demo disputes on the seeded invoices, dated back from {@code today}. */
    void seed(LocalDate today) {
        record Candidate(long invoiceId, long accountId, String status, java.math.BigDecimal open) {}
        List<Candidate> invoices = jdbc.query("find invoices to dispute", OPEN_INVOICES,
                row -> new Candidate(row.getLong(1), row.getLong(2), row.getString(3), row.getBigDecimal(4)),
                FIRST_ACCOUNT);
        for (int i = 0; i < PLANS.size() && i < invoices.size(); i++) {
            Plan plan = PLANS.get(i);
            Candidate invoice = invoices.get(i);
            Instant opened = today.minusDays(plan.daysAgo()).atTime(LocalTime.of(9 + i % 8, 10 + i))
                    .toInstant(ZoneOffset.UTC);
            String callId = "demo-call-" + (i + 1);
            jdbc.update("seed a call", INSERT_CALL, callId, opened.minusSeconds(150), opened.plusSeconds(60),
                    invoice.accountId());
            Long recordingId = null;
            if (i < RECORDED) {
                recordingId = jdbc.queryOne("seed a recording", INSERT_RECORDING, row -> row.getLong(1),
                        "demo-recording-" + (i + 1), callId, RECORDINGS.get(i).relativePath(),
                        opened.minusSeconds(40), opened.minusSeconds(30), 10_000);
                // Registered by SQL, not by the repository that queues its job: queue it here.
                new JdbcTranscriptionJobRepository(jdbc).enqueueRecording(recordingId);
            }
            boolean escalated = plan.status().equals("ESCALATED");
            boolean closed = plan.status().equals("RESOLVED") || plan.status().equals("REJECTED");
            Instant escalatedAt = escalated ? opened.plusSeconds(5) : null;
            Instant closedAt = closed ? opened.plusSeconds(86_400L + 3_600L * i) : null;
            String reference = ReferenceNumbers.next(jdbc);
            long disputeId = jdbc.queryOne("seed a dispute", INSERT_DISPUTE, row -> row.getLong(1),
                    "demo-dispute-" + (i + 1), reference, invoice.invoiceId(), invoice.accountId(), callId,
                    plan.reason(),
                    recordingId, plan.status(), invoice.status(), invoice.open(),
                    escalatedAt, escalated ? plan.note() : null, closedAt, closed ? plan.note() : null,
                    opened, closedAt != null ? closedAt : escalatedAt != null ? escalatedAt : opened);
            String subject = Long.toString(disputeId);
            audit(opened, "ivr", JdbcDisputeRepository.DISPUTE_OPENED, subject, callId,
                    "Opened for invoice id " + invoice.invoiceId() + ", reason " + plan.reason() + ", reference "
                            + reference);
            if (escalatedAt != null) {
                audit(escalatedAt, "system", JdbcDisputeRepository.DISPUTE_ESCALATED, subject, callId,
                        "Escalated: " + plan.note());
            } else if (closedAt != null) {
                audit(closedAt, "seed", JdbcDisputeRepository.DISPUTE_STATUS_CHANGED, subject, callId,
                        "OPEN -> " + plan.status() + ": " + plan.note());
            }
            if (!closed) {
                jdbc.update("flag a disputed invoice", FLAG_INVOICE, invoice.invoiceId());
            }
        }
    }

    private void audit(Instant at, String actor, String action, String subject, String callId, String detail) {
        jdbc.update("seed a dispute's history", AUDIT, at, actor, action, subject, callId, detail);
    }
}
