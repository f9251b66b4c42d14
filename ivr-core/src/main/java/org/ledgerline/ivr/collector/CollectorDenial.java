package org.ledgerline.ivr.collector;

/**
 * Why the collector gate refused a call before the compliance rules could even be asked (the rules'
 * own reasons are {@link org.ledgerline.ivr.compliance.DenialReason}). The codes share the
 * {@code LEDGERLINE_GATE_REASON} variable with those reasons, so their names never overlap.
 */
public enum CollectorDenial {
    UNKNOWN_COLLECTOR("This phone is not registered to a collector. The call was not placed."), AMBIGUOUS_COLLECTOR(
            "This phone is registered to more than one collector. The call was not placed."), UNKNOWN_NUMBER(
                    "The number dialled is not a customer's number. The call was not placed."), UNKNOWN_ACCOUNT(
                            "The account is unknown, or the number dialled is not the account holder's."), CHECK_FAILED(
                                    "The compliance check could not be completed. The call was not placed.");

    private final String description;

    CollectorDenial(String description) {
        this.description = description;
    }

    /** Plain words for the collector; no account data. */
    public String description() {
        return description;
    }
}
