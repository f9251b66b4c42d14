package org.ledgerline.ivr.payment;

import java.util.Objects;

/**
 * How a card payment attempt ended, once {@link CardChargeService} has resolved any gateway timeout.
 * Each outcome names the prompt key that tells the caller, in plain words, where they stand.
 */
public sealed interface ChargeOutcome {

    /** Prompt key for what the caller hears next. */
    String callerMessageKey();

    /** The money was taken: post the payment to the ledger and read the confirmation number. */
    record Charged(GatewayResult.Approved approval) implements ChargeOutcome {
        public Charged {
            Objects.requireNonNull(approval, "approval");
        }

        @Override
        public String callerMessageKey() {
            return "payment-approved";
        }
    }

    /** The card was refused; the caller hears why and may try another card (with a new key) or a person. */
    record Declined(DeclineReason reason) implements ChargeOutcome {
        public Declined {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String callerMessageKey() {
            return reason.callerMessageKey();
        }
    }

    /**
     * The gateway timed out and then confirmed it did nothing under the key: no money moved. Trying
     * again, even with the same key, is safe.
     */
    record NotCharged(String idempotencyKey) implements ChargeOutcome {
        public NotCharged {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }

        @Override
        public String callerMessageKey() {
            return "payment-not-taken";
        }
    }

    /**
     * The gateway could not say whether money moved. The caller is told the payment was not
     * confirmed (and not to pay again now); the attempt must be reconciled later by looking up
     * {@code idempotencyKey}. Nothing is posted to the ledger on this outcome.
     */
    record Unknown(String idempotencyKey) implements ChargeOutcome {
        public Unknown {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }

        @Override
        public String callerMessageKey() {
            return "payment-not-confirmed";
        }
    }
}
