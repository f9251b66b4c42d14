package org.ledgerline.storage.user;

import org.ledgerline.storage.jdbc.StorageException;

/** A change was asked for a user that does not exist. */
public class NoSuchUserException extends StorageException {
    public NoSuchUserException(String which) {
        super("No user " + which);
    }
}
