package org.ledgerline.ivr.payment;

/**
 * Prompt keys the pay-by-phone flow plays itself (all in the catalog; a test checks). Outcome and
 * validation prompts are named by {@link ChargeOutcome}, {@link DeclineReason}, {@link AmountEntryProblem}
 * and {@link org.ledgerline.ivr.payment.card.CardDataProblem}.
 */
public final class PaymentPrompts {
    public static final String MAIN_OPTION_PAY = "menu-main-option-pay";
    public static final String INVOICE_OPTION_PAY = "invoices-option-pay";

    public static final String CHOOSE_INTRO = "payment-choose-intro";
    public static final String OPTION_PAST_DUE = "payment-option-past-due";
    public static final String OPTION_TOTAL = "payment-option-total";
    public static final String OPTION_ONE_INVOICE = "payment-option-one-invoice";
    public static final String OPTION_OTHER_AMOUNT = "payment-option-other-amount";
    public static final String INVOICE_OPTION_FULL = "payment-invoice-option-full";
    public static final String NAVIGATION = "payment-navigation";
    public static final String NOTHING_TO_PAY = "payment-nothing-to-pay";
    public static final String NOTHING_PAST_DUE = "payment-nothing-past-due";
    public static final String PICK_INVOICE = "payment-pick-invoice";
    public static final String ENTER_AMOUNT = "payment-enter-amount";
    public static final String CONFIRM_AMOUNT = "payment-confirm-amount";
    public static final String CONFIRM_CHOICES = "payment-confirm-choices";

    public static final String RECORDING_UNAVAILABLE = "payment-recording-unavailable";
    public static final String ENTER_CARD_NUMBER = "payment-card-enter-number";
    public static final String ENTER_EXPIRY = "payment-card-enter-expiry";
    public static final String ENTER_SECURITY_CODE = "payment-card-enter-security-code";
    public static final String CARD_TOO_MANY_ATTEMPTS = "payment-card-too-many-attempts";

    public static final String PROCESSING = "payment-processing";
    public static final String CONFIRMATION_NUMBER = "payment-confirmation-number";
    public static final String PAID_WITH = "payment-paid-with";
    public static final String CARD_ENDING = "payment-card-ending";
    public static final String TAKEN_CONFIRMATION_DELAYED = "payment-taken-confirmation-delayed";
    public static final String AFTER_DECLINE = "payment-after-decline";
    public static final String TOO_MANY_CARDS = "payment-too-many-cards";
    public static final String OFFER_PERSON = "payment-offer-person";

    private PaymentPrompts() {}
}
