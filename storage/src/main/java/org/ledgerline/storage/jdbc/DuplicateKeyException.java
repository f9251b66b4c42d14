package org.ledgerline.storage.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * A write collided with a unique key (SQLState 23505). For rows keyed by an idempotency key this
 * means "already done": the caller reads the existing row instead of writing a second one.
 */
public class DuplicateKeyException extends StorageException {
    private final @Nullable String constraint;

    public DuplicateKeyException(String message, @Nullable String constraint, Throwable cause) {
        super(message, cause);
        this.constraint = constraint;
    }

    /** The name of the violated constraint (e.g. {@code payments_idempotency_key_key}), or null if unknown. */
    public @Nullable String constraint() {
        return constraint;
    }
}
