package org.ledgerline.ivr.call;

/** How a call ended, as written to the ledger's calls table ({@link #code()}). */
public enum CallOutcome {
    /** The flow ran to its end (the caller said goodbye or the flow hung up). */
    COMPLETED("completed"),
    /** The caller was handed to a person (asked for one, or self-service could not go on). */
    TRANSFERRED("transferred"),
    /** The caller hung up before the flow finished. */
    CALLER_HUNG_UP("caller-hung-up"),
    /** The ledger could not be reached; the caller heard an apology and was transferred. */
    LEDGER_UNAVAILABLE("ledger-unavailable"),
    /** Asterisk asked for a flow we do not have; the caller was transferred. */
    UNKNOWN_FLOW("unknown-flow"),
    /** The connection to Asterisk broke. */
    CHANNEL_FAILURE("channel-failure"),
    /** A defect stopped the flow; the caller heard an apology and was transferred. */
    FAILED("failed");

    private final String code;

    CallOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
