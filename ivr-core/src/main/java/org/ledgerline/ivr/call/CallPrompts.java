package org.ledgerline.ivr.call;

/** Prompt keys the call handling itself plays (all in the catalog; a test checks). */
public final class CallPrompts {
    public static final String TRANSFER_TO_PERSON = "call-transfer-to-person";
    public static final String UNKNOWN_SERVICE = "call-unknown-service";
    public static final String LEDGER_UNAVAILABLE = "call-ledger-unavailable";
    public static final String TECHNICAL_PROBLEM = "call-technical-problem";

    private CallPrompts() {}
}
