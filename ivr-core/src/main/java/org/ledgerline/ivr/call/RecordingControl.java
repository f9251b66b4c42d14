package org.ledgerline.ivr.call;

/**
 * The recording-control port: pauses and resumes the call recording on the caller's channel.
 *
 * <p>Why it exists (PCI DSS): calls are recorded, and a recording must never hold the card number
 * or security code a caller keys in (DTMF tones are audible in the recording). A payment flow
 * therefore pauses the recording before it asks for card digits and resumes it afterwards. Both
 * methods return only once the switch has <em>confirmed</em> the change; anything less (no answer
 * within the timeout, an error answer, no connection to the switch) throws {@link
 * RecordingControlException}. A flow that cannot get a confirmed pause must not take the payment
 * by keypad; a flow whose resume fails should say so in the call record, since the rest of the
 * call then goes unrecorded.
 *
 * <p>Implementations block the calling (virtual) thread for at most their configured action
 * timeout and are safe to call from many calls at once. {@code telephony.ami} implements it over
 * the Asterisk Manager Interface.
 */
public interface RecordingControl {

    /**
     * Pauses (mutes, both directions) the recording on the channel.
     *
     * @param channelName the Asterisk channel name, as in {@link CallSession#channelName()}
     * @param callId the call's id, used only to correlate log lines
     * @throws RecordingControlException when the pause was not confirmed
     */
    void pause(String channelName, String callId);

    /**
     * Resumes (un-mutes) the recording on the channel.
     *
     * @param channelName the Asterisk channel name, as in {@link CallSession#channelName()}
     * @param callId the call's id, used only to correlate log lines
     * @throws RecordingControlException when the resume was not confirmed
     */
    void resume(String channelName, String callId);
}
