package org.ledgerline.ivr.collector;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.prompt.Utterance;

/**
 * The words the collector hears when the gate refuses a call: that it was not placed, why, and from
 * when it may be placed, in the customer's local time. Every reason has its own prompt
 * ({@code collector-gate-reason-<code>}), generated from the catalog like every other prompt.
 */
final class GatePrompts {
    static final String NOT_PLACED = "collector-gate-not-placed";
    static final String NEXT_ALLOWED = "collector-gate-next-allowed";
    static final String AT = "collector-gate-at";
    static final String CUSTOMER_TIME = "collector-gate-customer-time";
    static final String AM = "time-am";
    static final String PM = "time-pm";
    static final String OH = "word-oh";
    /** Played to the customer by the dialplan (Dial's A() option) before the conversation. */
    static final String RECORDING_ANNOUNCEMENT = "collector-recording-announcement";

    private final Say say;

    GatePrompts(Say say) {
        this.say = say;
    }

    /** The prompt key of a reason code (a DenialReason or CollectorDenial name). */
    static String reasonKey(String reasonCode) {
        return "collector-gate-reason-" + reasonCode.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Utterance refusal(String reasonCode) {
        return Utterance.of(NOT_PLACED, reasonKey(reasonCode));
    }

    /** "It may be placed from March third at eight oh five a.m., the customer's local time." */
    Utterance nextAllowed(Instant at, ZoneId customerZone) {
        ZonedDateTime local = at.atZone(customerZone);
        int hour = local.getHour() % 12 == 0 ? 12 : local.getHour() % 12;
        Utterance words = Utterance.of(NEXT_ALLOWED).then(say.date(local.toLocalDate())).then(AT)
                .then(say.number(hour));
        int minute = local.getMinute();
        if (minute > 0) {
            words = minute < 10 ? words.then(OH).then(say.number(minute)) : words.then(say.number(minute));
        }
        return words.then(local.getHour() < 12 ? AM : PM, CUSTOMER_TIME);
    }
}
