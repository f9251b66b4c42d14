package org.ledgerline.ivr.promise;

import java.util.Optional;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.promise.NewPromise;
import org.ledgerline.storage.promise.Promise;
import org.ledgerline.storage.promise.PromiseRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a promise the caller confirmed. A lost connection is retried once with the same
 * idempotency key: if the first write had committed, the retry returns that promise instead of
 * writing a second one. Any other ledger refusal is final.
 */
public final class PromiseRecorder {
    private static final Logger log = LoggerFactory.getLogger(PromiseRecorder.class);

    private final PromiseRepository promises;

    public PromiseRecorder(PromiseRepository promises) {
        this.promises = promises;
    }

    /** The recorded promise, or empty when the ledger did not take it (logged at WARN; the caller must be told). */
    public Optional<Promise> record(NewPromise promise) {
        try {
            return Optional.of(recordRetryingOnce(promise));
        } catch (StorageException notRecorded) {
            log.warn("promise {} was not recorded: {}", promise.idempotencyKey(), notRecorded.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The promise already written under {@code idempotencyKey}, for a flow that allows one promise per
     * key and must say so before asking again.
     *
     * @throws StorageException the ledger could not be read
     */
    public Optional<Promise> recorded(String idempotencyKey) {
        return promises.findByIdempotencyKey(idempotencyKey);
    }

    private Promise recordRetryingOnce(NewPromise promise) {
        try {
            return promises.record(promise);
        } catch (LedgerUnavailableException firstFailure) {
            log.info("ledger unavailable while recording promise {}, retrying once with the same key",
                    promise.idempotencyKey());
            return promises.record(promise);
        }
    }
}
