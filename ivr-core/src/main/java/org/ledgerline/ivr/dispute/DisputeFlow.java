package org.ledgerline.ivr.dispute;

import java.time.Clock;
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
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.storage.dispute.DisputeReason;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.dispute.NewDispute;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;

/**
 * "Dispute an invoice": from the main menu (the caller keys the invoice number) or after an invoice
 * is read (that invoice). The caller picks a reason from the spoken list, may record a description,
 * hears the dispute read back, presses {@value ReadBackConfirmation#CONFIRM} to confirm or
 * {@value ReadBackConfirmation#REENTER} to choose again, and hears the reference digit by digit. Then
 * the escalation rules run (also when the caller hangs up during the reference) and may send the
 * caller straight to a person.
 *
 * <p>Exactly once: the dispute is opened right after the confirming key under the call's next
 * {@value #WRITE_PURPOSE} idempotency key, so a caller hanging up after confirming still gets it
 * and the same call replayed opens nothing new. When the ledger does not take it, the caller hears
 * that it was NOT recorded and is offered a person.
 */
public final class DisputeFlow implements MenuAction<IdentifiedCaller> {
    /** The purpose named in the dispute's idempotency key ({@code <callId>/dispute/<n>}). */
    public static final String WRITE_PURPOSE = "dispute";
    private static final int INVOICE_NUMBER_KEYS = 20;

    private final AccountService accounts;
    private final ReasonMenu reasons;
    private final DescriptionRecorder descriptions;
    private final DisputeOpener opener;
    private final DisputeEscalation escalation;
    private final Say say;
    private final EntryReader entries;
    private final ReadBackConfirmation confirmation;
    private final NotRecordedOffer notRecorded;
    private final PersonHandOff handOff;
    private final Clock clock;

    public DisputeFlow(AccountService accounts, ReasonMenu reasons, DescriptionRecorder descriptions,
            DisputeOpener opener,
            DisputeEscalation escalation, Say say, EntryReader entries, ChoiceReader choices, PersonHandOff handOff,
            Clock clock) {
        this.accounts = accounts;
        this.reasons = reasons;
        this.descriptions = descriptions;
        this.opener = opener;
        this.escalation = escalation;
        this.say = say;
        this.entries = entries;
        this.confirmation = new ReadBackConfirmation(entries, choices);
        this.notRecorded = new NotRecordedOffer(choices, handOff);
        this.handOff = handOff;
        this.clock = clock;
    }

    /** Main-menu option: the caller keys the number of one of their open invoices. */
    @Override
    public Next run(CallChannel channel, IdentifiedCaller caller) {
        List<Invoice> open = accounts.openInvoices(caller.account().id());
        Optional<Invoice> invoice = entries.read(channel, Utterance.of(DisputePrompts.ENTER_INVOICE),
                INVOICE_NUMBER_KEYS,
                keys -> find(open, keys));
        if (invoice.isEmpty()) {
            handOff.transferBecause(channel, MenuPrompts.TOO_MANY_FAILURES);
            return Next.CALL_ENDED;
        }
        return dispute(channel, caller, invoice.get());
    }

    /** Invoice action: dispute the invoice just read. */
    public Next forInvoice(CallChannel channel, IdentifiedCaller caller, Invoice invoice) {
        Next next = dispute(channel, caller, invoice);
        return next == Next.CALL_ENDED ? next : Next.MENU;
    }

    private Next dispute(CallChannel channel, IdentifiedCaller caller, Invoice invoice) {
        if (invoice.status() == InvoiceStatus.DISPUTED) {
            channel.play(Utterance.of(DisputePrompts.ALREADY_DISPUTED));
            return Next.MENU;
        }
        List<DisputeReason> speakable = reasons.speakableReasons();
        if (speakable.isEmpty()) {
            handOff.transferBecause(channel, DisputePrompts.NO_REASONS);
            return Next.CALL_ENDED;
        }
        Optional<NewDispute> confirmed = agree(channel, caller, invoice, speakable);
        if (confirmed.isEmpty()) {
            handOff.transferBecause(channel, MenuPrompts.TOO_MANY_FAILURES);
            return Next.CALL_ENDED;
        }
        // Nothing is played between the confirming key and this write: a hang-up cannot lose it.
        Optional<DisputeView> opened = opener.open(confirmed.get());
        if (opened.isEmpty()) {
            return notRecorded.offer(channel, DisputePrompts.NOT_RECORDED, DisputePrompts.OFFER_PERSON);
        }
        EscalationDecision decision;
        try {
            channel.play(Utterance.of(DisputePrompts.RECORDED, DisputePrompts.REFERENCE)
                    .then(say.digits(opened.get().referenceNumber())));
        } finally {
            // Escalation does not depend on the caller staying to hear the reference.
            decision = escalation.consider(opened.get(), invoice, caller.today(clock));
        }
        if (decision.transferCaller()) {
            handOff.transferBecause(channel, DisputePrompts.ESCALATED_TRANSFER);
            return Next.CALL_ENDED;
        }
        return Next.MENU;
    }

    /** Reason, description, read-back and confirmation; empty after too many failures or restarts. */
    private Optional<NewDispute> agree(CallChannel channel, IdentifiedCaller caller, Invoice invoice,
            List<DisputeReason> speakable) {
        Optional<Draft> confirmed = confirmation.agree(channel,
                () -> reasons.choose(channel, speakable)
                        .map(reason -> new Draft(reason, descriptions.offer(channel, caller))),
                draft -> Utterance.of(DisputePrompts.READBACK_INVOICE)
                        .then(say.digits(invoice.invoiceNumber()))
                        .then(DisputePrompts.READBACK_REASON, DisputePrompts.reason(draft.reason().code()),
                                DisputePrompts.CONFIRM));
        // The idempotency key is taken only once the caller has confirmed.
        return confirmed.map(draft -> new NewDispute(caller.session().nextIdempotencyKey(WRITE_PURPOSE), invoice.id(),
                draft.reason().code(), null, draft.recordingId().orElse(null), caller.session().callId()));
    }

    /** One round's answers, before the caller confirms them. */
    private record Draft(DisputeReason reason, Optional<Long> recordingId) {}

    private static Invoice find(List<Invoice> open, String keys) throws RefusedEntryException {
        return open.stream()
                .filter(invoice -> invoice.invoiceNumber().replaceAll("[^0-9]", "").equals(keys))
                .findFirst()
                .orElseThrow(() -> new RefusedEntryException("not an open invoice of this account",
                        DisputePrompts.INVOICE_UNKNOWN));
    }
}
