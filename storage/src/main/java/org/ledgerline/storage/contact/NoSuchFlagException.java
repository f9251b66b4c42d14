package org.ledgerline.storage.contact;

import org.ledgerline.storage.jdbc.StorageException;

/** A flag id that names no flag (the back office would answer 404). */
public class NoSuchFlagException extends StorageException {
    public NoSuchFlagException(long flagId) {
        super("No customer flag with id " + flagId);
    }
}
