package org.ledgerline.storage.jdbc;

/**
 * The ledger cannot be reached (no connection, connection lost, pool timed out). Nothing was
 * written; a caller should hear an apology and reach a person.
 */
public class LedgerUnavailableException extends StorageException {
    public LedgerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
