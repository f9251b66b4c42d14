package org.ledgerline.ivr.app;

import org.ledgerline.ivr.call.RecordingControl;
import org.ledgerline.ivr.call.RecordingControlException;
import org.ledgerline.ivr.call.RecordingControlFailure;

/**
 * Recording control on a node without AMI ({@code ami.enabled=false}): nothing can be paused, so
 * every pause is refused and the payment flow takes no card, offering a person instead.
 */
final class UnavailableRecordingControl implements RecordingControl {

    @Override
    public void pause(String channelName, String callId) {
        throw notAvailable("pause", channelName);
    }

    @Override
    public void resume(String channelName, String callId) {
        throw notAvailable("resume", channelName);
    }

    private static RecordingControlException notAvailable(String change, String channelName) {
        return new RecordingControlException(RecordingControlFailure.NOT_CONNECTED,
                "Recording " + change + " impossible on " + channelName + ": AMI is disabled (ami.enabled=false)");
    }
}
