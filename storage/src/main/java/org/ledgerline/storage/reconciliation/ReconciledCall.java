package org.ledgerline.storage.reconciliation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One call of the report: which call (the {@code calls} row, and the collector call when it was one),
 * whose, when, what was said and what was logged, and what that makes it.
 *
 * @param collectorCallId the collector call, or null for a self-serve call (its recording was transcribed)
 * @param collector the collector's username, or null for a self-serve call
 * @param customerName the customer's name, for the report's reader (null while the caller is unidentified)
 * @param accountNumber the account's number as the customer and the desks know it
 * @param paid payments taken on the call (authorised or captured), which can keep a spoken promise
 */
public record ReconciledCall(String callId, @Nullable Long collectorCallId, @Nullable String collector,
        @Nullable Long customerId, @Nullable String customerName, @Nullable Long accountId,
        @Nullable String accountNumber, Instant startedAt, Finding finding,
        List<SpokenPromiseLine> spoken, List<LedgerPromiseLine> logged, List<LedgerPaymentLine> paid) {

    public ReconciledCall {
        spoken = List.copyOf(spoken);
        logged = List.copyOf(logged);
        paid = List.copyOf(paid);
    }

    /** What the comparison of a call's spoken and logged promises found. */
    public enum Finding {
        /** A promise was said (by the customer) but the ledger has no promise and no payment for the call. */
        SPOKEN_NOT_LOGGED,
        /** The ledger has a promise for the call but its transcript holds none. */
        LOGGED_NOT_SPOKEN,
        /**
         * A promise was said and the ledger has a promise or a payment for the call, but none agrees
         * with it on amount and date.
         */
        MISMATCH,
        /** A spoken promise agrees with a logged promise, or a payment taken on the call keeps it. */
        MATCHED,
        /** The ledger has a promise for the call, which is not transcribed yet: nothing to compare. */
        PENDING_TRANSCRIPT
    }
}
