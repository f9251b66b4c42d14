package org.ledgerline.ivr.dispute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.menu.ChoiceReader;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.storage.dispute.DisputeReason;
import org.ledgerline.storage.dispute.DisputeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the active reason codes as a keypad list ("For a pricing error, press one. ...") in their
 * spoken order and returns the one chosen. Reasons are read from the ledger on every call, so the
 * back office can switch codes on and off; a code without its {@link DisputePrompts#reason} prompt
 * cannot be spoken and is left out (with a WARN). At most {@value #MAX_REASONS} reasons fit on
 * the keypad (9 repeats, * goes back on every menu).
 */
public final class ReasonMenu {
    static final int MAX_REASONS = 8;
    private static final Logger log = LoggerFactory.getLogger(ReasonMenu.class);

    private final DisputeRepository disputes;
    private final Predicate<String> promptExists;
    private final Say say;
    private final ChoiceReader choices;

    /** @param promptExists whether the catalog has a prompt key (reasons without one are skipped) */
    public ReasonMenu(DisputeRepository disputes, Predicate<String> promptExists, Say say, ChoiceReader choices) {
        this.disputes = disputes;
        this.promptExists = promptExists;
        this.say = say;
        this.choices = choices;
    }

    /** The reasons a caller can pick now, in spoken order. */
    public List<DisputeReason> speakableReasons() {
        List<DisputeReason> speakable = new ArrayList<>();
        for (DisputeReason reason : disputes.findReasons()) {
            if (!promptExists.test(DisputePrompts.reason(reason.code()))) {
                log.warn("dispute reason {} has no prompt {} in the catalog; callers cannot pick it",
                        reason.code(), DisputePrompts.reason(reason.code()));
            } else if (speakable.size() == MAX_REASONS) {
                log.warn("dispute reason {} does not fit on the keypad ({} reasons at most)", reason.code(),
                        MAX_REASONS);
            } else {
                speakable.add(reason);
            }
        }
        return speakable;
    }

    /** Reads {@code reasons} and returns the chosen one; empty after too many failures. */
    public Optional<DisputeReason> choose(CallChannel channel, List<DisputeReason> reasons) {
        Utterance list = Utterance.of(DisputePrompts.CHOOSE_REASON);
        Set<Character> keys = new HashSet<>();
        for (int i = 0; i < reasons.size(); i++) {
            list = list.then(DisputePrompts.reason(reasons.get(i).code()), DisputePrompts.REASON_PRESS)
                    .then(say.number(i + 1));
            keys.add((char) ('1' + i));
        }
        return choices.read(channel, list, list, keys).map(key -> reasons.get(key - '1'));
    }
}
