package org.ledgerline.ivr.dispute;

import java.util.Locale;

/** Prompt keys of the dispute flow (all in the catalog; a test checks). */
public final class DisputePrompts {
    public static final String MAIN_OPTION = "menu-main-option-dispute";
    public static final String INVOICE_OPTION = "invoices-option-dispute";

    public static final String ENTER_INVOICE = "dispute-enter-invoice";
    public static final String INVOICE_UNKNOWN = "dispute-invoice-unknown";
    public static final String ALREADY_DISPUTED = "dispute-already-disputed";
    public static final String CHOOSE_REASON = "dispute-choose-reason";
    public static final String REASON_PRESS = "dispute-reason-press";
    public static final String NO_REASONS = "dispute-no-reasons";
    public static final String OFFER_RECORDING = "dispute-offer-recording";
    public static final String RECORD_AFTER_TONE = "dispute-record-after-tone";
    public static final String RECORDING_KEPT = "dispute-recording-kept";
    public static final String RECORDING_FAILED = "dispute-recording-failed";
    public static final String READBACK_INVOICE = "dispute-readback-invoice";
    public static final String READBACK_REASON = "dispute-readback-reason";
    public static final String CONFIRM = "dispute-confirm";
    public static final String RECORDED = "dispute-recorded";
    public static final String REFERENCE = "dispute-reference";
    public static final String NOT_RECORDED = "dispute-not-recorded";
    public static final String OFFER_PERSON = "dispute-offer-person";
    public static final String ESCALATED_TRANSFER = "dispute-escalated-transfer";

    private static final String REASON_PREFIX = "dispute-reason-";

    private DisputePrompts() {}

    /**
     * The prompt naming a reason code ("a pricing error"): {@code dispute-reason-} and the code in
     * lower case with dashes, e.g. {@code PRICING_ERROR} is {@code dispute-reason-pricing-error}.
     * A new reason code needs this prompt in the catalog before callers can pick it.
     */
    public static String reason(String code) {
        return REASON_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
