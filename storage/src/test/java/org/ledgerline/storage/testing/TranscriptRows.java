package org.ledgerline.storage.testing;

import java.time.Instant;
import org.ledgerline.storage.Ledger;

/**
 * Inserts collector calls, self-serve calls and their transcripts and segments straight into the
 * tables, for tests of search and playback (the transcription pipeline that writes them in
 * production is another feature's).
 */
public final class TranscriptRows {
    private final Ledger ledger;
    private int keys;

    public TranscriptRows(Ledger ledger) {
        this.ledger = ledger;
    }

    /** An allowed collector call, ended with {@code disposition} five minutes after it started. */
    public long collectorCall(long collectorUserId, long customerId, long accountId, Instant startedAt,
            String disposition) {
        return ledger.jdbc().queryOne("test: insert collector call", """
                insert into collector_calls (idempotency_key, collector_user_id, customer_id, account_id,
                    dialled_number, gate_decision, started_at, answered_at, ended_at, disposition)
                values (?, ?, ?, ?, '5550100', 'ALLOWED', ?, ?, ?, ?)
                returning id
                """, row -> row.getLong(1), "test-call-" + ++keys, collectorUserId, customerId, accountId, startedAt,
                startedAt.plusSeconds(10), startedAt.plusSeconds(300), disposition);
    }

    /** A collector call's recording of {@code leg} (COLLECTOR, CUSTOMER, MIX) at {@code path} in recordings.dir. */
    public long callRecording(long collectorCallId, String leg, String path, Instant startedAt) {
        return ledger.jdbc().queryOne("test: insert call recording", """
                insert into call_recordings (collector_call_id, leg, file_path, started_at) values (?, ?, ?, ?)
                returning id
                """, row -> row.getLong(1), collectorCallId, leg, path, startedAt);
    }

    /** The transcript of a collector call. */
    public long collectorTranscript(long collectorCallId) {
        return ledger.jdbc().queryOne("test: insert transcript", """
                insert into transcripts (collector_call_id, engine, language, full_text) values (?, 'test', 'en', '')
                returning id
                """, row -> row.getLong(1), collectorCallId);
    }

    /** A self-serve call on {@code accountId}, its whole-call recording and that recording's transcript. */
    public long selfServeTranscript(String callId, long accountId, Instant startedAt) {
        ledger.jdbc().update("test: insert call",
                """
                        insert into calls (call_id, direction, flow, account_id, started_at) values (?, 'inbound', 'selfserve', ?, ?)
                        """,
                callId, accountId, startedAt);
        long recording = ledger.jdbc().queryOne("test: insert recording", """
                insert into recordings (idempotency_key, call_id, kind, file_path, started_at)
                values (?, ?, 'CALL', ?, ?) returning id
                """, row -> row.getLong(1), "test-recording-" + ++keys, callId, "selfserve/" + callId, startedAt);
        return ledger.jdbc().queryOne("test: insert transcript", """
                insert into transcripts (recording_id, engine, language, full_text) values (?, 'test', 'en', '')
                returning id
                """, row -> row.getLong(1), recording);
    }

    /** A segment of {@code speaker} (COLLECTOR, CUSTOMER, CALLER) starting at {@code startMs}, two seconds long. */
    public long segment(long transcriptId, int seq, String speaker, int startMs, String text, String normalized,
            boolean spokenPromise) {
        return ledger.jdbc().queryOne("test: insert segment", """
                insert into transcript_segments (transcript_id, seq, start_ms, end_ms, text, speaker, normalized,
                    spoken_promise)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, row -> row.getLong(1), transcriptId, seq, startMs, startMs + 2000, text, speaker, normalized,
                spokenPromise);
    }

    /** A segment without a normal form or promise. */
    public long segment(long transcriptId, int seq, String speaker, int startMs, String text) {
        return segment(transcriptId, seq, speaker, startMs, text, "", false);
    }
}
