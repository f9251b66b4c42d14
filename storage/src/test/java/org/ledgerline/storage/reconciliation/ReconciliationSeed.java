package org.ledgerline.storage.reconciliation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.LedgerRows;

/**
 * Writes the rows a reconciliation reads straight into the tables, as the transcription pipeline and
 * the promise flows would leave them: calls, collector calls, recordings, transcripts with segments,
 * ledger promises and payments taken on a call.
 */
public final class ReconciliationSeed {
    private final Ledger ledger;
    private final LedgerRows rows;
    private final long accountId;
    private int keys;

    public ReconciliationSeed(Ledger ledger) {
        this.ledger = ledger;
        this.rows = new LedgerRows(ledger);
        long customer = rows.customer("Reconcile Customer", "America/Chicago", "5551000");
        this.accountId = rows.account(customer, "7700991", "x");
    }

    public long accountId() {
        return accountId;
    }

    public long collector(String username) {
        return rows.collector(username);
    }

    /** A collector call with its calls row; returns the collector call's id. */
    public long collectorCall(String callId, long collectorUserId, Instant startedAt) {
        call(callId, startedAt);
        return ledger.jdbc().queryOne("test: collector call", """
                insert into collector_calls (idempotency_key, collector_user_id, account_id, dialled_number,
                                             gate_decision, call_id, started_at)
                values (?, ?, ?, '5551000', 'ALLOWED', ?, ?)
                returning id
                """, row -> row.getLong(1), "cc-" + callId, collectorUserId, accountId, callId, startedAt);
    }

    /** A self-serve calls row with a recording of the whole call; returns the recording's id. */
    public long selfServeRecording(String callId, Instant startedAt) {
        call(callId, startedAt);
        return ledger.jdbc().queryOne("test: recording", """
                insert into recordings (idempotency_key, call_id, kind, file_path, started_at)
                values (?, ?, 'CALL', ?, ?)
                returning id
                """, row -> row.getLong(1), "rec-" + callId, callId, callId + ".wav", startedAt);
    }

    public long transcriptOfCollectorCall(long collectorCallId) {
        return ledger.jdbc().queryOne("test: transcript", """
                insert into transcripts (collector_call_id, engine, language, full_text)
                values (?, 'vosk', 'en-US', '') returning id
                """, row -> row.getLong(1), collectorCallId);
    }

    public long transcriptOfRecording(long recordingId) {
        return ledger.jdbc().queryOne("test: transcript", """
                insert into transcripts (recording_id, engine, language, full_text)
                values (?, 'vosk', 'en-US', '') returning id
                """, row -> row.getLong(1), recordingId);
    }

    /** A segment; a spoken promise when amount or date is given. */
    public void segment(long transcriptId, String speaker, int startMs, String text, @Nullable String amount,
            @Nullable LocalDate date) {
        boolean promise = amount != null || date != null;
        ledger.jdbc().update("test: segment", """
                insert into transcript_segments (transcript_id, seq, start_ms, end_ms, text, speaker, spoken_promise,
                                                 promise_amount, promise_date)
                values (?, (select count(*) from transcript_segments where transcript_id = ?), ?, ?, ?, ?, ?, ?, ?)
                """, transcriptId, transcriptId, startMs, startMs + 2_000, text, speaker, promise,
                amount == null ? null : new BigDecimal(amount), date);
    }

    public void ledgerPromise(String callId, String amount, LocalDate promisedFor) {
        keys++;
        ledger.jdbc().update("test: promise", """
                insert into promises_to_pay (idempotency_key, reference_number, account_id, call_id, amount, currency,
                                             promised_for)
                values (?, ?, ?, ?, ?, 'USD', ?)
                """, "p-" + keys + "-" + callId, "REF" + (1000 + keys), accountId, callId, new BigDecimal(amount),
                promisedFor);
    }

    /** A payment taken on the call, as the pay-by-phone flow leaves it ({@code status} as the gateway said). */
    public void payment(String callId, String amount, String status, Instant paidAt) {
        keys++;
        ledger.jdbc().update("test: payment", """
                insert into payments (idempotency_key, account_id, call_id, amount, currency, status,
                                      confirmation_number, paid_at)
                values (?, ?, ?, ?, 'USD', ?, ?, ?)
                """, "pay-" + keys + "-" + callId, accountId, callId, new BigDecimal(amount), status,
                "CONF" + (1000 + keys), paidAt);
    }

    private void call(String callId, Instant startedAt) {
        ledger.jdbc().update("test: call", """
                insert into calls (call_id, direction, flow, account_id, started_at)
                values (?, 'outbound', 'collector', ?, ?)
                """, callId, accountId, startedAt);
    }
}
