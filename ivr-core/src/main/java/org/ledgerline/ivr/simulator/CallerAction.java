package org.ledgerline.ivr.simulator;

/** What the emulated caller does at one opportunity. */
public sealed interface CallerAction {

    /** Presses a key. */
    record Press(char key) implements CallerAction {}

    /** Lets a key opportunity pass (the switch's wait times out). */
    record Silence() implements CallerAction {}

    /** Hangs up. */
    record HangUp() implements CallerAction {}

    /** Keeps listening: a prompt plays to its end, the caller's next action stays pending. */
    record Listen() implements CallerAction {}

    CallerAction SILENCE = new Silence();
    CallerAction HANG_UP = new HangUp();
    CallerAction LISTEN = new Listen();
}
