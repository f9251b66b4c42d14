package org.ledgerline.storage.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * The ledger cannot be reached (no connection, connection lost, pool timed out). Nothing was
 * written; a caller should hear an apology and reach a person.
 */
public class LedgerUnavailableException extends StorageException {
    public LedgerUnavailableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
