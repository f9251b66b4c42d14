package org.ledgerline.ivr.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.ivr.testing.InMemoryLedger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.recording.NewRecording;
import org.ledgerline.storage.recording.RecordingKind;

/** Every playback is audited with who listened and which part, before anything is sent. */
class RecordingPlaybackTest {
    @TempDir
    Path directory;

    private final InMemoryLedger ledger = new InMemoryLedger(
            Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));
    private RecordingPlayback playback;
    private long recordingId;

    @BeforeEach
    void registerARecordingOf1000Bytes() throws IOException {
        Files.write(directory.resolve("desc.wav"), new byte[1000]);
        recordingId = ledger.recordings().record(new NewRecording("rec-1", "call-1", RecordingKind.DISPUTE_DESCRIPTION,
                directory + "/desc", "wav", Instant.parse("2026-11-24T09:00:00Z"), null)).id();
        playback = new RecordingPlayback(ledger.recordings(), ledger.auditLog(), new RecordingFiles(directory));
    }

    @Test
    void aRangedPlaybackIsAuditedWithTheListenerAndTheBytes() {
        RecordingPlayback.Playback started = playback.start(recordingId, "bytes=100-", "carol.credit");

        assertThat(started.range()).isEqualTo(new ByteRange.Part(100, 999, 1000));
        assertThat(started.mediaType()).isEqualTo("audio/wav");
        assertThat(ledger.auditLog().findBySubject("recording", Long.toString(recordingId)))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.actor()).isEqualTo("carol.credit");
                    assertThat(line.action()).isEqualTo(RecordingPlayback.PLAYED);
                    assertThat(line.callId()).isEqualTo("call-1");
                    assertThat(line.detail()).isEqualTo("Played bytes 100-999 of 1000");
                });
    }

    @Test
    void aWholePlaybackIsAuditedToo() {
        playback.start(recordingId, null, "alice.audit");

        assertThat(ledger.auditLog().findBySubject("recording", Long.toString(recordingId)))
                .extracting(AuditEntry::detail).containsExactly("Played the whole recording (1000 bytes)");
    }

    @Test
    void aRangePastTheEndPlaysNothingAndIsNotAuditedAsAPlayback() {
        assertThat(playback.start(recordingId, "bytes=5000-", "carol.credit").range())
                .isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(ledger.auditLog().findBySubject("recording", Long.toString(recordingId))).isEmpty();
    }

    @Test
    void anUnregisteredIdIsUnavailableAndNothingIsAudited() {
        assertThatThrownBy(() -> playback.start(recordingId + 100, null, "carol.credit"))
                .isInstanceOfSatisfying(RecordingUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(RecordingUnavailableException.Reason.NOT_REGISTERED));
        assertThat(ledger.auditLog().findBySubject("recording", Long.toString(recordingId + 100))).isEmpty();
    }
}
