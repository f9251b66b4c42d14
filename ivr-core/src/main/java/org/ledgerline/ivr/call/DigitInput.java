package org.ledgerline.ivr.call;

/**
 * Keys a caller pressed and why collection stopped. {@code digits} never contains the terminator.
 */
public record DigitInput(String digits, Ending ending) {

    /** Why collection stopped. */
    public enum Ending {
        /** The caller pressed the terminator key. */
        TERMINATOR,
        /** The caller pressed as many keys as allowed. */
        MAX_DIGITS,
        /** No (more) keys came in time. */
        TIMEOUT
    }

    public boolean isEmpty() {
        return digits.isEmpty();
    }

    /** Masks the value so that a sensitive input can be described safely. */
    @Override
    public String toString() {
        return "DigitInput[" + digits.length() + " digits, " + ending + "]";
    }
}
