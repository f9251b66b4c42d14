package org.ledgerline.ivr.user;

/** A password was refused by the {@link PasswordPolicy}; the message says why and never contains the password. */
public class WeakPasswordException extends IllegalArgumentException {
    public WeakPasswordException(String reason) {
        super(reason);
    }
}
