package org.ledgerline.storage.contact;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the compliance gate said about a call we meant to place: allowed, or denied with the reason
 * code (a {@code DenialReason} name, e.g. {@code TOO_MANY_CALLS}).
 *
 * @param reasonCode null when allowed
 */
public record GateVerdict(boolean allowed, @Nullable String reasonCode) {
    private static final Pattern REASON = Pattern.compile("[A-Z][A-Z_]{1,39}");

    public GateVerdict {
        if (allowed != (reasonCode == null)) {
            throw new IllegalArgumentException("A denied call has a reason code and an allowed one none");
        }
        if (reasonCode != null && !REASON.matcher(reasonCode).matches()) {
            throw new IllegalArgumentException("A reason code is an upper-case enum name");
        }
    }

    public static GateVerdict allow() {
        return new GateVerdict(true, null);
    }

    public static GateVerdict deny(String reasonCode) {
        return new GateVerdict(false, reasonCode);
    }

    /** The value of the {@code gate_decision} columns. */
    public String decision() {
        return allowed ? "ALLOWED" : "DENIED";
    }

    /** The verdict stored in a pair of {@code gate_decision}, {@code gate_reason} columns; null when there was none. */
    public static @Nullable GateVerdict fromColumns(@Nullable String decision, @Nullable String reasonCode) {
        if (decision == null) {
            return null;
        }
        return new GateVerdict("ALLOWED".equals(decision), reasonCode);
    }
}
