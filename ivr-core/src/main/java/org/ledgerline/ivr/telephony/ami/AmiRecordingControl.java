package org.ledgerline.ivr.telephony.ami;

import java.util.Objects;
import org.asteriskjava.manager.action.MixMonitorMuteAction;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.call.RecordingControl;
import org.ledgerline.ivr.call.RecordingControlException;
import org.ledgerline.ivr.call.RecordingControlFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recording control over AMI: {@code MixMonitorMute} with {@code Direction: both} and {@code State:
 * 1} to pause, {@code 0} to resume, on the caller's channel. Only {@code Response: Success}
 * confirms. Asterisk answers Success when the channel exists and has audiohooks, and {@code
 * Cannot set mute flag} when the channel has none (no MixMonitor running), {@code No such channel}
 * when the call is gone.
 */
public final class AmiRecordingControl implements RecordingControl {
    private static final Logger log = LoggerFactory.getLogger(AmiRecordingControl.class);
    private static final String BOTH_DIRECTIONS = "both";

    private final AmiConnection ami;

    public AmiRecordingControl(AmiConnection ami) {
        this.ami = Objects.requireNonNull(ami, "ami");
    }

    @Override
    public void pause(String channelName, String callId) {
        setMuted(channelName, callId, true);
        log.info("Recording paused on {} for call {}", channelName, callId);
    }

    @Override
    public void resume(String channelName, String callId) {
        setMuted(channelName, callId, false);
        log.info("Recording resumed on {} for call {}", channelName, callId);
    }

    private void setMuted(String channelName, String callId, boolean muted) {
        Objects.requireNonNull(channelName, "channelName");
        Objects.requireNonNull(callId, "callId");
        String change = muted ? "pause" : "resume";
        ManagerResponse response;
        try {
            response = ami.send(new MixMonitorMuteAction(channelName, BOTH_DIRECTIONS, muted ? 1 : 0));
        } catch (AmiNotConnectedException e) {
            throw failure(RecordingControlFailure.NOT_CONNECTED, change, channelName, callId, e.getMessage(), e);
        } catch (AmiTimeoutException e) {
            throw failure(RecordingControlFailure.TIMED_OUT, change, channelName, callId, e.getMessage(), e);
        }
        if (response instanceof ManagerError || !"Success".equalsIgnoreCase(response.getResponse())) {
            throw failure(RecordingControlFailure.REJECTED, change, channelName, callId,
                    "Asterisk answered " + response.getResponse() + ": " + response.getMessage(), null);
        }
    }

    private static RecordingControlException failure(RecordingControlFailure reason, String change, String channelName,
            String callId, @Nullable String detail, @Nullable Throwable cause) {
        return new RecordingControlException(reason,
                "Recording " + change + " not confirmed on " + channelName + " (call " + callId + "): " + detail,
                cause);
    }
}
