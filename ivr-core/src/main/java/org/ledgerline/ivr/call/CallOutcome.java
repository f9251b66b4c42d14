package org.ledgerline.ivr.call;

/**
 * How a call ended, as written to the ledger's calls table ({@link #code()}) and handed back to the
 * telephony layer, which counts {@link #isError() errors} and reports them to the switch.
 */
public enum CallOutcome {
    /** The flow ran to its end (the caller said goodbye or the flow hung up). */
    COMPLETED("completed", false),
    /** The caller was handed to a person (asked for one, or self-service could not go on). */
    TRANSFERRED("transferred", false),
    /** The caller hung up before the flow finished. */
    CALLER_HUNG_UP("caller-hung-up", false),
    /** The ledger could not be reached; the caller heard an apology and was transferred. */
    LEDGER_UNAVAILABLE("ledger-unavailable", true),
    /**
     * Asterisk asked for a flow we do not have (a dialplan or deployment mistake); the caller was
     * transferred, and the switch hears {@code FAILED} so the dialplan's fall-back applies too.
     */
    UNKNOWN_FLOW("unknown-flow", true),
    /** The connection to Asterisk broke. */
    CHANNEL_FAILURE("channel-failure", true),
    /** A defect stopped the flow; the caller heard an apology and was transferred. */
    FAILED("failed", true);

    private final String code;
    private final boolean error;

    CallOutcome(String code, boolean error) {
        this.code = code;
        this.error = error;
    }

    public String code() {
        return code;
    }

    /**
     * Whether something on our side failed (the ledger, the switch connection, a flow, a flow name
     * nobody serves) instead of the call ending the way calls do. A hang-up or a transfer the caller
     * asked for are not errors: the server did what it should.
     */
    public boolean isError() {
        return error;
    }
}
