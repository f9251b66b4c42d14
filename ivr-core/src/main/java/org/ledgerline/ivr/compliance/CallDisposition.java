package org.ledgerline.ivr.compliance;

/**
 * How a telephone call about a debt ended, as far as the call-frequency rule of 12 CFR
 * 1006.14(b)(2) cares. Each value says whether the call counts as a <em>placed</em> call toward "more
 * than seven times within seven consecutive days" and whether it was a <em>telephone conversation</em>
 * with the consumer, which starts the seven-day period of 1006.14(b)(2)(i)(B).
 *
 * <table>
 *   <caption>How each disposition counts</caption>
 *   <tr><th>disposition</th><th>counts toward 7 in 7 (when we placed it)</th><th>starts the 7-day period</th><th>why</th></tr>
 *   <tr><td>CONVERSATION</td><td>yes</td><td>yes</td><td>placed, connected, and the collector spoke with the consumer about the debt</td></tr>
 *   <tr><td>ANSWERED_NO_CONVERSATION</td><td>yes</td><td>no</td><td>connected, but a third party or wrong party answered, or the line dropped before any conversation</td></tr>
 *   <tr><td>LEFT_MESSAGE</td><td>yes</td><td>no</td><td>connected to voicemail or an answering machine; a limited-content message is not a conversation</td></tr>
 *   <tr><td>VOICEMAIL_NO_MESSAGE</td><td>yes</td><td>no</td><td>connected to voicemail, nothing left</td></tr>
 *   <tr><td>NO_ANSWER</td><td>yes</td><td>no</td><td>rang at the dialed number and nobody answered: connected, so it counts</td></tr>
 *   <tr><td>IN_PROGRESS</td><td>yes</td><td>no</td><td>placed, outcome not known yet (ringing or up): it already counts as placed</td></tr>
 *   <tr><td>BUSY</td><td>no</td><td>no</td><td>busy signal: not connected to the dialed number, excluded by 1006.14(b)(3)(ii)</td></tr>
 *   <tr><td>NOT_CONNECTED</td><td>no</td><td>no</td><td>the network answered "not in service", unallocated number or congestion before ringing: not connected to the dialed number, 1006.14(b)(3)(ii)</td></tr>
 *   <tr><td>SWITCH_FAILURE</td><td>no</td><td>no</td><td>our own switch or trunk failed before the call reached the telephone network: no call was placed to the person at all</td></tr>
 * </table>
 *
 * <p>Our reading. 1006.14(b)(2)(i) presumes a violation when a debt collector "places a telephone
 * call" to a person about a particular debt more than seven times within seven consecutive days, or
 * within seven consecutive days after a telephone conversation with the person about that debt (the
 * date of the conversation is the first day of the period). It counts calls placed, not
 * conversations (comment 14(b)(2)(i)), so a call that rings unanswered or reaches voicemail counts.
 * 1006.14(b)(3)(ii) then excludes calls "not connected to the dialed number"; its commentary,
 * 14(b)(3)(ii)-1, gives a busy signal and a not-in-service indication as examples (our reading). A
 * call that never left our own switch was never placed, and would be "not connected" anyway. A call the consumer placed to us is not a
 * call we placed, but a conversation in it still starts the seven-day period: the rule speaks of
 * "having had a telephone conversation", not of who dialled.
 */
public enum CallDisposition {
    CONVERSATION(true, true), ANSWERED_NO_CONVERSATION(true, false), LEFT_MESSAGE(true, false), VOICEMAIL_NO_MESSAGE(
            true, false), NO_ANSWER(true, false), IN_PROGRESS(true,
                    false), BUSY(false, false), NOT_CONNECTED(false, false), SWITCH_FAILURE(false, false);

    private final boolean connectedToDialedNumber;
    private final boolean conversation;

    CallDisposition(boolean connectedToDialedNumber, boolean conversation) {
        this.connectedToDialedNumber = connectedToDialedNumber;
        this.conversation = conversation;
    }

    /** True when a call we placed with this outcome counts toward "more than seven in seven days". */
    public boolean countsAsPlacedCall() {
        return connectedToDialedNumber;
    }

    /** True when the collector spoke with the consumer about the debt: the seven-day period starts. */
    public boolean isConversation() {
        return conversation;
    }
}
