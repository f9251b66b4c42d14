package org.ledgerline.ivr.menu;

/** Where the conversation goes after a menu option (or a whole menu) is done. */
public enum Next {
    /** Back to the menu the option was chosen from, which reads its options again. */
    MENU,
    /** Leave this menu for the one above it (from the main menu: say goodbye). */
    BACK,
    /** The call is over or handed on (transferred, hung up): unwind without saying anything more. */
    CALL_ENDED
}
