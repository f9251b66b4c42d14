package org.ledgerline.ivr.call;

import org.ledgerline.ivr.prompt.Utterance;

/**
 * Sends the caller to a person: says why (when there is a reason to give), says "please hold",
 * then transfers to the configured dialplan destination. Every flow and the call runner use this
 * one way out, so "reach a person" sounds and behaves the same everywhere.
 */
public final class PersonHandOff {
    private final DialplanDestination destination;

    public PersonHandOff(DialplanDestination destination) {
        this.destination = destination;
    }

    public DialplanDestination destination() {
        return destination;
    }

    /** The caller asked for a person. The flow should return right after. */
    public void transfer(CallChannel channel) {
        channel.play(Utterance.of(CallPrompts.TRANSFER_TO_PERSON));
        channel.transfer(destination.toString());
    }

    /** Something stopped self-service: {@code reasonKey} tells the caller why, then the transfer. */
    public void transferBecause(CallChannel channel, String reasonKey) {
        channel.play(Utterance.of(reasonKey, CallPrompts.TRANSFER_TO_PERSON));
        channel.transfer(destination.toString());
    }
}
