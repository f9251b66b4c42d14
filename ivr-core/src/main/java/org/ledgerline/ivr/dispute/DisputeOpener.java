package org.ledgerline.ivr.dispute;

import java.util.Optional;
import org.ledgerline.storage.dispute.DisputeRepository;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.dispute.NewDispute;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.ledgerline.storage.jdbc.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a dispute the caller confirmed. A lost connection is retried once with the same
 * idempotency key (a first write that had committed is returned, not repeated); any other ledger
 * refusal is final.
 */
public final class DisputeOpener {
    private static final Logger log = LoggerFactory.getLogger(DisputeOpener.class);

    private final DisputeRepository disputes;

    public DisputeOpener(DisputeRepository disputes) {
        this.disputes = disputes;
    }

    /** The opened dispute, or empty when the ledger did not take it (logged at WARN; the caller must be told). */
    public Optional<DisputeView> open(NewDispute dispute) {
        try {
            return Optional.of(openRetryingOnce(dispute));
        } catch (StorageException notOpened) {
            log.warn("dispute {} was not opened: {}", dispute.idempotencyKey(), notOpened.getMessage());
            return Optional.empty();
        }
    }

    private DisputeView openRetryingOnce(NewDispute dispute) {
        try {
            return disputes.open(dispute);
        } catch (LedgerUnavailableException firstFailure) {
            log.info("ledger unavailable while opening dispute {}, retrying once with the same key",
                    dispute.idempotencyKey());
            return disputes.open(dispute);
        }
    }
}
