package org.ledgerline.ivr.payment;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.payment.card.CardNumber;

/**
 * The documented test cards of the {@link SandboxPaymentGateway} (the table is in the package
 * documentation). The numbers are the well-known public test numbers; none can ever be a real
 * card's. Any expiry not in the past and any security code of the right length work, except on
 * {@link #SECURITY_CODE_MISMATCH}.
 */
public enum SandboxTestCard {
    VISA_APPROVED("4111111111111111", Behaviour.APPROVE, null), MASTERCARD_APPROVED("5555555555554444",
            Behaviour.APPROVE, null), AMEX_APPROVED("378282246310005", Behaviour.APPROVE, null), DISCOVER_APPROVED(
                    "6011111111111117", Behaviour.APPROVE,
                    null), DECLINED("4000000000000002", Behaviour.DECLINE, DeclineReason.DECLINED), INSUFFICIENT_FUNDS(
                            "4000000000009995", Behaviour.DECLINE,
                            DeclineReason.INSUFFICIENT_FUNDS), EXPIRED_CARD("4000000000000069", Behaviour.DECLINE,
                                    DeclineReason.EXPIRED_CARD), SECURITY_CODE_MISMATCH("4000000000000127",
                                            Behaviour.DECLINE, DeclineReason.SECURITY_CODE_MISMATCH),
    /** The first authorize times out although the approval was recorded; lookup finds it. */
    TIMEOUT_AFTER_APPROVAL("4000000000000101", Behaviour.TIMEOUT_AFTER_APPROVING, null),
    /** Every authorize times out and nothing is recorded; lookup finds nothing. */
    TIMEOUT_NOTHING_HAPPENED("4000000000000200", Behaviour.TIMEOUT_WITHOUT_RECORDING, null),
    /** Authorize and every later call under its key (lookup, capture) time out: the outcome stays unknown. */
    GATEWAY_UNREACHABLE("4000000000000309", Behaviour.UNREACHABLE, null),
    /** Approves; the first capture times out although the money was captured; lookup shows it captured. */
    CAPTURE_TIMEOUT_AFTER_CAPTURING("4000000000000408", Behaviour.CAPTURE_TIMES_OUT_ONCE, null);

    /** What the sandbox does when it sees a test card. */
    enum Behaviour {
        APPROVE, DECLINE, TIMEOUT_AFTER_APPROVING, TIMEOUT_WITHOUT_RECORDING, UNREACHABLE, CAPTURE_TIMES_OUT_ONCE
    }

    private final String number;
    private final Behaviour behaviour;
    private final @Nullable DeclineReason declineReason;

    SandboxTestCard(String number, Behaviour behaviour, @Nullable DeclineReason declineReason) {
        this.number = number;
        this.behaviour = behaviour;
        this.declineReason = declineReason;
    }

    /** The test number, to key in a simulated call or a test. */
    public String number() {
        return number;
    }

    Behaviour behaviour() {
        return behaviour;
    }

    @Nullable
    DeclineReason declineReason() {
        return declineReason;
    }

    /** The test card {@code card} is, compared without copying its digits. */
    static Optional<SandboxTestCard> find(CardNumber card) {
        for (SandboxTestCard testCard : values()) {
            if (card.matches(testCard.number)) {
                return Optional.of(testCard);
            }
        }
        return Optional.empty();
    }
}
