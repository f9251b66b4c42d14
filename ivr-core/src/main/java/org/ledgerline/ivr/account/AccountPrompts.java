package org.ledgerline.ivr.account;

/** Prompt keys of identification, balance and invoice read-outs (all in the catalog; a test checks). */
public final class AccountPrompts {
    public static final String ENTER_ACCOUNT_NUMBER = "id-enter-account-number";
    public static final String ENTER_PIN = "id-enter-pin";
    public static final String CALLER_ID_ENTER_PIN = "id-caller-id-enter-pin";
    public static final String NO_INPUT = "id-no-input";
    public static final String NOT_RECOGNISED = "id-not-recognised";
    public static final String TOO_MANY_ATTEMPTS = "id-too-many-attempts";
    public static final String VERIFIED = "id-verified";

    public static final String NOTHING_OWED = "balance-nothing-owed";
    public static final String PAST_DUE = "balance-past-due";
    public static final String NOTHING_PAST_DUE = "balance-nothing-past-due";
    public static final String TOTAL_OPEN = "balance-total-open";
    public static final String OLDEST_WAS_DUE = "balance-oldest-was-due";
    public static final String NEXT_DUE = "balance-next-due";
    public static final String INCLUDES_DISPUTED = "balance-includes-disputed";

    public static final String INVOICES_COUNT_ONE = "invoices-count-one";
    public static final String INVOICES_COUNT_BEFORE = "invoices-count-before";
    public static final String INVOICES_COUNT_AFTER = "invoices-count-after";
    public static final String INVOICE_NUMBER = "invoice-number";
    public static final String INVOICE_OPEN_AMOUNT = "invoice-open-amount";
    public static final String INVOICE_DUE_ON = "invoice-due-on";
    public static final String INVOICE_PAST_DUE_BY = "invoice-past-due-by";
    public static final String INVOICE_DUE_TODAY = "invoice-due-today";
    public static final String INVOICE_NOT_YET_DUE = "invoice-not-yet-due";
    public static final String INVOICE_DISPUTED = "invoice-disputed";

    private AccountPrompts() {}
}
