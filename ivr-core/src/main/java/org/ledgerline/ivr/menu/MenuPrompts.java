package org.ledgerline.ivr.menu;

/** Prompt keys of the self-serve menus (all in the catalog; a test checks). */
public final class MenuPrompts {
    public static final String GREETING = "selfserve-greeting";
    public static final String GOODBYE = "selfserve-goodbye";

    public static final String MAIN_INTRO = "menu-main-intro";
    public static final String MAIN_OPTION_BALANCE = "menu-main-option-balance";
    public static final String MAIN_OPTION_INVOICES = "menu-main-option-invoices";
    public static final String MAIN_OPTION_PERSON = "menu-main-option-person";
    public static final String MAIN_NAVIGATION = "menu-main-navigation";

    public static final String NO_INPUT = "menu-no-input";
    public static final String INVALID_CHOICE = "menu-invalid-choice";
    public static final String TOO_MANY_FAILURES = "menu-too-many-failures";

    public static final String INVOICES_NONE = "invoices-none";
    public static final String INVOICES_NAVIGATION = "invoices-navigation";
    public static final String INVOICES_LAST = "invoices-last";
    public static final String INVOICES_FIRST = "invoices-first";

    private MenuPrompts() {}
}
