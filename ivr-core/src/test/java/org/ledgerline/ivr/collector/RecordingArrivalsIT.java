package org.ledgerline.ivr.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.alert.Alert;
import org.ledgerline.storage.collector.CallRecording;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.collector.NewCallRecording;
import org.ledgerline.storage.collector.NewCollectorCall;
import org.ledgerline.storage.collector.RecordingLeg;
import org.ledgerline.storage.collector.TranscriptionStatus;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.GateVerdict;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * The wait for MixMonitor's files lives in the ledger: a node that knew nothing of the call (it
 * restarted, or another node recorded the call) settles every awaited file, seen or missing, once.
 */
class RecordingArrivalsIT {
    private static final Instant ENDED = Instant.parse("2026-11-24T16:35:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path recordingsDir;

    private Ledger ledger;
    private CollectorCall call;

    @BeforeEach
    void aCallEndedWithThreeRecordingsAwaited() {
        ledger = TestLedgers.newLedger();
        LedgerRows rows = new LedgerRows(ledger);
        long collector = rows.collector("collector7");
        long customer = rows.customer("Awaited Files Ltd.", "America/New_York", "2125550177");
        long account = rows.account(customer, "900177", "x");
        call = ledger.collectorCalls().record(new NewCollectorCall("1795800001.7", collector, customer, account,
                "PJSIP/2007", "2125550177", GateVerdict.allow(), true, "1795800001.7", "1795800001.7", null,
                ENDED.minusSeconds(90)));
        ledger.collectorCalls().recordEnd(call.id(), ENDED, AttemptDisposition.CONVERSATION);
        for (RecordingLeg leg : RecordingLeg.values()) {
            ledger.callRecordings().register(new NewCallRecording(call.id(), leg,
                    "collector-1795800001-7-" + leg.name().toLowerCase(Locale.ROOT) + ".wav",
                    ENDED.minusSeconds(90)));
        }
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    /** A node started at {@code now}: nothing in memory, only the ledger. */
    private RecordingArrivals nodeAt(Instant now) {
        return new RecordingArrivals(ledger, ledger.callRecordings(), ledger.alerts(), recordingsDir, TIMEOUT,
                Runnable::run, Clock.fixed(now, ZoneOffset.UTC));
    }

    private List<Alert> missingAlerts() {
        return ledger.alerts().findOpen().stream().filter(a -> a.kind().equals(RecordingArrivals.ALERT_KIND)).toList();
    }

    @Test
    void aRestartedNodeSeesTheFilesThatCameAndGivesUpOnTheOneThatDidNotOnce() throws IOException {
        Files.writeString(recordingsDir.resolve("collector-1795800001-7-mix.wav"), "RIFF mix");
        assertThat(nodeAt(ENDED.plusSeconds(5)).checkAwaited()).as("only the mix is there yet").isEqualTo(1);
        Files.writeString(recordingsDir.resolve("collector-1795800001-7-collector.wav"), "RIFF collector");

        int settled = nodeAt(ENDED.plus(TIMEOUT)).checkAwaited();
        int again = nodeAt(ENDED.plus(TIMEOUT).plusSeconds(30)).checkAwaited();

        assertThat(settled).isEqualTo(2);
        assertThat(again).as("nothing left to wait for").isZero();
        List<CallRecording> recordings = ledger.callRecordings().recordingsOf(call.id());
        assertThat(recordings).filteredOn(r -> r.leg() != RecordingLeg.CUSTOMER)
                .allSatisfy(r -> assertThat(r.sizeBytes()).isPositive());
        assertThat(recordings).filteredOn(r -> r.leg() == RecordingLeg.CUSTOMER).singleElement().satisfies(r -> {
            assertThat(r.sizeBytes()).isNull();
            assertThat(r.transcriptionStatus()).isEqualTo(TranscriptionStatus.NOT_WANTED);
        });
        assertThat(missingAlerts()).singleElement()
                .satisfies(alert -> assertThat(alert.subject()).contains("collector-1795800001-7-customer.wav"));
    }

    @Test
    void beforeTheDeadlineAMissingFileIsStillAwaited() {
        assertThat(nodeAt(ENDED.plus(TIMEOUT).minusSeconds(1)).checkAwaited()).isZero();

        assertThat(ledger.callRecordings().awaitingFiles(10)).hasSize(3);
        assertThat(missingAlerts()).isEmpty();
    }
}
