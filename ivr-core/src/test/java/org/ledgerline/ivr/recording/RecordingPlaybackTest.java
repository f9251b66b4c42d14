package org.ledgerline.ivr.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.ivr.testing.InMemoryLedger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.recording.NewRecording;
import org.ledgerline.storage.recording.RecordingKind;
import org.ledgerline.storage.search.CallDirection;
import org.ledgerline.storage.search.CallFacts;
import org.ledgerline.storage.search.SearchScope;
import org.ledgerline.storage.search.SegmentPage;
import org.ledgerline.storage.search.SegmentQuery;
import org.ledgerline.storage.search.TranscriptDetail;
import org.ledgerline.storage.search.TranscriptSearch;

/**
 * A self-serve recording plays by the collector calls' rules: only to a listener whose scope holds
 * its customer, and the start of a playback (not each byte range) is audited with the offset.
 */
class RecordingPlaybackTest {
    private static final long CUSTOMER = 7;
    private static final long MANAGER_OF_CUSTOMER = 42;
    private static final long OTHER_MANAGER = 43;

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
        playback = new RecordingPlayback(ledger.recordings(), new OneCustomersCalls(recordingId), ledger.auditLog(),
                new RecordingFiles(directory));
    }

    @Test
    void thePlayersFirstRequestIsAuditedWithTheListenerAndTheOffset() {
        RecordingPlayback.Playback started = playback.start(recordingId, 4.2, "bytes=0-",
                "carol.credit", SearchScope.manager(MANAGER_OF_CUSTOMER));

        assertThat(started.range()).isEqualTo(new ByteRange.Part(0, 999, 1000));
        assertThat(started.mediaType()).isEqualTo("audio/wav");
        assertThat(lines()).singleElement().satisfies(line -> {
            assertThat(line.actor()).isEqualTo("carol.credit");
            assertThat(line.action()).isEqualTo(RecordingPlayback.PLAYED);
            assertThat(line.callId()).isEqualTo("call-1");
            assertThat(line.detail()).isEqualTo("at=4.20");
        });
    }

    @Test
    void laterChunksOfTheSamePlaybackAreServedButNotAuditedAgain() {
        playback.start(recordingId, null, null, "alice.audit", SearchScope.EVERYTHING);
        RecordingPlayback.Playback chunk = playback.start(recordingId, null, "bytes=100-", "alice.audit",
                SearchScope.EVERYTHING);

        assertThat(chunk.range()).isEqualTo(new ByteRange.Part(100, 999, 1000));
        assertThat(lines()).extracting(AuditEntry::detail).containsExactly("at=start");
    }

    @Test
    void aManagerOfAnotherPortfolioAndACollectorMayNotPlayItAndNothingIsAudited() {
        for (SearchScope scope : new SearchScope[] {SearchScope.manager(OTHER_MANAGER), SearchScope.collector(5),
                SearchScope.NOTHING}) {
            assertThatThrownBy(() -> playback.start(recordingId, null, null, "mallory", scope))
                    .isInstanceOf(PlaybackNotPermittedException.class)
                    .hasMessage("recording " + recordingId + " is not one of the calls you may play");
        }
        assertThat(lines()).isEmpty();
    }

    @Test
    void aRangePastTheEndPlaysNothingAndIsNotAuditedAsAPlayback() {
        assertThat(playback.start(recordingId, null, "bytes=5000-", "carol.credit", SearchScope.EVERYTHING).range())
                .isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(lines()).isEmpty();
    }

    @Test
    void anUnregisteredIdIsUnavailableAndNothingIsAudited() {
        assertThatThrownBy(() -> playback.start(recordingId + 100, null, null, "carol.credit", SearchScope.EVERYTHING))
                .isInstanceOfSatisfying(RecordingUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(RecordingUnavailableException.Reason.NOT_REGISTERED));
        assertThat(ledger.auditLog().findBySubject("recording", Long.toString(recordingId + 100))).isEmpty();
    }

    private java.util.List<AuditEntry> lines() {
        return ledger.auditLog().findBySubject(RecordingPlayback.SUBJECT, Long.toString(recordingId));
    }

    /** One recording, of customer {@link #CUSTOMER}, who is in {@link #MANAGER_OF_CUSTOMER}'s portfolio. */
    private record OneCustomersCalls(long recordingId) implements TranscriptSearch {
        @Override
        public Optional<CallFacts> selfServeRecording(long id) {
            return id != recordingId
                    ? Optional.empty()
                    : Optional.of(new CallFacts(null, "call-1", id, Instant.parse("2026-11-24T09:00:00Z"), null, null,
                            CUSTOMER, "Acme", 3L, "10000003", CallDirection.INBOUND, null));
        }

        @Override
        public boolean sees(SearchScope scope, CallFacts call) {
            return scope.everything() || (Long.valueOf(MANAGER_OF_CUSTOMER).equals(scope.managerUserId())
                    && Long.valueOf(CUSTOMER).equals(call.customerId()));
        }

        @Override
        public SegmentPage search(SegmentQuery query, SearchScope scope) {
            throw new UnsupportedOperationException("not searched here");
        }

        @Override
        public Optional<TranscriptDetail> transcript(long transcriptId) {
            return Optional.empty();
        }

        @Override
        public Optional<CallFacts> collectorCall(long collectorCallId) {
            return Optional.empty();
        }

        @Override
        public Optional<Long> transcriptOfCall(String callId) {
            return Optional.empty();
        }
    }
}
