package org.ledgerline.ivr.promise;

/** Prompt keys of the promise-to-pay flow (all in the catalog; a test checks). */
public final class PromisePrompts {
    public static final String MAIN_OPTION = "menu-main-option-promise";
    public static final String INVOICE_OPTION = "invoices-option-promise";

    public static final String NOTHING_OWED = "promise-nothing-owed";
    public static final String ENTER_AMOUNT = "promise-enter-amount";
    public static final String AMOUNT_INVALID = "promise-amount-invalid";
    public static final String AMOUNT_TOO_LARGE = "promise-amount-too-large";
    public static final String ENTER_DATE = "promise-enter-date";
    public static final String DATE_INVALID = "promise-date-invalid";
    public static final String DATE_PAST = "promise-date-past";
    public static final String DATE_TOO_SOON = "promise-date-too-soon";
    public static final String DATE_TOO_LATE = "promise-date-too-late";
    public static final String READBACK_AMOUNT = "promise-readback-amount";
    public static final String READBACK_DATE = "promise-readback-date";
    public static final String CONFIRM = "promise-confirm";
    public static final String RECORDED = "promise-recorded";
    public static final String REFERENCE = "promise-reference";
    public static final String NOT_RECORDED = "promise-not-recorded";
    public static final String OFFER_PERSON = "promise-offer-person";

    private PromisePrompts() {}
}
