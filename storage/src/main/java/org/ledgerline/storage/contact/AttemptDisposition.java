package org.ledgerline.storage.contact;

/**
 * How a call about a debt ended. The names are those of ivr-core's {@code CallDisposition}, whose
 * Javadoc says how each counts toward "more than seven calls in seven days" and which one starts the
 * seven-day period after a conversation; the ledger only stores them.
 */
public enum AttemptDisposition {
    CONVERSATION, ANSWERED_NO_CONVERSATION, LEFT_MESSAGE, VOICEMAIL_NO_MESSAGE, NO_ANSWER, IN_PROGRESS, BUSY, NOT_CONNECTED, SWITCH_FAILURE
}
