package org.ledgerline.ivr.promise;

/**
 * The window a promised date must fall in, counted in days from "today" in the customer's time
 * zone: by default from tomorrow ({@code earliestDaysAhead} 1) to 30 days ahead.
 */
public record PromiseSettings(int earliestDaysAhead, int latestDaysAhead) {

    public PromiseSettings {
        if (earliestDaysAhead < 0) {
            throw new IllegalArgumentException(
                    "earliestDaysAhead must not be negative (a promise is never for a past date)");
        }
        if (latestDaysAhead < earliestDaysAhead) {
            throw new IllegalArgumentException("latestDaysAhead (" + latestDaysAhead
                    + ") must not be before earliestDaysAhead (" + earliestDaysAhead + ")");
        }
        if (latestDaysAhead > 300) {
            // MMDD carries no year: beyond ~10 months "0105" could mean two different dates.
            throw new IllegalArgumentException("latestDaysAhead must be at most 300 so a keyed MMDD names one date");
        }
    }

    /** Tomorrow up to 30 days ahead. */
    public static PromiseSettings defaults() {
        return new PromiseSettings(1, 30);
    }
}
