package org.ledgerline.ivr.promise;

import java.time.Clock;
import java.time.LocalDate;
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
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.storage.invoice.Invoice;
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

    private final AccountService accounts;
    private final PromiseRecorder recorder;
    private final PromiseEntry entry;
    private final Say say;
    private final ReadBackConfirmation confirmation;
    private final NotRecordedOffer notRecorded;
    private final PersonHandOff handOff;
    private final Clock clock;

    public PromiseToPayFlow(AccountService accounts, PromiseRecorder recorder, PromiseSettings settings, Say say,
            EntryReader entries, ChoiceReader choices, PersonHandOff handOff, Clock clock) {
        this.accounts = accounts;
        this.recorder = recorder;
        this.entry = new PromiseEntry(entries, settings, say);
        this.say = say;
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
                .filter(invoice -> PromiseEntry.promisable(invoice, currency))
                .toList();
        return promise(channel, caller, open);
    }

    /** Invoice action: a promise for the invoice just read. */
    public Next forInvoice(CallChannel channel, IdentifiedCaller caller, Invoice invoice) {
        List<Invoice> only = PromiseEntry.promisable(invoice, caller.account().currency())
                ? List.of(invoice)
                : List.of();
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
        LocalDate today = caller.today(clock);
        return confirmation.agree(channel,
                () -> entry.draft(channel, PromiseEntry.Wording.CALLER, currency, candidates, today),
                terms -> entry.readBack(PromiseEntry.Wording.CALLER, terms));
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
}
