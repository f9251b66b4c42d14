package org.ledgerline.ivr.simulator.ami;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the emulated switch carries out the next Originate actions: whether the first leg answers,
 * is busy, rings out or cannot be placed, and what the dialplan does with an answered call.
 *
 * @param outcome what happens to the originated channel
 * @param dialplan runs on the call after the OriginateResponse of an answered originate (e.g.
 *     dial the customer and bridge); nothing for other outcomes
 */
public record OriginatePlan(Outcome outcome, Consumer<EmulatedCall> dialplan) {

    /** The first leg's fate and the OriginateResponse {@code Reason} Asterisk reports for it. */
    public enum Outcome {
        /** Reason 4 (AST_CONTROL_ANSWER): Newchannel, Newstate Ringing, Newstate Up, then the report. */
        ANSWERED(4),
        /** Reason 5 (AST_CONTROL_BUSY): Newchannel, Hangup 17 "User busy", then a Failure report. */
        BUSY(5),
        /** Reason 3 (AST_CONTROL_RINGING): rang out; Hangup 19 "User alerting, no answer", then a Failure report. */
        NO_ANSWER(3),
        /** Reason 0: no channel could be created, so no channel events; a Failure report. */
        FAILED(0);

        private final int reason;

        Outcome(int reason) {
            this.reason = reason;
        }

        public int reason() {
            return reason;
        }
    }

    public OriginatePlan {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(dialplan, "dialplan");
    }

    /** The first leg answers and the dialplan does nothing the emulator shows. */
    public static OriginatePlan answered() {
        return new OriginatePlan(Outcome.ANSWERED, call -> {});
    }

    /** The first leg answers, then {@code dialplan} moves the call on (dial, bridge, hang up). */
    public static OriginatePlan answeredThen(Consumer<EmulatedCall> dialplan) {
        return new OriginatePlan(Outcome.ANSWERED, dialplan);
    }

    public static OriginatePlan busy() {
        return new OriginatePlan(Outcome.BUSY, call -> {});
    }

    public static OriginatePlan noAnswer() {
        return new OriginatePlan(Outcome.NO_ANSWER, call -> {});
    }

    public static OriginatePlan failed() {
        return new OriginatePlan(Outcome.FAILED, call -> {});
    }
}
