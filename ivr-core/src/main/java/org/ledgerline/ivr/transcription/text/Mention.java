package org.ledgerline.ivr.transcription.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A number, amount of money or date found in a segment's words {@code start} to {@code end}
 * (exclusive). An {@link Kind#AMOUNT} is a number said as money: followed by "dollars"/"bucks"/"cents"
 * or after a pay word ("pay two hundred", "payment of fifty").
 */
record Mention(Kind kind, int start, int end, @Nullable BigDecimal value, @Nullable LocalDate date) {
    enum Kind {
        NUMBER, AMOUNT, DATE
    }

    static Mention number(BigDecimal value, int start, int end, boolean money) {
        return new Mention(money ? Kind.AMOUNT : Kind.NUMBER, start, end, value, null);
    }

    static Mention date(LocalDate date, int start, int end) {
        return new Mention(Kind.DATE, start, end, null, date);
    }
}
