package org.ledgerline.ivr.collector;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a collector call is from: one collector, nobody, or several (a device or caller ID on file for
 * more than one active collector). Only the first may call: a call booked to the wrong collector would
 * put a promise or a conversation in someone else's name.
 *
 * @param collector the user name when exactly one collector matched
 * @param ambiguousBy what matched several collectors ("endpoint PJSIP/2001"), empty otherwise
 */
public record CollectorIdentity(Optional<String> collector, Optional<String> ambiguousBy) {
    public CollectorIdentity {
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(ambiguousBy, "ambiguousBy");
        if (collector.isPresent() && ambiguousBy.isPresent()) {
            throw new IllegalArgumentException("a collector found is not ambiguous");
        }
    }

    public static CollectorIdentity found(String username) {
        return new CollectorIdentity(Optional.of(username), Optional.empty());
    }

    public static CollectorIdentity unknown() {
        return new CollectorIdentity(Optional.empty(), Optional.empty());
    }

    public static CollectorIdentity ambiguous(String by) {
        return new CollectorIdentity(Optional.empty(), Optional.of(by));
    }
}
