package org.ledgerline.ivr.dispute.desk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the desk writes money and moments for people: amounts with their currency and thousands
 * separators ({@code USD 1,234.50}), instants as local date and time in the business time zone
 * ({@code 2026-11-24 09:15}).
 */
public final class DeskFormat {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ZoneId zone;

    public DeskFormat(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The business time zone the desk shows times in. */
    public ZoneId zone() {
        return zone;
    }

    /** {@code USD 1,234.50}; an unknown amount is an empty text. */
    public static String money(String currency, @Nullable BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return currency + " " + String.format(Locale.US, "%,.2f", amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** The moment as local date and time in the business zone; an unknown moment is an empty text. */
    public String dateTime(@Nullable Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }
}
