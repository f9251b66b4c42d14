package org.ledgerline.storage.contact;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A flag to set on a customer.
 *
 * @param phoneNumber digits only; required for {@link FlagType#WRONG_NUMBER}, null for the others
 * @param setBy the username of the back-office user (or the process) setting it
 * @param note free text, e.g. the attorney's name or the bankruptcy case number; may be empty
 */
public record NewFlag(long customerId, FlagType type, @Nullable String phoneNumber, String setBy, Instant setAt,
        String note) {

    public NewFlag {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(setAt, "setAt");
        Objects.requireNonNull(note, "note");
        if (setBy == null || setBy.isBlank()) {
            throw new IllegalArgumentException("A flag says who set it");
        }
        if (type.perPhoneNumber() != (phoneNumber != null)) {
            throw new IllegalArgumentException(type + (type.perPhoneNumber()
                    ? " is set on a phone number: give the number"
                    : " applies to the customer: give no phone number"));
        }
    }

    /** A flag on the customer (every number, every account). */
    public static NewFlag onCustomer(long customerId, FlagType type, String setBy, Instant setAt, String note) {
        return new NewFlag(customerId, type, null, setBy, setAt, note);
    }

    /** A wrong-number flag on one of the customer's numbers. */
    public static NewFlag wrongNumber(long customerId, String phoneNumber, String setBy, Instant setAt, String note) {
        return new NewFlag(customerId, FlagType.WRONG_NUMBER, phoneNumber, setBy, setAt, note);
    }
}
