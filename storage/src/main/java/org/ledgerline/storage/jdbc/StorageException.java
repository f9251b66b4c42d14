package org.ledgerline.storage.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * Root of the ledger's typed failures. Adapters turn {@link java.sql.SQLException} into one of
 * these at the repository boundary so that callers never see JDBC types.
 */
public class StorageException extends RuntimeException {
    public StorageException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
