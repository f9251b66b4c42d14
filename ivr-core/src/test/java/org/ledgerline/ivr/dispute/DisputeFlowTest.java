package org.ledgerline.ivr.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.CallerHungUpException;
import org.ledgerline.ivr.call.RecordedAudio;
import org.ledgerline.ivr.menu.Next;
import org.ledgerline.ivr.testing.FakeCallChannel;
import org.ledgerline.storage.dispute.DisputeReason;
import org.ledgerline.storage.dispute.DisputeStatus;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.recording.Recording;
import org.ledgerline.storage.recording.RecordingKind;

class DisputeFlowTest {
    private final DisputeFixture fixture = new DisputeFixture();

    @Test
    void aKeyedInvoiceIsDisputedOnceWithTheRecordedDescriptionAndTheCallerHearsTheReference() {
        FakeCallChannel channel = new FakeCallChannel()
                .press("10046#").press("3").press("1").speak(Duration.ofSeconds(12), RecordedAudio.Ending.KEY_PRESSED)
                .press("1");

        Next next = fixture.flow.run(channel, fixture.caller("call-1", channel));

        assertThat(next).isEqualTo(Next.MENU);
        DisputeView dispute = fixture.onlyDispute();
        assertThat(dispute.invoiceId()).isEqualTo(fixture.small.id());
        assertThat(dispute.reasonCode()).isEqualTo("NOT_RECEIVED");
        assertThat(dispute.status()).isEqualTo(DisputeStatus.OPEN);
        assertThat(dispute.callId()).isEqualTo("call-1");
        assertThat(fixture.ledger.invoice(fixture.small.id()).status()).isEqualTo(InvoiceStatus.DISPUTED);

        Recording recording = fixture.ledger.recordings().all().getFirst();
        assertThat(dispute.recordingId()).isEqualTo(recording.id());
        assertThat(recording.kind()).isEqualTo(RecordingKind.DISPUTE_DESCRIPTION);
        assertThat(recording.idempotencyKey()).isEqualTo("call-1/dispute-recording/1");
        assertThat(channel.recordings().getFirst().file())
                .as("the switch writes into the recordings directory")
                .isEqualTo("/var/spool/asterisk/ledgerline/call-1-dispute-recording-1");
        assertThat(recording.filePath())
                .as("the ledger keeps the path relative to recordings.dir, as RecordingFiles resolves it")
                .isEqualTo("call-1-dispute-recording-1");
        assertThat(recording.duration()).isEqualTo(Duration.ofSeconds(12));
        assertThat(channel.recordings().getFirst().maxLength()).isEqualTo(Duration.ofSeconds(60));

        assertThat(channel.heard()).containsSubsequence(
                "dispute-enter-invoice", "dispute-choose-reason", "dispute-reason-pricing-error",
                "dispute-reason-press", "num-1",
                "dispute-reason-other", "dispute-offer-recording", "dispute-record-after-tone",
                "dispute-recording-kept",
                "dispute-readback-invoice", "num-1", "num-0", "num-0", "num-4", "num-6", "dispute-readback-reason",
                "dispute-reason-not-received", "dispute-confirm", "dispute-recorded", "dispute-reference");
        List<String> heard = channel.heard();
        List<String> reference = dispute.referenceNumber().chars().mapToObj(c -> "num-" + (char) c).toList();
        assertThat(heard.subList(heard.size() - reference.size(), heard.size())).isEqualTo(reference);
        assertThat(fixture.notifier.told).isEmpty();
        assertThat(channel.unusedAnswers()).isZero();
    }

    @Test
    void anInvoiceThatIsNotTheCallersIsRefusedAndThreeTimesSendsThemToAPerson() {
        FakeCallChannel channel = new FakeCallChannel().press("99999#").press("12#").silence();

        Next next = fixture.flow.run(channel, fixture.caller("call-2", channel));

        assertThat(next).isEqualTo(Next.CALL_ENDED);
        assertThat(channel.heard()).containsSubsequence("dispute-invoice-unknown", "dispute-invoice-unknown",
                "menu-too-many-failures", "call-transfer-to-person");
        assertThat(channel.transferredTo()).contains(DisputeFixture.PERSON);
        assertThat(fixture.ledger.disputes().all()).isEmpty();
    }

    @Test
    void aLargeDisputeIsEscalatedTheCreditManagerToldAndTheCallerTransferred() {
        FakeCallChannel channel = new FakeCallChannel().press("1").press("2").press("1");

        Next next = fixture.flow.forInvoice(channel, fixture.caller("call-3", channel), fixture.large);

        assertThat(next).isEqualTo(Next.CALL_ENDED);
        DisputeView dispute = fixture.onlyDispute();
        assertThat(dispute.status()).isEqualTo(DisputeStatus.ESCALATED);
        assertThat(dispute.escalationReason()).contains("disputed amount 1200.00 USD");
        assertThat(fixture.notifier.told).extracting(DisputeView::referenceNumber)
                .containsExactly(dispute.referenceNumber());
        assertThat(channel.heard()).containsSubsequence("dispute-reference", "dispute-escalated-transfer",
                "call-transfer-to-person");
        assertThat(channel.transferredTo()).contains(DisputeFixture.PERSON);
        assertThat(fixture.ledger.recordings().all()).isEmpty();
    }

    @Test
    void anEmailThatCannotBeQueuedStillGivesTheCallerTheirReferenceAndTellsNobodyTwice() {
        fixture.notifier.failing = true;
        FakeCallChannel channel = new FakeCallChannel().press("1").press("2").press("1");

        fixture.flow.forInvoice(channel, fixture.caller("call-4", channel), fixture.large);

        DisputeView dispute = fixture.onlyDispute();
        List<String> reference = dispute.referenceNumber().chars().mapToObj(c -> "num-" + (char) c).toList();
        assertThat(channel.heard()).containsSubsequence(reference).doesNotContain("dispute-escalated-transfer");
        assertThat(fixture.notifier.told).isEmpty();
    }

    @Test
    void aCallerHangingUpDuringTheReferenceStillHasTheDisputeOpenedOnceAndEscalated() {
        FakeCallChannel channel = new FakeCallChannel().press("1").press("2").press("1")
                .hangUpDuring("dispute-recorded");

        assertThatThrownBy(() -> fixture.flow.forInvoice(channel, fixture.caller("call-5", channel), fixture.large))
                .isInstanceOf(CallerHungUpException.class);

        assertThat(fixture.onlyDispute().status()).isEqualTo(DisputeStatus.ESCALATED);
        assertThat(fixture.notifier.told).hasSize(1);
    }

    @Test
    void theSameCallReplayedOpensNothingNewAndDoesNotEmailTwice() {
        for (int attempt = 0; attempt < 2; attempt++) {
            FakeCallChannel channel = new FakeCallChannel().press("1").press("2").press("1");
            fixture.flow.forInvoice(channel, fixture.caller("call-6", channel), fixture.large);
            assertThat(channel.heard()).contains("dispute-reference");
        }

        assertThat(fixture.onlyDispute().status()).isEqualTo(DisputeStatus.ESCALATED);
        assertThat(fixture.notifier.told).hasSize(1);
    }

    @Test
    void whenTheLedgerDoesNotTakeTheDisputeTheCallerHearsItWasNotRecorded() {
        fixture.ledger.disputes().failNextWrites(2);
        FakeCallChannel channel = new FakeCallChannel().press("1").press("2").press("1").press("*");

        Next next = fixture.flow.forInvoice(channel, fixture.caller("call-7", channel), fixture.small);

        assertThat(next).isEqualTo(Next.MENU);
        assertThat(channel.heard()).containsSubsequence("dispute-not-recorded", "dispute-offer-person")
                .doesNotContain("dispute-reference");
        assertThat(fixture.ledger.disputes().all()).isEmpty();
        assertThat(fixture.ledger.invoice(fixture.small.id()).status()).isEqualTo(InvoiceStatus.OPEN);
    }

    @Test
    void aLostConnectionWhileOpeningIsRetriedOnceWithTheSameKey() {
        fixture.ledger.disputes().failNextWrites(1);
        FakeCallChannel channel = new FakeCallChannel().press("1").press("2").press("1");

        fixture.flow.forInvoice(channel, fixture.caller("call-8", channel), fixture.small);

        assertThat(channel.heard()).contains("dispute-reference");
        assertThat(fixture.ledger.disputes().findByIdempotencyKey("call-8/dispute/1")).isPresent();
    }

    @Test
    void anInvoiceAlreadyUnderDisputeIsNotDisputedAgain() {
        FakeCallChannel first = new FakeCallChannel().press("1").press("2").press("1");
        fixture.flow.forInvoice(first, fixture.caller("call-9", first), fixture.small);
        FakeCallChannel second = new FakeCallChannel().press("10046#");

        Next next = fixture.flow.run(second, fixture.caller("call-10", second));

        assertThat(next).isEqualTo(Next.MENU);
        assertThat(second.heard()).endsWith("dispute-already-disputed");
        assertThat(fixture.ledger.disputes().all()).hasSize(1);
    }

    @Test
    void aRecordingAsteriskCouldNotWriteIsSkippedAndTheDisputeGoesOnWithoutIt() {
        FakeCallChannel channel = new FakeCallChannel()
                .press("1").press("1").speak(Duration.ZERO, RecordedAudio.Ending.NOT_SAVED).press("1");

        fixture.flow.forInvoice(channel, fixture.caller("call-11", channel), fixture.small);

        assertThat(channel.heard()).containsSubsequence("dispute-recording-failed", "dispute-recorded");
        assertThat(fixture.onlyDispute().recordingId()).isNull();
        assertThat(fixture.ledger.recordings().all()).isEmpty();
    }

    @Test
    void choosingAgainAtTheReadBackOpensOnlyTheConfirmedDispute() {
        FakeCallChannel channel = new FakeCallChannel().press("1").press("2").press("2").press("6").press("2")
                .press("1");

        fixture.flow.forInvoice(channel, fixture.caller("call-12", channel), fixture.small);

        assertThat(fixture.onlyDispute().reasonCode()).isEqualTo("OTHER");
        assertThat(fixture.onlyDispute().referenceNumber()).isNotBlank();
    }

    @Test
    void aReasonCodeWithoutAPromptIsLeftOutOfTheSpokenList() {
        fixture.ledger.disputes().useReasons(List.of(
                new DisputeReason("LATE_DELIVERY", "Late delivery", 1), new DisputeReason("OTHER", "Other", 2)));
        FakeCallChannel channel = new FakeCallChannel().press("1").press("2").press("1");

        fixture.flow.forInvoice(channel, fixture.caller("call-13", channel), fixture.small);

        assertThat(channel.heard()).containsSubsequence("dispute-choose-reason", "dispute-reason-other",
                "dispute-reason-press", "num-1");
        assertThat(fixture.onlyDispute().reasonCode()).isEqualTo("OTHER");
    }
}
