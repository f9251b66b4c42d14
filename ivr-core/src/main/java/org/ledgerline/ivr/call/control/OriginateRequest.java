package org.ledgerline.ivr.call.control;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A call to place: ring {@code channel} and, when it answers, run it from {@code context},
 * {@code exten}, {@code priority} of the dialplan (where the collectors' gate decides whether the
 * customer is dialled).
 *
 * @param channel the device to ring first, e.g. {@code PJSIP/2001}
 * @param context dialplan context the answered channel enters
 * @param exten extension in that context, e.g. the customer's number
 * @param priority dialplan priority, at least 1
 * @param callerId caller ID shown on {@code channel}, e.g. {@code "Acme Collections" <5550100>}, or ""
 * @param variables channel variables set before the dialplan runs (names and values must not
 *     contain line breaks; they travel as {@code Variable:} headers)
 * @param ringTimeout how long {@code channel} may ring before the switch gives up
 * @param channelId the id the switch gives the new channel, which becomes the call's id; {@link
 *     #of} picks a unique one
 */
public record OriginateRequest(String channel, String context, String exten, int priority, String callerId,
        Map<String, String> variables, Duration ringTimeout, String channelId) {

    /** Asterisk's limit for a public unique id (AST_MAX_PUBLIC_UNIQUEID minus the terminator). */
    private static final int MAX_CHANNEL_ID = 149;

    public OriginateRequest {
        requireText(channel, "channel");
        requireText(context, "context");
        requireText(exten, "exten");
        requireText(channelId, "channelId");
        Objects.requireNonNull(callerId, "callerId");
        if (priority < 1) {
            throw new IllegalArgumentException("originate priority must be at least 1, got " + priority);
        }
        Objects.requireNonNull(ringTimeout, "ringTimeout");
        if (ringTimeout.isNegative() || ringTimeout.isZero()) {
            throw new IllegalArgumentException("originate ring timeout must be positive, got " + ringTimeout);
        }
        if (channelId.length() > MAX_CHANNEL_ID) {
            throw new IllegalArgumentException("originate channelId longer than " + MAX_CHANNEL_ID + " characters");
        }
        variables = Map.copyOf(variables);
        variables.forEach((name, value) -> {
            if (name.isBlank() || hasLineBreak(name) || hasLineBreak(value) || name.contains("=")) {
                throw new IllegalArgumentException(
                        "originate variable names must be non-blank without '=' or line breaks,"
                                + " values without line breaks: " + name);
            }
        });
        for (String text : new String[] {channel, context, exten, callerId, channelId}) {
            if (hasLineBreak(text)) {
                throw new IllegalArgumentException("originate fields must not contain line breaks");
            }
        }
    }

    /** A request with a fresh, unique channel id ({@code ll-} and a random UUID). */
    public static OriginateRequest of(String channel, String context, String exten, int priority, String callerId,
            Map<String, String> variables, Duration ringTimeout) {
        return new OriginateRequest(channel, context, exten, priority, callerId, variables, ringTimeout,
                "ll-" + UUID.randomUUID());
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("originate " + name + " must not be empty");
        }
    }

    private static boolean hasLineBreak(String text) {
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }
}
