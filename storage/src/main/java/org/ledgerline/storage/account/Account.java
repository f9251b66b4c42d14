package org.ledgerline.storage.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A receivables account a caller can identify with: its number, the hash of its PIN (never the
 * PIN) and the lockout state that survives across calls.
 */
public record Account(
        long id,
        long customerId,
        String accountNumber,
        String currency,
        String pinHash,
        int failedPinAttempts,
        @Nullable Instant lockedAt) {

    public boolean isLocked() {
        return lockedAt != null;
    }
}
