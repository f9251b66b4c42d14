package org.ledgerline.storage.payment;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the ledger keeps of the card a payment was made with: the brand, the last four digits and
 * the expiry month and year, which is what a caller or agent needs to recognise it. Never the full
 * number or the security code.
 *
 * @param brand upper-case brand as the gateway names it, e.g. {@code VISA}, {@code MASTERCARD}
 */
public record StoredCard(String brand, String last4, int expiryMonth, int expiryYear) {
    private static final Pattern BRAND = Pattern.compile("[A-Z_]{2,20}");
    private static final Pattern LAST4 = Pattern.compile("[0-9]{4}");

    public StoredCard {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(last4, "last4");
        if (!BRAND.matcher(brand).matches()) {
            throw new IllegalArgumentException("Card brand must be 2-20 upper-case letters or underscores");
        }
        if (!LAST4.matcher(last4).matches()) {
            throw new IllegalArgumentException("last4 must be exactly four digits");
        }
        if (expiryMonth < 1 || expiryMonth > 12) {
            throw new IllegalArgumentException("Expiry month must be 1-12");
        }
        if (expiryYear < 2000 || expiryYear > 2199) {
            throw new IllegalArgumentException("Expiry year must be a four-digit year");
        }
    }
}
