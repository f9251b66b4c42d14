package org.ledgerline.ivr.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.RecordingControlException;
import org.ledgerline.ivr.call.RecordingControlFailure;
import org.ledgerline.ivr.simulator.ami.AmiAccount;
import org.ledgerline.ivr.simulator.ami.AmiEmulator;
import org.ledgerline.ivr.simulator.ami.EmulatedChannel;
import org.ledgerline.ivr.simulator.ami.ReceivedAction;

/** Pausing and resuming the recording over AMI, against the emulator over real TCP. */
class AmiRecordingControlIT {
    private static final String CHANNEL = "PJSIP/trunk-0000002a";
    private static final String CALL_ID = "1795510179.42";
    private static final Duration ACTION_TIMEOUT = Duration.ofMillis(400);
    private static final Duration WAIT = Duration.ofSeconds(5);

    private AmiEmulator emulator;
    private AmiConnection ami;
    private AmiRecordingControl recording;

    @BeforeEach
    void start() throws IOException {
        emulator = new AmiEmulator(List.of(AmiAccount.ledgerline("ledgerline", "s3cret"))).start(0);
        emulator.addChannel(EmulatedChannel.recorded(CHANNEL, CALL_ID));
        ami = new AmiConnection(new AmiSettings("127.0.0.1", emulator.port(), "ledgerline", "s3cret", ACTION_TIMEOUT));
        ami.open();
        recording = new AmiRecordingControl(ami);
    }

    @AfterEach
    void stop() throws IOException {
        ami.close();
        emulator.close();
    }

    @Test
    void pausesThenResumesAndAsteriskSeesBothInOrder() throws InterruptedException {
        recording.pause(CHANNEL, CALL_ID);
        emulator.pressKey(CHANNEL, '4');
        recording.resume(CHANNEL, CALL_ID);

        ReceivedAction pause = emulator.awaitAction(a -> a.isMixMonitorMute(CHANNEL, 1), WAIT).orElseThrow();
        ReceivedAction resume = emulator.awaitAction(a -> a.isMixMonitorMute(CHANNEL, 0), WAIT).orElseThrow();
        assertThat(pause.sequence()).isLessThan(resume.sequence());
        assertThat(pause.header("Direction")).contains("both");
        assertThat(resume.header("Direction")).contains("both");
    }

    @Test
    void anErrorAnswerIsNotAConfirmation() {
        emulator.failAction("MixMonitorMute", "Cannot set mute flag");

        assertThatThrownBy(() -> recording.pause(CHANNEL, CALL_ID))
                .isInstanceOfSatisfying(RecordingControlException.class,
                        e -> assertThat(e.failure()).isEqualTo(RecordingControlFailure.REJECTED))
                .hasMessageContaining(CHANNEL)
                .hasMessageContaining("Cannot set mute flag");
    }

    @Test
    void aStalledPauseFailsWithinTheActionTimeout() {
        emulator.stallAction("MixMonitorMute");
        long started = System.nanoTime();

        assertThatThrownBy(() -> recording.pause(CHANNEL, CALL_ID))
                .isInstanceOfSatisfying(RecordingControlException.class,
                        e -> assertThat(e.failure()).isEqualTo(RecordingControlFailure.TIMED_OUT));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ACTION_TIMEOUT.plusSeconds(1));
    }

    @Test
    void aStalledPauseDoesNotBlockOtherCallsAfterIt() {
        emulator.stallAction("MixMonitorMute");
        assertThatThrownBy(() -> recording.pause(CHANNEL, CALL_ID)).isInstanceOf(RecordingControlException.class);
        emulator.clearFaults();

        recording.pause(CHANNEL, CALL_ID);
    }

    @Test
    void anUnknownChannelIsRejected() {
        assertThatThrownBy(() -> recording.pause("PJSIP/trunk-000000ff", CALL_ID))
                .isInstanceOfSatisfying(RecordingControlException.class,
                        e -> assertThat(e.failure()).isEqualTo(RecordingControlFailure.REJECTED))
                .hasMessageContaining("No such channel");
    }

    @Test
    void aChannelWithoutARecordingCannotBePaused() {
        emulator.addChannel(new EmulatedChannel("PJSIP/trunk-0000002b", "1795510179.43", "", false));

        assertThatThrownBy(() -> recording.pause("PJSIP/trunk-0000002b", CALL_ID))
                .isInstanceOfSatisfying(RecordingControlException.class,
                        e -> assertThat(e.failure()).isEqualTo(RecordingControlFailure.REJECTED))
                .hasMessageContaining("Cannot set mute flag");
    }

    @Test
    void withoutAnAmiLoginNothingIsConfirmed() {
        AmiConnection notOpened = new AmiConnection(
                new AmiSettings("127.0.0.1", emulator.port(), "ledgerline", "s3cret", ACTION_TIMEOUT));

        assertThatThrownBy(() -> new AmiRecordingControl(notOpened).pause(CHANNEL, CALL_ID))
                .isInstanceOfSatisfying(RecordingControlException.class,
                        e -> assertThat(e.failure()).isEqualTo(RecordingControlFailure.NOT_CONNECTED));
    }
}
