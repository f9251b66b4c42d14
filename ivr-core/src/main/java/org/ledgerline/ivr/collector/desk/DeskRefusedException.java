package org.ledgerline.ivr.collector.desk;

/**
 * The desk cannot do what was asked, for a reason a person can act on: the page shows {@link
 * #getMessage()} as it is. {@code status} is the HTTP status the page is answered with (400 a value
 * that breaks a rule, 403 not your account, 404 no such account, 409 a conflict with the ledger's
 * state, 503 the ledger did not take it).
 *
 * @see CollectorDesk
 */
public final class DeskRefusedException extends RuntimeException {
    private final int status;
    private final String form;

    /**
     * @param form which form the reason belongs to ({@code promise}, {@code dispute}, {@code flag}),
     *     or empty for the whole page
     */
    public DeskRefusedException(int status, String form, String reason) {
        super(reason, null, false, false);
        this.status = status;
        this.form = form;
    }

    public int status() {
        return status;
    }

    public String form() {
        return form;
    }
}
