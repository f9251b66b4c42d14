package org.ledgerline.ivr.call;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One call being served: who called, on which channel, and what the flow learnt so far (the
 * identified account). Lives on the call's own virtual thread; not shared.
 */
public final class CallSession {
    private final String callId;
    private final String callerId;
    private final String channelName;
    private final CallChannel channel;
    private final Instant startedAt;
    private final String extension;
    private final List<String> arguments;
    private final Map<String, Integer> writesByPurpose = new HashMap<>();
    private @Nullable Long accountId;

    public CallSession(String callId, String callerId, String channelName, CallChannel channel, Instant startedAt) {
        this(callId, callerId, channelName, channel, startedAt, "", List.of());
    }

    /**
     * @param extension the dialplan extension the call is in ({@code agi_extension}), e.g. the number
     *                  a collector dialled; empty when unknown
     * @param arguments the script's arguments ({@code AGI(agi://host/flow,arg1,arg2)}), in order
     */
    public CallSession(String callId, String callerId, String channelName, CallChannel channel, Instant startedAt,
            String extension, List<String> arguments) {
        this.extension = extension;
        this.arguments = List.copyOf(arguments);
        this.callId = callId;
        this.callerId = callerId;
        this.channelName = channelName;
        this.channel = channel;
        this.startedAt = startedAt;
    }

    /** Asterisk's unique id of the channel; the call's idempotency key in the ledger. */
    public String callId() {
        return callId;
    }

    /** Caller ID digits as presented, or empty when withheld/unknown. Spoofable: never proof of identity. */
    public String callerId() {
        return callerId;
    }

    public String channelName() {
        return channelName;
    }

    public CallChannel channel() {
        return channel;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The dialplan extension the call is in; empty when the switch did not say. */
    public String extension() {
        return extension;
    }

    /** The script's arguments from the dialplan, in order; empty when none were passed. */
    public List<String> arguments() {
        return arguments;
    }

    /** The account the caller proved (account number or caller ID, plus PIN). */
    public OptionalLong accountId() {
        return accountId == null ? OptionalLong.empty() : OptionalLong.of(accountId);
    }

    /**
     * The idempotency key of this call's next ledger write for {@code purpose}:
     * {@code <callId>/<purpose>/<n>}, counting from 1 per purpose. The same call (Asterisk's unique
     * id) replayed from the start asks in the same order and so gets the same keys, which is what
     * makes a retried call land its writes once; a retry of one write reuses the key it was given.
     */
    public String nextIdempotencyKey(String purpose) {
        int attempt = writesByPurpose.merge(purpose, 1, Integer::sum);
        return callId + "/" + purpose + "/" + attempt;
    }

    public void identifiedAs(long accountId) {
        this.accountId = accountId;
    }
}
