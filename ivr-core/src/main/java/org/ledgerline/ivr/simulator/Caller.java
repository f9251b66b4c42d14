package org.ledgerline.ivr.simulator;

/**
 * The person on the emulated phone. The emulator asks at every opportunity Asterisk would give:
 * while a prompt plays, and when Asterisk waits for a key. Called on the call's own thread.
 */
public interface Caller {

    /**
     * A prompt is playing. {@code escapeDigits} are the keys that would interrupt it (empty: none);
     * returning {@link CallerAction.Press} with another key is a caller error.
     *
     * @return {@code Press} (a key among {@code escapeDigits}), {@code HangUp} or {@code Listen}
     */
    CallerAction duringPrompt(String escapeDigits);

    /**
     * Asterisk waits for a key.
     *
     * @return {@code Press}, {@code Silence} or {@code HangUp}
     */
    CallerAction whenAsked();
}
