package org.ledgerline.ivr.account;

import java.util.Optional;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.call.DigitInput;
import org.ledgerline.ivr.call.DigitSpec;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.storage.account.Account;

/**
 * The identification step of a call. A caller ID on file for exactly one account pre-selects it,
 * but caller ID can be spoofed, so the caller still proves it with the PIN (or presses {@code *}
 * to key in an account number instead). Otherwise the caller keys in account number and PIN.
 *
 * <p>The caller gets {@link IdentificationSettings#pinTriesPerCall()} tries (silence counts as
 * one), hears the same words whether the account number, the PIN or the account's lock was the
 * problem, and is then sent to a person. On success the call switches to the customer's language.
 */
public final class CallerIdentification {
    private static final String SWITCH_TO_ACCOUNT_NUMBER = "*";

    private final AccountService accounts;
    private final IdentificationSettings settings;
    private final PersonHandOff handOff;

    public CallerIdentification(AccountService accounts, IdentificationSettings settings, PersonHandOff handOff) {
        this.accounts = accounts;
        this.settings = settings;
        this.handOff = handOff;
    }

    /** The proven caller, or empty once the caller has been sent to a person. */
    public Optional<IdentifiedCaller> identify(CallSession session) {
        CallChannel channel = session.channel();
        Optional<Account> preselected = accounts.singleAccountForCallerId(session.callerId());
        int failures = 0;
        while (failures < settings.pinTriesPerCall()) {
            Attempt attempt;
            if (preselected.isPresent()) {
                DigitInput pin = channel.collect(Utterance.of(AccountPrompts.CALLER_ID_ENTER_PIN), pinSpec());
                if (pin.digits().startsWith(SWITCH_TO_ACCOUNT_NUMBER)) {
                    preselected = Optional.empty();
                    continue;
                }
                attempt = pin.isEmpty()
                        ? Attempt.noInput()
                        : Attempt.of(accounts.verify(preselected.get().id(), pin.digits(), session));
            } else {
                attempt = askAccountNumberAndPin(session);
            }
            if (attempt.account().isPresent()) {
                return Optional.of(welcome(session, attempt.account().get()));
            }
            failures++;
            if (failures < settings.pinTriesPerCall()) {
                channel.play(Utterance.of(attempt.silent() ? AccountPrompts.NO_INPUT : AccountPrompts.NOT_RECOGNISED));
            }
        }
        handOff.transferBecause(channel, AccountPrompts.TOO_MANY_ATTEMPTS);
        return Optional.empty();
    }

    /** Always asks for the PIN, even after an unknown account number, so the caller cannot tell which was wrong. */
    private Attempt askAccountNumberAndPin(CallSession session) {
        CallChannel channel = session.channel();
        DigitInput number = channel.collect(Utterance.of(AccountPrompts.ENTER_ACCOUNT_NUMBER), accountNumberSpec());
        if (number.isEmpty()) {
            return Attempt.noInput();
        }
        DigitInput pin = channel.collect(Utterance.of(AccountPrompts.ENTER_PIN), pinSpec());
        if (pin.isEmpty()) {
            return Attempt.noInput();
        }
        return Attempt.of(accounts.verify(number.digits(), pin.digits(), session));
    }

    private IdentifiedCaller welcome(CallSession session, Account account) {
        IdentifiedCaller caller = new IdentifiedCaller(session, account, accounts.customerOf(account));
        session.identifiedAs(account.id());
        session.channel().useLanguage(caller.customer().language());
        session.channel().play(Utterance.of(AccountPrompts.VERIFIED));
        return caller;
    }

    private DigitSpec accountNumberSpec() {
        return DigitSpec.upTo(settings.accountNumberMaxDigits(), settings.firstDigitTimeout(),
                settings.interDigitTimeout());
    }

    /**
     * Room for one key more than a PIN has: the caller is asked to finish with pound, and stopping
     * at exactly the PIN length would leave that pound queued on the channel, where it would answer
     * the next prompt. A fifth digit is simply a wrong PIN.
     */
    private DigitSpec pinSpec() {
        return DigitSpec.upTo(settings.pinLength() + 1, settings.firstDigitTimeout(), settings.interDigitTimeout())
                .asSensitive();
    }

    /** One identification try: the proven account, or why not (silence or a mismatch). */
    private record Attempt(Optional<Account> account, boolean silent) {
        static Attempt noInput() {
            return new Attempt(Optional.empty(), true);
        }

        static Attempt of(Optional<Account> account) {
            return new Attempt(account, false);
        }
    }
}
