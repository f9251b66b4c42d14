package org.ledgerline.ivr.payment;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.call.RecordingControl;
import org.ledgerline.ivr.call.RecordingControlException;
import org.ledgerline.ivr.call.RecordingControlFailure;
import org.ledgerline.ivr.testing.FakeCallChannel;

/**
 * Recording control for flow tests: records each pause and resume with how many collects the
 * caller's channel had answered at that moment, so a test can tell which digits were keyed while
 * the recording was paused. Pauses or resumes can be made to fail as an unconfirmed AMI action does.
 */
final class FakeRecordingControl implements RecordingControl {
    /** One confirmed or refused change, and the number of collects answered before it. */
    record Change(String kind, String channelName, int collectsBefore, boolean confirmed) {}

    private final List<Change> changes = new ArrayList<>();
    private @Nullable FakeCallChannel channel;
    private boolean failPauses;
    private boolean failResumes;

    /** The call whose collects changes are counted against (a retried call is a new channel). */
    FakeRecordingControl observe(FakeCallChannel callChannel) {
        this.channel = callChannel;
        return this;
    }

    FakeRecordingControl failPauses() {
        failPauses = true;
        return this;
    }

    FakeRecordingControl failResumes() {
        failResumes = true;
        return this;
    }

    private int collectionsSoFar() {
        return channel == null ? 0 : channel.collections().size();
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    @Override
    public void pause(String channelName, String callId) {
        changes.add(new Change("pause", channelName, collectionsSoFar(), !failPauses));
        if (failPauses) {
            throw new RecordingControlException(RecordingControlFailure.TIMED_OUT, "test: pause not confirmed");
        }
    }

    @Override
    public void resume(String channelName, String callId) {
        changes.add(new Change("resume", channelName, collectionsSoFar(), !failResumes));
        if (failResumes) {
            throw new RecordingControlException(RecordingControlFailure.REJECTED, "test: No such channel");
        }
    }
}
