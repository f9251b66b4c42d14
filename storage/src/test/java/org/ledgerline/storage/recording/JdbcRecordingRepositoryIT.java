package org.ledgerline.storage.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcRecordingRepositoryIT {
    private static final Instant STARTED = Instant.parse("2026-11-24T15:00:00Z");

    private Ledger ledger;
    private LedgerRows rows;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        rows = new LedgerRows(ledger);
        rows.call("call-1");
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void registersARecordingWithItsDurationAndFindsItByCall() {
        Recording whole = ledger.recordings().record(new NewRecording("rec-call-1", "call-1", RecordingKind.CALL,
                "/var/spool/asterisk/monitor/call-1", "wav", STARTED, null));
        Recording description = ledger.recordings().record(new NewRecording("rec-desc-1", "call-1",
                RecordingKind.DISPUTE_DESCRIPTION, "/var/lib/ledgerline/recordings/call-1-dispute", "wav",
                STARTED.plusSeconds(40), Duration.ofMillis(12_500)));

        assertThat(description.duration()).isEqualTo(Duration.ofMillis(12_500));
        assertThat(description.endedAt()).isEqualTo(STARTED.plusSeconds(40).plusMillis(12_500));
        assertThat(whole.duration()).isNull();
        assertThat(ledger.recordings().findById(description.id())).contains(description);
        assertThat(ledger.recordings().findByCall("call-1")).containsExactly(whole, description);
    }

    @Test
    void registeringTheSameKeyAgainReturnsTheFirstRecording() {
        NewRecording recording = new NewRecording("rec-1", "call-1", RecordingKind.DISPUTE_DESCRIPTION,
                "/tmp/rec-1", "wav", STARTED.truncatedTo(ChronoUnit.MILLIS), Duration.ofSeconds(3));
        Recording first = ledger.recordings().record(recording);

        assertThat(ledger.recordings().record(recording)).isEqualTo(first);
        assertThat(rows.count("recordings")).isEqualTo(1);
    }

    @Test
    void aRecordingOfAnUnknownCallIsRefused() {
        assertThatThrownBy(() -> ledger.recordings().record(new NewRecording("rec-1", "no-such-call",
                RecordingKind.CALL, "/tmp/x", "wav", STARTED, null)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("SQLState 23503");
    }
}
