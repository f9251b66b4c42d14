package org.ledgerline.ivr.user;

/**
 * A sign-in failed. The message is the same whatever went wrong (unknown user, wrong password,
 * disabled, locked), so nobody learns which usernames exist; the audit log has the real reason.
 */
public class SignInRefusedException extends RuntimeException {
    /** What every refused sign-in is told. */
    public static final String MESSAGE = "the username or password is not correct, or the account cannot sign in right now";

    public SignInRefusedException() {
        super(MESSAGE);
    }
}
