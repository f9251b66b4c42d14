package org.ledgerline.ivr.compliance;

/**
 * The flags on a customer that stop collection calls. Any active one denies the call; none of them
 * expires by itself, so a denial for a flag has no "next allowed" time: someone has to clear it.
 */
public enum FlagKind {
    DECEASED(DenialReason.DECEASED, false,
            "company policy; communications about a deceased consumer's debts go to the estate (12 CFR 1006.2(e), 1006.6(a)(4))"), BANKRUPTCY(
                    DenialReason.BANKRUPTCY, false,
                    "automatic stay, 11 U.S.C. 362(a)(6)"), ATTORNEY_REPRESENTED(DenialReason.ATTORNEY_REPRESENTED,
                            false,
                            "12 CFR 1006.6(b)(2), FDCPA 805(a)(2)"), CEASE_COMMUNICATION(
                                    DenialReason.CEASE_COMMUNICATION, false,
                                    "12 CFR 1006.6(c)(1), FDCPA 805(c)"), DO_NOT_CALL(DenialReason.DO_NOT_CALL, false,
                                            "the consumer's request not to be called (12 CFR 1006.14(h)(1)) and company do-not-call list"), WRONG_NUMBER(
                                                    DenialReason.WRONG_NUMBER, true,
                                                    "the number does not reach the consumer: calls would reach a third party (12 CFR 1006.6(d))");

    private final DenialReason reason;
    private final boolean perPhoneNumber;
    private final String source;

    FlagKind(DenialReason reason, boolean perPhoneNumber, String source) {
        this.reason = reason;
        this.perPhoneNumber = perPhoneNumber;
        this.source = source;
    }

    public DenialReason reason() {
        return reason;
    }

    /** True when the flag is set on one phone number rather than on the customer. */
    public boolean perPhoneNumber() {
        return perPhoneNumber;
    }

    /** The rule or policy the flag enforces, for the audit trail. */
    public String source() {
        return source;
    }
}
