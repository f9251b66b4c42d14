package org.ledgerline.ivr.call;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How to collect keys: at most {@code maxDigits}, ending early on {@code terminator} (not included
 * in the result) or when no key comes for {@code firstDigitTimeout} / {@code interDigitTimeout}.
 * {@code sensitive} input (PINs, card data) is never logged, measured by value or kept by adapters.
 */
public record DigitSpec(
        int maxDigits, Duration firstDigitTimeout, Duration interDigitTimeout, @Nullable Character terminator,
        boolean sensitive) {

    public DigitSpec {
        if (maxDigits < 1) {
            throw new IllegalArgumentException("maxDigits must be at least 1");
        }
    }

    /** One key, such as a menu choice. */
    public static DigitSpec singleKey(Duration timeout) {
        return new DigitSpec(1, timeout, timeout, null, false);
    }

    /** Up to {@code maxDigits} keys ended by {@code #}. */
    public static DigitSpec upTo(int maxDigits, Duration firstDigitTimeout, Duration interDigitTimeout) {
        return new DigitSpec(maxDigits, firstDigitTimeout, interDigitTimeout, '#', false);
    }

    public DigitSpec asSensitive() {
        return new DigitSpec(maxDigits, firstDigitTimeout, interDigitTimeout, terminator, true);
    }
}
