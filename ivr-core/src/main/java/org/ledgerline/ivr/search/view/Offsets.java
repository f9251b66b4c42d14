package org.ledgerline.ivr.search.view;

import java.util.Locale;

/** How the pages write an offset into a recording: {@code 1:04} for people, {@code 64.20} for players. */
public final class Offsets {
    private Offsets() {}

    /** Minutes and seconds, e.g. {@code 0:04} or {@code 12:31}. */
    public static String clock(int ms) {
        int seconds = Math.max(0, ms) / 1000;
        return seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
    }

    /** Seconds with two decimals, what the playback route's {@code at} and a media fragment take. */
    public static String seconds(int ms) {
        return String.format(Locale.ROOT, "%.2f", Math.max(0, ms) / 1000.0);
    }
}
