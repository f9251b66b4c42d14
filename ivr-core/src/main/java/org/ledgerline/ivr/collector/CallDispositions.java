package org.ledgerline.ivr.collector;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.call.control.CallEndReason;
import org.ledgerline.ivr.call.control.CallProgress;
import org.ledgerline.storage.contact.AttemptDisposition;

/**
 * How a collector call that the gate allowed ended, from what the switch reported; this is what
 * the call-frequency rule counts (see compliance's package doc for how each disposition counts).
 *
 * <table>
 * <caption>Dial result (DialEnd's DialStatus) to disposition</caption>
 * <tr><th>Switch said</th><th>Disposition</th></tr>
 * <tr><td>ANSWER, connected at least the conversation minimum</td><td>CONVERSATION</td></tr>
 * <tr><td>ANSWER, shorter</td><td>ANSWERED_NO_CONVERSATION</td></tr>
 * <tr><td>BUSY</td><td>BUSY</td></tr>
 * <tr><td>NOANSWER; CANCEL (the collector gave up while it rang)</td><td>NO_ANSWER</td></tr>
 * <tr><td>CONGESTION, CHANUNAVAIL</td><td>NOT_CONNECTED</td></tr>
 * <tr><td>no dial result (our dialplan never dialled), any other result, or the call lost during an
 * AMI reconnect before it was answered</td><td>SWITCH_FAILURE</td></tr>
 * </table>
 *
 * <p>When the DialEnd was missed (e.g. during a reconnect) the first hang-up's Q.850 cause stands
 * in: 17 user busy is BUSY, 18/19 no answer is NO_ANSWER, 1/3/27/34/38/41/42 (number or network
 * unreachable) is NOT_CONNECTED; an answered call is judged by its length whatever the cause.
 */
public final class CallDispositions {
    /** The default of {@code compliance.conversationMinimumSeconds}: how long the two sides must be connected for the call to count as a conversation. */
    public static final Duration DEFAULT_CONVERSATION_MINIMUM = Duration.ofSeconds(10);

    private CallDispositions() {}

    /**
     * The disposition of an ended call.
     *
     * @param ended the call's ENDED progress (dial status, first hang-up cause, end reason)
     * @param answeredAt when the customer answered, or null when they never did
     * @param endedAt when the call ended
     */
    public static AttemptDisposition of(CallProgress ended, @Nullable Instant answeredAt, Instant endedAt,
            Duration conversationMinimum) {
        String status = ended.dialStatus().toUpperCase(Locale.ROOT);
        if (answeredAt != null || status.equals("ANSWER")) {
            Instant from = answeredAt == null ? endedAt : answeredAt;
            return Duration.between(from, endedAt).compareTo(conversationMinimum) >= 0
                    ? AttemptDisposition.CONVERSATION
                    : AttemptDisposition.ANSWERED_NO_CONVERSATION;
        }
        return switch (status) {
            case "BUSY" -> AttemptDisposition.BUSY;
            case "NOANSWER", "CANCEL" -> AttemptDisposition.NO_ANSWER;
            case "CONGESTION", "CHANUNAVAIL" -> AttemptDisposition.NOT_CONNECTED;
            case "" -> ended.endReason().orElse(CallEndReason.HUNG_UP) == CallEndReason.HUNG_UP
                    ? byHangupCause(ended.hangupCause())
                    : AttemptDisposition.SWITCH_FAILURE;
            default -> AttemptDisposition.SWITCH_FAILURE;
        };
    }

    private static AttemptDisposition byHangupCause(int cause) {
        return switch (cause) {
            case 17 -> AttemptDisposition.BUSY;
            case 18, 19 -> AttemptDisposition.NO_ANSWER;
            case 1, 3, 27, 34, 38, 41, 42 -> AttemptDisposition.NOT_CONNECTED;
            default -> AttemptDisposition.SWITCH_FAILURE;
        };
    }
}
