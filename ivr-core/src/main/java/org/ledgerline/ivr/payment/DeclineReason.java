package org.ledgerline.ivr.payment;

/**
 * Why the gateway refused a card, in the few categories a caller can act on, each with the prompt key
 * that says it in plain words ("your card has expired"). Adapters map their gateway's many codes onto
 * these; anything unrecognised is {@link #DECLINED}.
 */
public enum DeclineReason {
    /** Refused without a reason the caller can act on. */
    DECLINED("payment-declined"), INSUFFICIENT_FUNDS("payment-declined-insufficient-funds"), EXPIRED_CARD(
            "payment-declined-card-expired"),
    /** The issuer does not know the number (or, in the sandbox, it is not a test card). */
    INVALID_CARD("payment-declined-card-invalid"), SECURITY_CODE_MISMATCH("payment-declined-security-code");

    private final String callerMessageKey;

    DeclineReason(String callerMessageKey) {
        this.callerMessageKey = callerMessageKey;
    }

    /** Prompt key telling the caller why, before offering another card or a person. */
    public String callerMessageKey() {
        return callerMessageKey;
    }
}
