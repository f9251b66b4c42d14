package org.ledgerline.storage.reference;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.jdbc.Jdbc;

/**
 * The numbers a caller hears and writes down: payment confirmations and promise and dispute
 * references. Digits only, because the IVR reads them digit by digit; short (eight digits for the
 * first ten million); unique across payments, promises and disputes because all three draw from
 * the sequence {@code reference_number_seq}.
 *
 * <p>A raw sequence value would tell a caller how many payments we take, so it is scrambled by an
 * affine map {@code (n * MULTIPLIER + OFFSET) mod 10^width}, which is a bijection because the
 * multiplier is coprime to 10: two sequence values never give the same digits. The last digit is a
 * Luhn check digit so an agent can tell a mistyped reference from an unknown one.
 */
public final class ReferenceNumbers {
    /** Body digits used until the sequence outgrows them; the width then grows with the value. */
    static final int MIN_BODY_DIGITS = 7;
    private static final BigInteger MULTIPLIER = BigInteger.valueOf(3_967_111);
    private static final BigInteger OFFSET = BigInteger.valueOf(5_210_447);
    private static final String NEXT = "select nextval('reference_number_seq')";

    private ReferenceNumbers() {}

    /** Draws the next reference; joins the caller's transaction if there is one. */
    public static String next(Jdbc jdbc) {
        return format(jdbc.queryOne("draw a reference number", NEXT, row -> row.getLong(1)));
    }

    /** The reference for one sequence value (positive). */
    static String format(long sequenceValue) {
        if (sequenceValue < 1) {
            throw new IllegalArgumentException("sequence values start at 1");
        }
        int width = Math.max(MIN_BODY_DIGITS, Long.toString(sequenceValue).length());
        BigInteger modulus = BigInteger.TEN.pow(width);
        BigInteger scrambled = BigInteger.valueOf(sequenceValue).multiply(MULTIPLIER).add(OFFSET).mod(modulus);
        String body = String.format("%0" + width + "d", scrambled);
        return body + checkDigit(body);
    }

    /** Whether {@code reference} is all digits, long enough and carries a valid check digit. */
    public static boolean isWellFormed(@Nullable String reference) {
        if (reference == null || reference.length() < MIN_BODY_DIGITS + 1
                || !reference.chars().allMatch(Character::isDigit)) {
            return false;
        }
        String body = reference.substring(0, reference.length() - 1);
        return reference.charAt(reference.length() - 1) == checkDigit(body);
    }

    /** The Luhn check digit for {@code body}. */
    private static char checkDigit(String body) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int digit = body.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
