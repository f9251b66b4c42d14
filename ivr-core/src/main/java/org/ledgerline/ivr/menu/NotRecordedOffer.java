package org.ledgerline.ivr.menu;

import java.util.Optional;
import java.util.Set;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.prompt.Utterance;

/**
 * What a caller hears when the ledger did not take what they just confirmed: that it was NOT
 * recorded, then {@value #PERSON} for a person or {@value Menu#BACK} to go back. Too many failures
 * to choose also end with a person, since the caller is left with something unrecorded.
 */
public final class NotRecordedOffer {
    public static final char PERSON = '0';
    private static final Set<Character> KEYS = Set.of(PERSON, Menu.BACK);

    private final ChoiceReader choices;
    private final PersonHandOff handOff;

    public NotRecordedOffer(ChoiceReader choices, PersonHandOff handOff) {
        this.choices = choices;
        this.handOff = handOff;
    }

    /**
     * Says what was not recorded and offers a person or the way back.
     *
     * @param notRecordedKey the prompt saying what was not recorded
     * @param offerKey the prompt offering a person or back, repeated after a failure
     * @return {@link Next#MENU} when the caller goes back, {@link Next#CALL_ENDED} after a transfer
     */
    public Next offer(CallChannel channel, String notRecordedKey, String offerKey) {
        Utterance offer = Utterance.of(offerKey);
        Optional<Character> choice = choices.read(channel, Utterance.of(notRecordedKey).then(offer), offer, KEYS);
        if (choice.isEmpty()) {
            handOff.transferBecause(channel, MenuPrompts.TOO_MANY_FAILURES);
            return Next.CALL_ENDED;
        }
        if (choice.get() == PERSON) {
            handOff.transfer(channel);
            return Next.CALL_ENDED;
        }
        return Next.MENU;
    }
}
