package org.ledgerline.ivr.collector;

/** Prompt keys the collector hears in the keypad promise flow (all in the catalog; a test checks). */
public final class CollectorPromisePrompts {
    public static final String ENTER_AMOUNT = "collector-promise-enter-amount";
    public static final String AMOUNT_TOO_LARGE = "collector-promise-amount-too-large";
    public static final String ENTER_DATE = "collector-promise-enter-date";
    public static final String READBACK_AMOUNT = "collector-promise-readback-amount";
    public static final String RECORDED = "collector-promise-recorded";
    public static final String ALREADY_RECORDED = "collector-promise-already-recorded";
    public static final String NOT_RECORDED = "collector-promise-not-recorded";
    public static final String NO_ACCOUNT = "collector-promise-no-account";
    public static final String UNKNOWN_COLLECTOR = "collector-promise-unknown-collector";
    public static final String NOTHING_OWED = "collector-promise-nothing-owed";

    private CollectorPromisePrompts() {}
}
