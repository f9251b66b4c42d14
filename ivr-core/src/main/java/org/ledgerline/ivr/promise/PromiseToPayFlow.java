package org.ledgerline.ivr.promise;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.ledgerline.ivr.account.AccountService;
import org.ledgerline.ivr.account.IdentifiedCaller;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.menu.ChoiceReader;
import org.ledgerline.ivr.menu.EntryReader;
import org.ledgerline.ivr.menu.MenuAction;
import org.ledgerline.ivr.menu.MenuPrompts;
import org.ledgerline.ivr.menu.Next;
import org.ledgerline.ivr.menu.NotRecordedOffer;
import org.ledgerline.ivr.menu.ReadBackConfirmation;
import org.ledgerline.ivr.menu.RefusedEntryException;
import org.ledgerline.ivr.payment.AmountEntry;
import org.ledgerline.ivr.payment.AmountEntryProblem;
import org.ledgerline.ivr.payment.InvalidAmountEntryException;
import org.ledgerline.ivr.payment.PaymentAmount;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.promise.NewPromise;
import org.ledgerline.storage.promise.Promise;

/**
 * "Promise to pay": from the main menu (covering the open invoices, oldest first) or after an
 * invoice is read (covering that invoice). The caller keys an amount (whole units, {@code *} for the
 * decimal point, at most what is open) and a date ({@code MMDD} within the window), hears both read
 * back, presses {@value ReadBackConfirmation#CONFIRM} to confirm or
 * {@value ReadBackConfirmation#REENTER} to start again, and hears the reference number digit by digit.
 *
 * <p>Exactly once: the promise is written right after the confirming key, before anything more is
 * played, under the call's next {@value #WRITE_PURPOSE} idempotency key; a caller hanging up after
 * confirming still gets the promise, and the same call replayed writes nothing new. When the
 * ledger does not take it, the caller hears that it was NOT recorded and is offered a person.
 * Disputed invoices and invoices in another currency than the account's are never covered.
 */
public final class PromiseToPayFlow implements MenuAction<IdentifiedCaller> {
    /** The purpose named in the promise's idempotency key ({@code <callId>/promise/<n>}). */
    public static final String WRITE_PURPOSE = "promise";
    /** Nine whole digits, the decimal star and two cents digits. */
    private static final int AMOUNT_KEYS = AmountEntry.MAX_WHOLE_DIGITS + 3;
    private static final int DATE_KEYS = 4;

    private final AccountService accounts;
    private final PromiseRecorder recorder;
    private final PromiseDateEntry dates;
    private final Say say;
    private final EntryReader entries;
    private final ReadBackConfirmation confirmation;
    private final NotRecordedOffer notRecorded;
    private final PersonHandOff handOff;
    private final Clock clock;

    public PromiseToPayFlow(AccountService accounts, PromiseRecorder recorder, PromiseSettings settings, Say say,
            EntryReader entries, ChoiceReader choices, PersonHandOff handOff, Clock clock) {
        this.accounts = accounts;
        this.recorder = recorder;
        this.dates = new PromiseDateEntry(settings);
        this.say = say;
        this.entries = entries;
        this.confirmation = new ReadBackConfirmation(entries, choices);
        this.notRecorded = new NotRecordedOffer(choices, handOff);
        this.handOff = handOff;
        this.clock = clock;
    }

    /** Main-menu option: a promise against the account's open invoices. */
    @Override
    public Next run(CallChannel channel, IdentifiedCaller caller) {
        String currency = caller.account().currency();
        List<Invoice> open = accounts.openInvoices(caller.account().id()).stream()
                .filter(invoice -> promisable(invoice, currency))
                .toList();
        return promise(channel, caller, open);
    }

    /** Invoice action: a promise for the invoice just read. */
    public Next forInvoice(CallChannel channel, IdentifiedCaller caller, Invoice invoice) {
        List<Invoice> only = promisable(invoice, caller.account().currency()) ? List.of(invoice) : List.of();
        Next next = promise(channel, caller, only);
        return next == Next.CALL_ENDED ? next : Next.MENU;
    }

    private Next promise(CallChannel channel, IdentifiedCaller caller, List<Invoice> candidates) {
        if (candidates.isEmpty()) {
            channel.play(Utterance.of(PromisePrompts.NOTHING_OWED));
            return Next.MENU;
        }
        Optional<PromiseTerms> terms = agreeTerms(channel, caller, candidates);
        if (terms.isEmpty()) {
            handOff.transferBecause(channel, MenuPrompts.TOO_MANY_FAILURES);
            return Next.CALL_ENDED;
        }
        // Nothing is played between the confirming key and this write: a hang-up cannot lose it.
        Optional<Promise> recorded = recorder.record(newPromise(caller, terms.get()));
        if (recorded.isEmpty()) {
            return notRecorded.offer(channel, PromisePrompts.NOT_RECORDED, PromisePrompts.OFFER_PERSON);
        }
        channel.play(Utterance.of(PromisePrompts.RECORDED, PromisePrompts.REFERENCE)
                .then(say.digits(recorded.get().referenceNumber())));
        return Next.MENU;
    }

    /** Amount, date, read-back and confirmation; empty after too many failures or re-entries. */
    private Optional<PromiseTerms> agreeTerms(CallChannel channel, IdentifiedCaller caller, List<Invoice> candidates) {
        String currency = caller.account().currency();
        BigDecimal open = candidates.stream().map(Invoice::openBalance).reduce(BigDecimal.ZERO, BigDecimal::add);
        AmountEntry amountEntry = new AmountEntry(Currency.getInstance(currency));
        LocalDate today = caller.today(clock);
        return confirmation.agree(channel,
                () -> draftTerms(channel, candidates, keys -> amount(amountEntry, keys, open), today),
                terms -> Utterance.of(PromisePrompts.READBACK_AMOUNT)
                        .then(say.amount(terms.amount().value(), currency))
                        .then(PromisePrompts.READBACK_DATE)
                        .then(say.date(terms.promisedFor()))
                        .then(PromisePrompts.CONFIRM));
    }

    /** One round of amount and date; empty when the caller gave up on either. */
    private Optional<PromiseTerms> draftTerms(CallChannel channel, List<Invoice> candidates,
            EntryReader.Parser<PaymentAmount> amounts, LocalDate today) {
        Optional<PaymentAmount> amount = entries.read(channel, Utterance.of(PromisePrompts.ENTER_AMOUNT), AMOUNT_KEYS,
                amounts);
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = entries.read(channel, Utterance.of(PromisePrompts.ENTER_DATE), DATE_KEYS,
                keys -> dates.parse(keys, today));
        return date.map(promisedFor -> PromiseTerms.covering(amount.get(), promisedFor, candidates));
    }

    private NewPromise newPromise(IdentifiedCaller caller, PromiseTerms terms) {
        return new NewPromise(
                caller.session().nextIdempotencyKey(WRITE_PURPOSE),
                caller.account().id(),
                terms.amount().value(),
                terms.amount().currency().getCurrencyCode(),
                terms.promisedFor(),
                terms.coveredInvoiceIds(),
                caller.session().callId());
    }

    private static PaymentAmount amount(AmountEntry entry, String keys, BigDecimal open) throws RefusedEntryException {
        try {
            return entry.parse(keys, open);
        } catch (InvalidAmountEntryException refused) {
            AmountEntryProblem problem = refused.problem();
            boolean tooLarge = problem == AmountEntryProblem.ABOVE_MAXIMUM || problem == AmountEntryProblem.TOO_LARGE;
            throw new RefusedEntryException(problem.name(),
                    tooLarge ? PromisePrompts.AMOUNT_TOO_LARGE : PromisePrompts.AMOUNT_INVALID);
        }
    }

    private static boolean promisable(Invoice invoice, String accountCurrency) {
        return invoice.status() != InvoiceStatus.DISPUTED
                && invoice.currency().equals(accountCurrency)
                && invoice.openBalance().signum() > 0;
    }
}
