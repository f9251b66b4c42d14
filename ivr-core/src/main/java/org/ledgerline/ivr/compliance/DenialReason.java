package org.ledgerline.ivr.compliance;

/**
 * Why the gate refused a call, in words a collector can hear on the phone or read on the desk.
 * Declared in the order the gate reports them when several apply: what no amount of waiting fixes
 * first, then what time will fix.
 */
public enum DenialReason {
    DECEASED("The customer is recorded as deceased. Do not call."), BANKRUPTCY(
            "The customer is in bankruptcy. Collection calls are stopped."), ATTORNEY_REPRESENTED(
                    "The customer has an attorney for this debt. Contact the attorney, not the customer."), CEASE_COMMUNICATION(
                            "The customer asked us to stop contacting them."), DO_NOT_CALL(
                                    "The customer asked not to be called."), WRONG_NUMBER(
                                            "This number is marked as a wrong number for this customer."), LOCATION_UNKNOWN(
                                                    "We do not know the customer's time zone, so we cannot tell whether now is a convenient time."), RECENT_CONVERSATION(
                                                            "Someone spoke with the customer about this debt in the last seven days."), TOO_MANY_CALLS(
                                                                    "This debt already had seven calls in the last seven days."), OUTSIDE_CALLING_HOURS(
                                                                            "It is outside 8 a.m. to 9 p.m. where the customer is."), CUSTOMER_INCONVENIENT_TIME(
                                                                                    "The customer told us this time is not convenient.");

    private final String description;

    DenialReason(String description) {
        this.description = description;
    }

    /** One or two plain sentences; no account data, so it is safe to speak, show and log. */
    public String description() {
        return description;
    }
}
