package org.ledgerline.storage.invoice;

import java.time.LocalDate;

/** The receivables aging buckets, by days past due as of the customer's local date. */
public enum AgingBucket {
    CURRENT(0, 0), DAYS_1_TO_30(1, 30), DAYS_31_TO_60(31, 60), DAYS_61_TO_90(61, 90), OVER_90(91, Integer.MAX_VALUE);

    private final int fromDays;
    private final int toDays;

    AgingBucket(int fromDays, int toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    /** Fewest days past due in this bucket. */
    public int fromDays() {
        return fromDays;
    }

    /** Most days past due in this bucket ({@link Integer#MAX_VALUE} for the last one). */
    public int toDays() {
        return toDays;
    }

    public static AgingBucket of(long daysPastDue) {
        for (AgingBucket bucket : values()) {
            if (daysPastDue >= bucket.fromDays && daysPastDue <= bucket.toDays) {
                return bucket;
            }
        }
        throw new IllegalArgumentException("days past due cannot be negative");
    }

    public static AgingBucket of(Invoice invoice, LocalDate today) {
        return of(invoice.daysPastDue(today));
    }
}
