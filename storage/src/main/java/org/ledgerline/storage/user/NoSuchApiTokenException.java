package org.ledgerline.storage.user;

import org.ledgerline.storage.jdbc.StorageException;

/** A change was asked for an API token id that does not exist. */
public class NoSuchApiTokenException extends StorageException {
    public NoSuchApiTokenException(long id) {
        super("No API token with id " + id);
    }
}
