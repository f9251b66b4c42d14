package org.ledgerline.ivr.compliance;

import java.time.Instant;
import java.util.Objects;

/**
 * One telephone call about a debt, as the call-frequency rule sees it.
 *
 * @param accountId   the debt (account) the call was about
 * @param phoneNumber the number dialled (outbound) or calling in (inbound), as stored
 * @param direction   who dialled
 * @param disposition how it ended ({@link CallDisposition} says how each counts)
 * @param at          when the call was placed (inbound: when it was answered); its local date in the
 *                    consumer's zone is the day it counts on
 * @param callId      the call record it comes from, for the audit trail
 */
public record ContactAttempt(long accountId, String phoneNumber, ContactDirection direction,
        CallDisposition disposition, Instant at, String callId) {

    public ContactAttempt {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(callId, "callId");
    }

    /** A call we placed that reached the network: it counts toward "more than seven in seven days". */
    public boolean countsAsPlacedCall() {
        return direction == ContactDirection.OUTBOUND && disposition.countsAsPlacedCall();
    }

    /** A conversation with the consumer about the debt, whoever dialled. */
    public boolean isConversation() {
        return disposition.isConversation();
    }
}
