package org.ledgerline.storage.user;

import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.jdbc.StorageException;

/** A user was to be created under a username that already exists. */
public class UsernameTakenException extends StorageException {
    public UsernameTakenException(String username, @Nullable Throwable cause) {
        super("The username '" + username + "' is already taken", cause);
    }
}
