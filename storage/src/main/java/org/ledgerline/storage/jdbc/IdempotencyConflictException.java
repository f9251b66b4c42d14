package org.ledgerline.storage.jdbc;

/**
 * An idempotency key that already names a write was presented again with different content (another
 * account, amount, invoice...). Retrying the same request is fine and returns the original; reusing a
 * key for a new request is a bug in the caller, and nothing is written.
 */
public class IdempotencyConflictException extends StorageException {
    public IdempotencyConflictException(String what) {
        super("Idempotency key already used for a different " + what);
    }
}
