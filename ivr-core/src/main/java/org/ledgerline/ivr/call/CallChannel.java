package org.ledgerline.ivr.call;

import java.time.Duration;
import java.util.Optional;
import org.ledgerline.ivr.prompt.Utterance;

/**
 * The channel port: everything a call flow may do to the caller's leg. FastAGI implements it in
 * {@code telephony.agi}; tests use a scripted fake. All methods block the calling (virtual) thread.
 *
 * <p>Every method throws {@link CallerHungUpException} once the caller has gone, and {@link
 * ChannelFailureException} when the switch connection breaks.
 */
public interface CallChannel {

    /** Plays the prompts to the end; keys pressed meanwhile are ignored. */
    void play(Utterance utterance);

    /**
     * Plays the prompts with barge-in (a key stops playback and counts as the first digit), then
     * waits for digits as {@code spec} says.
     */
    DigitInput collect(Utterance prompt, DigitSpec spec);

    /**
     * Plays {@code prompt}, then a beep, then records the caller into {@code file} (a path on the
     * switch, without extension) as {@code wav} until they press {@code #}, stay silent for
     * {@code silence}, or {@code maxLength} has passed. The {@code #} is not part of the result.
     *
     * @return the recording; {@link RecordedAudio.Ending#NOT_SAVED} when the switch could not write it
     */
    RecordedAudio record(Utterance prompt, String file, Duration maxLength, Duration silence);

    /** Switches the language prompts are played in (a catalog language such as {@code en}). */
    void useLanguage(String language);

    /**
     * Hands the call to a dialplan destination ({@code context,extension,priority}) when the flow
     * returns; the flow should return right after.
     */
    void transfer(String destination);

    /** Hangs up the caller's channel. */
    void hangup();

    /**
     * Sets a channel variable for the rest of the dialplan (AGI {@code SET VARIABLE}). Names and
     * values are plain words and digits: the switch does not quote them.
     */
    void setVariable(String name, String value);

    /** A channel variable's value (AGI {@code GET VARIABLE}); empty when unset or empty. */
    Optional<String> variable(String name);
}
