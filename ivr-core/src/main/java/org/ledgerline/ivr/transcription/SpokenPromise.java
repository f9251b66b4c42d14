package org.ledgerline.ivr.transcription;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A promise to pay stated in speech ("i can pay two hundred on friday"): the amount, the date, or
 * both. At least one is present.
 */
public record SpokenPromise(@Nullable BigDecimal amount, @Nullable LocalDate date) {
    public SpokenPromise {
        if (amount == null && date == null) {
            throw new IllegalArgumentException("a spoken promise names an amount, a date or both");
        }
        if (amount != null && amount.signum() <= 0) {
            throw new IllegalArgumentException("a promised amount is positive");
        }
    }
}
