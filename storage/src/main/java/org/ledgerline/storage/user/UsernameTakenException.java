package org.ledgerline.storage.user;

import org.ledgerline.storage.jdbc.StorageException;

/** A user was to be created under a username that already exists. */
public class UsernameTakenException extends StorageException {
    public UsernameTakenException(String username, Throwable cause) {
        super("The username '" + username + "' is already taken", cause);
    }
}
