package org.ledgerline.ivr.payment;

import java.util.Objects;
import org.ledgerline.ivr.payment.card.CardBrand;

/**
 * The gateway's answer to an authorization: {@link Approved} or {@link Declined}. This is all that
 * ever comes back out of a gateway, and all of it may be kept: a token, the brand, the last four
 * digits, the expiry month and year, and the issuer's authorization code. No card digits.
 */
public sealed interface GatewayResult {

    /**
     * The issuer approved. {@code gatewayToken} identifies the payment at the gateway (for capture,
     * refunds and reconciliation); {@code authorizationCode} is the issuer's approval code.
     */
    record Approved(
            String gatewayToken, CardBrand brand, String last4, int expiryMonth, int expiryYear,
            String authorizationCode)
            implements
                GatewayResult {

        public Approved {
            Objects.requireNonNull(gatewayToken, "gatewayToken");
            Objects.requireNonNull(brand, "brand");
            Objects.requireNonNull(last4, "last4");
            Objects.requireNonNull(authorizationCode, "authorizationCode");
            if (!last4.matches("[0-9]{4}")) {
                throw new IllegalArgumentException("last4 must be exactly four digits");
            }
            if (expiryMonth < 1 || expiryMonth > 12) {
                throw new IllegalArgumentException("expiry month must be 1-12");
            }
        }

        /** Leaves the expiry out: it may be stored in its own columns, but it is not for log lines. */
        @Override
        public String toString() {
            return "Approved[" + gatewayToken + ", " + brand + " ending " + last4 + ", authorization "
                    + authorizationCode + "]";
        }
    }

    /** The issuer or gateway refused; {@code reason} tells the caller why in plain words. */
    record Declined(DeclineReason reason) implements GatewayResult {
        public Declined {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
