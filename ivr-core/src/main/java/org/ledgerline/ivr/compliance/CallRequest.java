package org.ledgerline.ivr.compliance;

import java.util.Objects;

/**
 * A collector wants to call a customer about an account.
 *
 * @param collector   who is calling (user name), for the audit trail
 * @param customerId  the consumer
 * @param accountId   the debt the call is about (call frequency is counted per debt)
 * @param phoneNumber the number to dial
 */
public record CallRequest(String collector, long customerId, long accountId, String phoneNumber) {

    public CallRequest {
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
    }
}
