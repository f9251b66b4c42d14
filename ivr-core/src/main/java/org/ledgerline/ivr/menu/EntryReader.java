package org.ledgerline.ivr.menu;

import java.time.Duration;
import java.util.Optional;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.DigitInput;
import org.ledgerline.ivr.call.DigitSpec;
import org.ledgerline.ivr.prompt.Utterance;

/**
 * Asks for a keyed entry ended by {@code #} (an amount, a date, an invoice number) until a parser
 * accepts it: silence gets "sorry, I didn't hear" and the question again, a refused entry gets the
 * parser's reason and the question again; after {@link MenuSettings#maxAttempts()} such failures in
 * a row it gives up, and the caller of this class sends the caller to a person. The sibling of
 * {@link ChoiceReader} for entries longer than one key.
 */
public final class EntryReader {
    private final MenuSettings settings;
    private final Duration interDigitTimeout;

    public EntryReader(MenuSettings settings, Duration interDigitTimeout) {
        this.settings = settings;
        this.interDigitTimeout = interDigitTimeout;
    }

    /** Turns the keys into a value, or refuses them with the prompt that says why. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String keys) throws RefusedEntryException;
    }

    /**
     * Reads keys ended by {@code #} and parses them, asking again after a refusal until the tries run out.
     *
     * @param prompt the question, e.g. "Enter the amount, then press pound."
     * @param maxDigits keys accepted before the {@code #}
     * @return the parsed value, or empty after too many failures (nothing more has been said)
     */
    public <T> Optional<T> read(CallChannel channel, Utterance prompt, int maxDigits, Parser<T> parser) {
        DigitSpec spec = DigitSpec.upTo(maxDigits, settings.choiceTimeout(), interDigitTimeout);
        Utterance asking = prompt;
        for (int failures = 1;; failures++) {
            DigitInput input = channel.collect(asking, spec);
            String problemKey;
            if (input.isEmpty()) {
                problemKey = MenuPrompts.NO_INPUT;
            } else {
                try {
                    return Optional.of(parser.parse(input.digits()));
                } catch (RefusedEntryException refused) {
                    problemKey = refused.promptKey();
                }
            }
            if (failures >= settings.maxAttempts()) {
                return Optional.empty();
            }
            asking = Utterance.of(problemKey).then(prompt);
        }
    }

    /** How many failures in a row the reader allows, for flows that count their own retries the same way. */
    public int maxAttempts() {
        return settings.maxAttempts();
    }
}
