package org.ledgerline.ivr.compliance;

import java.util.Optional;

/** North American numbers as the compliance rules compare them: ten digits, no country code. */
public final class PhoneNumbers {
    private PhoneNumbers() {}

    /**
     * The ten NANP digits of a number written any common way ({@code +1 (212) 555-0100},
     * {@code 12125550100}, {@code 212.555.0100}); empty when it is not a ten-digit NANP number.
     */
    public static Optional<String> nanpDigits(String number) {
        StringBuilder digits = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            digits.deleteCharAt(0);
        }
        return digits.length() == 10 ? Optional.of(digits.toString()) : Optional.empty();
    }

    /** The three-digit area code, when the number is a NANP number. */
    public static Optional<String> areaCode(String number) {
        return nanpDigits(number).map(digits -> digits.substring(0, 3));
    }

    /** Same number however written; numbers that are not NANP compare as written, digits only. */
    public static boolean sameNumber(String a, String b) {
        Optional<String> left = nanpDigits(a);
        Optional<String> right = nanpDigits(b);
        if (left.isPresent() && right.isPresent()) {
            return left.equals(right);
        }
        return a.replaceAll("\\D", "").equals(b.replaceAll("\\D", ""));
    }
}
