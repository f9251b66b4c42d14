package org.ledgerline.ivr.dispute.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.recording.RecordingPlayback;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.dispute.DisputeQuery;
import org.ledgerline.storage.dispute.DisputeStatus;
import org.ledgerline.storage.dispute.NewDispute;
import org.ledgerline.storage.recording.NewRecording;
import org.ledgerline.storage.recording.RecordingKind;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

/** The desk's view of a real ledger: a dispute's whole history, from the audit log, in the business zone. */
class DisputeDeskIT {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static Ledger ledger;
    private static DisputeDesk desk;
    private static LedgerRows rows;
    private static long account;

    @BeforeAll
    static void openALedger() {
        ledger = TestLedgers.newLedger();
        rows = new LedgerRows(ledger);
        account = rows.account(rows.customer("Acme <Tools> & Sons", "America/Chicago"), "42000001", "unused");
        desk = new DisputeDesk(ledger.disputes(), ledger.audit(), new DeskFormat(CHICAGO), ledger.transcripts(),
                ledger.transcriptionJobs());
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void theHistoryTellsTheDisputesLifeOldestFirstIncludingWhoPlayedItsRecording() {
        String call = rows.call("desk-call-1");
        long recording = ledger.recordings()
                .record(new NewRecording("desk-rec-1", call, RecordingKind.DISPUTE_DESCRIPTION,
                        "desk/desc", "wav", Instant.parse("2026-11-24T10:00:00Z"), null))
                .id();
        long invoice = rows.openInvoice(account, "880001", "1234.50", LocalDate.of(2026, 10, 1));
        long id = ledger.disputes().open(new NewDispute("desk-1", invoice, "GOODS_DAMAGED", null, recording, call))
                .id();
        ledger.disputes().escalate(id, "amount over threshold");
        ledger.audit().append("carol", RecordingPlayback.PLAYED, "recording", Long.toString(recording), call,
                "Played bytes 0-99 of 100");
        ledger.audit().append("carol", RecordingPlayback.PLAYED, "recording", Long.toString(recording), call,
                "Played bytes 50-99 of 100");

        DisputeDetail closed = desk.close(id, DisputeStatus.RESOLVED, "Credit note issued", "morgan");

        assertThat(closed.history()).extracting(HistoryLine::event, HistoryLine::actor)
                .containsExactly(
                        tuple("Opened", "ivr"),
                        tuple("Escalated", "system"),
                        tuple("Recording played", "carol"),
                        tuple("Resolved", "morgan"));
        assertThat(closed.history().getLast().detail()).endsWith("Credit note issued");
        assertThat(closed.history().get(2).detail())
                .isEqualTo("2 playback requests, the last: Played bytes 50-99 of 100");
        assertThat(closed.status()).isEqualTo("RESOLVED");
        assertThat(closed.active()).isFalse();
        assertThat(closed.disputedAmount()).isEqualTo("USD 1,234.50");
        assertThat(closed.recordingId()).isEqualTo(recording);
        assertThat(closed.customerName()).isEqualTo("Acme <Tools> & Sons");
    }

    @Test
    void theListPagesThroughEveryMatchWithNewerAndOlderOffsets() {
        for (int i = 0; i < 5; i++) {
            long invoice = rows.openInvoice(account, "881" + i, "10.00", LocalDate.of(2026, 10, 1));
            ledger.disputes().open(new NewDispute("desk-page-" + i, invoice, "OTHER", null, null, null));
        }

        DisputeList second = desk.present(desk.search(DisputeQuery.all().withReasonCode("OTHER").withPage(2, 2)));

        assertThat(second.rows()).hasSize(2);
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.first()).isEqualTo(3);
        assertThat(second.last()).isEqualTo(4);
        assertThat(second.previousOffset()).isZero();
        assertThat(second.nextOffset()).isEqualTo(4);
        assertThat(second.rows()).allSatisfy(row -> assertThat(row.reasonDescription()).isEqualTo("Other"));
    }
}
