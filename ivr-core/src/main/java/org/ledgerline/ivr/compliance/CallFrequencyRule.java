package org.ledgerline.ivr.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 12 CFR 1006.14(b)(2)(i): a debt collector is presumed to harass when it places a telephone call to a
 * person about a particular debt (A) more than seven times within seven consecutive days, or (B) within
 * seven consecutive days after having had a telephone conversation with the person about that debt,
 * "the date of the telephone conversation" being the first day of that period.
 *
 * <p>Days are the consumer's local calendar days. A conversation on day 1 blocks days 1 to 7; the first
 * allowed day is day 8, from its local midnight. For (A) the call we are about to place would be one
 * more: it is refused when seven counted calls already fall on today and the six days before; it is
 * allowed again on the day the oldest call that keeps the count at seven leaves the window. Which calls
 * count is {@link CallDisposition}'s table. With several candidate zones, a call must pass in every
 * one of them, and the next allowed time is the latest.
 */
final class CallFrequencyRule {
    static final int MAX_CALLS = 7;
    static final int PERIOD_DAYS = 7;

    private CallFrequencyRule() {}

    /** 1006.14(b)(2)(i)(A): the eighth placed call within seven consecutive days is refused. */
    static RuleCheck sevenInSeven(List<ContactAttempt> calls, Collection<ZoneId> zones, Instant now) {
        Map<String, String> inputs = new LinkedHashMap<>();
        Optional<Instant> reopens = Optional.empty();
        for (ZoneId zone : zones) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            LocalDate windowStart = today.minusDays(PERIOD_DAYS - 1);
            List<LocalDate> counted = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (ContactAttempt call : calls) {
                LocalDate day = LocalDate.ofInstant(call.at(), zone);
                if (call.countsAsPlacedCall() && !call.at().isAfter(now) && !day.isBefore(windowStart)) {
                    counted.add(day);
                    ids.add(call.callId());
                }
            }
            inputs.put("placed calls " + windowStart + ".." + today + " " + zone, counted.size() + " " + ids);
            if (counted.size() >= MAX_CALLS) {
                counted.sort(null);
                LocalDate oldestKeepingSeven = counted.get(counted.size() - MAX_CALLS);
                Instant open = oldestKeepingSeven.plusDays(PERIOD_DAYS).atStartOfDay(zone).toInstant();
                reopens = latest(reopens, open);
            }
        }
        inputs.put("not counted", notCounted(calls));
        return reopens.isPresent()
                ? RuleCheck.denied(ComplianceRule.CALL_FREQUENCY, DenialReason.TOO_MANY_CALLS, reopens, inputs)
                : RuleCheck.passed(ComplianceRule.CALL_FREQUENCY, inputs);
    }

    /** 1006.14(b)(2)(i)(B): no call on the day of a conversation nor the six days after it. */
    static RuleCheck afterConversation(List<ContactAttempt> calls, Collection<ZoneId> zones, Instant now) {
        Map<String, String> inputs = new LinkedHashMap<>();
        Optional<Instant> reopens = Optional.empty();
        Optional<ContactAttempt> latest = Optional.empty();
        for (ContactAttempt call : calls) {
            if (call.isConversation() && !call.at().isAfter(now)
                    && latest.map(l -> call.at().isAfter(l.at())).orElse(true)) {
                latest = Optional.of(call);
            }
        }
        for (ZoneId zone : zones) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            if (latest.isEmpty()) {
                inputs.put("last conversation " + zone, "none in the period");
                continue;
            }
            LocalDate conversationDay = LocalDate.ofInstant(latest.get().at(), zone);
            LocalDate firstAllowedDay = conversationDay.plusDays(PERIOD_DAYS);
            inputs.put("last conversation " + zone, conversationDay + " (" + latest.get().callId() + " "
                    + latest.get().direction() + "), first allowed day " + firstAllowedDay);
            if (today.isBefore(firstAllowedDay)) {
                reopens = latest(reopens, firstAllowedDay.atStartOfDay(zone).toInstant());
            }
        }
        return reopens.isPresent()
                ? RuleCheck.denied(ComplianceRule.CONVERSATION_PERIOD, DenialReason.RECENT_CONVERSATION, reopens,
                        inputs)
                : RuleCheck.passed(ComplianceRule.CONVERSATION_PERIOD, inputs);
    }

    private static String notCounted(List<ContactAttempt> calls) {
        List<String> skipped = new ArrayList<>();
        for (ContactAttempt call : calls) {
            if (!call.countsAsPlacedCall()) {
                skipped.add(call.callId() + " " + call.direction() + " " + call.disposition());
            }
        }
        return skipped.toString();
    }

    private static Optional<Instant> latest(Optional<Instant> current, Instant candidate) {
        return current.filter(c -> c.isAfter(candidate)).or(() -> Optional.of(candidate));
    }
}
