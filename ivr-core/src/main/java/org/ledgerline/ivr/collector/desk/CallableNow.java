package org.ledgerline.ivr.collector.desk;

import java.time.Duration;
import java.time.Instant;
import org.ledgerline.ivr.compliance.DenialReason;
import org.ledgerline.ivr.compliance.GateDecision;
import org.ledgerline.ivr.dispute.desk.DeskFormat;

/**
 * Whether an account may be called now, as the desk shows it: the compliance gate's decision for
 * the number a click-to-dial would call, in plain words.
 *
 * @param reasonCode the gate's {@link DenialReason} name, {@code NO_NUMBER} when the customer has no
 *     callable number, empty when callable
 * @param reason the denial in plain words; empty when callable
 * @param nextAllowedAt when the gate says the call may next be placed, in the business time zone (named);
 *     empty when callable or when no waiting fixes it (a flag)
 * @param nextAllowedIn the same as a distance from now ("in 2 h 15 min"); empty likewise
 */
public record CallableNow(boolean callable, String reasonCode, String reason, String nextAllowedAt,
        String nextAllowedIn) {
    /** The customer has no number the switch can dial. */
    public static final CallableNow NO_NUMBER = new CallableNow(false, "NO_NUMBER",
            "The customer has no callable phone number on file.", "", "");

    static CallableNow of(GateDecision decision, Instant now, DeskFormat format) {
        if (decision.allowed()) {
            return new CallableNow(true, "", "", "", "");
        }
        String code = decision.reason().map(Enum::name).orElse("");
        return new CallableNow(false, code, decision.plainWords(),
                decision.nextAllowedAt().map(next -> format.dateTime(next) + " " + format.zone().getId()).orElse(""),
                decision.nextAllowedAt().map(next -> distance(now, next)).orElse(""));
    }

    /** "in 45 min", "in 3 h 10 min", "in 2 days 4 h"; "now" when already past. */
    static String distance(Instant now, Instant next) {
        Duration wait = Duration.between(now, next);
        if (wait.isNegative() || wait.isZero()) {
            return "now";
        }
        long minutes = (wait.toSeconds() + 59) / 60;
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long mins = minutes % 60;
        if (days > 0) {
            return "in " + days + (days == 1 ? " day" : " days") + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return "in " + hours + " h" + (mins > 0 ? " " + mins + " min" : "");
        }
        return "in " + mins + " min";
    }
}
