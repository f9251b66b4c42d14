package org.ledgerline.ivr.menu;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.prompt.Utterance;

/**
 * The "here is what you entered; press {@value #CONFIRM} to confirm or {@value #REENTER} to start
 * again" step that every flow writing to the ledger on the caller's word goes through. Each round
 * gathers a draft (the flow's own questions), reads it back and asks for the key; starting again
 * runs another round, up to {@link EntryReader#maxAttempts()} rounds.
 */
public final class ReadBackConfirmation {
    public static final char CONFIRM = '1';
    public static final char REENTER = '2';
    private static final Set<Character> KEYS = Set.of(CONFIRM, REENTER);

    private final EntryReader entries;
    private final ChoiceReader choices;

    /** {@code entries} sets how many rounds are allowed; {@code choices} reads the confirming key. */
    public ReadBackConfirmation(EntryReader entries, ChoiceReader choices) {
        this.entries = entries;
        this.choices = choices;
    }

    /**
     * Asks the questions, reads the answers back and lets the caller confirm or start again.
     *
     * @param draft one round of questions; empty when the caller gave up on them
     * @param readBack what is read back for a draft, ending with the "press 1 or 2" prompt
     * @return the confirmed draft, or empty after too many failures or restarts (nothing more has
     *     been said; the flow sends the caller to a person)
     */
    public <T> Optional<T> agree(CallChannel channel, Supplier<Optional<T>> draft, Function<T, Utterance> readBack) {
        for (int round = 1; round <= entries.maxAttempts(); round++) {
            Optional<T> drafted = draft.get();
            if (drafted.isEmpty()) {
                return Optional.empty();
            }
            Utterance asking = readBack.apply(drafted.get());
            Optional<Character> choice = choices.read(channel, asking, asking, KEYS);
            if (choice.isEmpty()) {
                return Optional.empty();
            }
            if (choice.get() == CONFIRM) {
                return drafted;
            }
        }
        return Optional.empty();
    }
}
