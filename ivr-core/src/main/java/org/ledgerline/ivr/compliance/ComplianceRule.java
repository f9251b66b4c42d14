package org.ledgerline.ivr.compliance;

/** The rules the gate checks on every call, each with the text it implements, for the audit trail. */
public enum ComplianceRule {
    CUSTOMER_FLAGS("Flags that stop calls", "see each flag's source"), CONSUMER_LOCATION("The consumer's time zones",
            "12 CFR 1006.6(b)(1)(i) and its Official Interpretation (conflicting location information)"), CONVERSATION_PERIOD(
                    "No call within 7 days after a conversation",
                    "12 CFR 1006.14(b)(2)(i)(B)"), CALL_FREQUENCY("At most 7 placed calls in 7 consecutive days",
                            "12 CFR 1006.14(b)(2)(i)(A), 1006.14(b)(3)(ii)"), CALLING_HOURS(
                                    "Only between 8 a.m. and 9 p.m. local time",
                                    "12 CFR 1006.6(b)(1)(i)"), STATED_INCONVENIENT_TIMES(
                                            "Times the customer said are inconvenient",
                                            "12 CFR 1006.6(b)(1)(i), FDCPA 805(a)(1)");

    private final String title;
    private final String citation;

    ComplianceRule(String title, String citation) {
        this.title = title;
        this.citation = citation;
    }

    public String title() {
        return title;
    }

    public String citation() {
        return citation;
    }
}
