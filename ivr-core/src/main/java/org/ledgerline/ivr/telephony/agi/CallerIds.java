package org.ledgerline.ivr.telephony.agi;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Caller ID as flows see it: the digits presented, or empty when withheld or unknown. */
public final class CallerIds {
    private static final Set<String> WITHHELD = Set.of("", "unknown", "anonymous", "withheld", "private", "restricted");

    private CallerIds() {}

    /** {@code "+1 (555) 100-1"} → {@code "15551001"}; {@code null}, {@code unknown}, withheld → {@code ""}. */
    public static String normalise(@Nullable String presented) {
        if (presented == null || WITHHELD.contains(presented.trim().toLowerCase(Locale.ROOT))) {
            return "";
        }
        StringBuilder digits = new StringBuilder(presented.length());
        for (int i = 0; i < presented.length(); i++) {
            char c = presented.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
