package org.ledgerline.ivr.menu;

import java.util.Optional;
import java.util.Set;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.DigitInput;
import org.ledgerline.ivr.call.DigitSpec;
import org.ledgerline.ivr.prompt.Utterance;

/**
 * Asks for one key until the caller presses a valid one: silence or an invalid key gets "sorry"
 * and the choices again; after {@link MenuSettings#maxAttempts()} such failures in a row it gives
 * up and the caller of this class sends the caller to a person.
 */
public final class ChoiceReader {
    private final MenuSettings settings;

    public ChoiceReader(MenuSettings settings) {
        this.settings = settings;
    }

    /**
     * Reads one valid key, re-prompting after a timeout or a wrong key until the tries run out.
     *
     * @param prompt what is read first (the caller may press a key during it)
     * @param reprompt what is read again after a failure, after the "sorry"
     * @param validKeys the keys that count as a choice
     * @return the key chosen, or empty after too many failures (nothing more has been said)
     */
    public Optional<Character> read(CallChannel channel, Utterance prompt, Utterance reprompt,
            Set<Character> validKeys) {
        DigitSpec oneKey = DigitSpec.singleKey(settings.choiceTimeout());
        Utterance asking = prompt;
        for (int failures = 0;;) {
            DigitInput input = channel.collect(asking, oneKey);
            if (!input.isEmpty() && validKeys.contains(input.digits().charAt(0))) {
                return Optional.of(input.digits().charAt(0));
            }
            failures++;
            if (failures >= settings.maxAttempts()) {
                return Optional.empty();
            }
            asking = Utterance.of(input.isEmpty() ? MenuPrompts.NO_INPUT : MenuPrompts.INVALID_CHOICE).then(reprompt);
        }
    }
}
