package org.ledgerline.ivr.compliance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A flag on a customer, with who set it and when, and (once cleared) who cleared it and when. The
 * history is kept: a cleared flag stays as a record and simply stops being active.
 *
 * @param kind        what the flag says
 * @param phoneNumber the number it applies to: required for {@link FlagKind#WRONG_NUMBER}, empty for
 *                    the others (they apply to the customer, on every number and every account)
 * @param setBy       the back-office user (or process) that set it
 * @param setAt       when it was set
 * @param note        free text, e.g. the bankruptcy case number or the attorney's name
 * @param clearedBy   who cleared it, when cleared
 * @param clearedAt   when it was cleared
 */
public record CustomerFlag(FlagKind kind, Optional<String> phoneNumber, String setBy, Instant setAt, String note,
        Optional<String> clearedBy, Optional<Instant> clearedAt) {

    public CustomerFlag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(setAt, "setAt");
        Objects.requireNonNull(note, "note");
        if (kind.perPhoneNumber() != phoneNumber.isPresent()) {
            throw new IllegalArgumentException(kind + (kind.perPhoneNumber()
                    ? " is set on a phone number: give the number"
                    : " applies to the customer: give no phone number"));
        }
        if (clearedBy.isPresent() != clearedAt.isPresent()) {
            throw new IllegalArgumentException("a cleared flag needs both who cleared it and when");
        }
    }

    /** A customer-wide flag that has not been cleared. */
    public static CustomerFlag set(FlagKind kind, String setBy, Instant setAt, String note) {
        return new CustomerFlag(kind, Optional.empty(), setBy, setAt, note, Optional.empty(), Optional.empty());
    }

    /** A wrong-number flag on one number, not cleared. */
    public static CustomerFlag wrongNumber(String phoneNumber, String setBy, Instant setAt, String note) {
        return new CustomerFlag(FlagKind.WRONG_NUMBER, Optional.of(phoneNumber), setBy, setAt, note,
                Optional.empty(), Optional.empty());
    }

    /** This flag, cleared by someone at a time. */
    public CustomerFlag clear(String by, Instant at) {
        return new CustomerFlag(kind, phoneNumber, setBy, setAt, note, Optional.of(by), Optional.of(at));
    }

    /**
     * Whether the flag stops a call to {@code dialled} at {@code at}. A flag counts from the moment it
     * exists, even if its {@code setAt} is a little ahead of our clock: a skewed clock must never let
     * a call through.
     */
    public boolean stopsCallTo(String dialled, Instant at) {
        boolean active = clearedAt.map(cleared -> cleared.isAfter(at)).orElse(true);
        return active && phoneNumber.map(number -> PhoneNumbers.sameNumber(number, dialled)).orElse(true);
    }
}
