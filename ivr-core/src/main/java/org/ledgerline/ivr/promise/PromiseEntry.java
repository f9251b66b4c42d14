package org.ledgerline.ivr.promise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.menu.EntryReader;
import org.ledgerline.ivr.menu.RefusedEntryException;
import org.ledgerline.ivr.payment.AmountEntry;
import org.ledgerline.ivr.payment.AmountEntryProblem;
import org.ledgerline.ivr.payment.InvalidAmountEntryException;
import org.ledgerline.ivr.payment.PaymentAmount;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;

/**
 * The keyed questions of a promise to pay, shared by the customer's self-serve flow and the
 * collector's keypad flow so both take amounts and dates by the same rules: an amount in whole units
 * with {@code *} for the decimal point, at most what is open; a date as {@code MMDD} inside the
 * {@link PromiseSettings} window, counted from the customer's "today". Only the words differ (the
 * customer hears "you", the collector "the customer"), so the flow passes its own {@link Wording}.
 */
public final class PromiseEntry {
    /** Nine whole digits, the decimal star and two cents digits. */
    private static final int AMOUNT_KEYS = AmountEntry.MAX_WHOLE_DIGITS + 3;
    private static final int DATE_KEYS = 4;

    private final EntryReader entries;
    private final PromiseDateEntry dates;
    private final Say say;

    public PromiseEntry(EntryReader entries, PromiseSettings settings, Say say) {
        this.entries = entries;
        this.dates = new PromiseDateEntry(settings);
        this.say = say;
    }

    /**
     * The prompt keys a flow asks and reads back with.
     *
     * @param amountTooLarge said when more than is open was keyed
     * @param readBackAmount said before the amount when reading the terms back
     */
    public record Wording(String enterAmount, String amountTooLarge, String enterDate, String readBackAmount) {
        /** The self-serve caller's words ("the amount you promise"). */
        public static final Wording CALLER = new Wording(PromisePrompts.ENTER_AMOUNT, PromisePrompts.AMOUNT_TOO_LARGE,
                PromisePrompts.ENTER_DATE, PromisePrompts.READBACK_AMOUNT);
    }

    /**
     * One round of amount and date, covering {@code candidates} oldest first.
     *
     * @param candidates the promisable open invoices, oldest due first, all in {@code currency}
     * @param today the customer's local date
     * @return the drafted terms, or empty when the keys were refused or missing too often
     */
    public Optional<PromiseTerms> draft(CallChannel channel, Wording wording, String currency,
            List<Invoice> candidates, LocalDate today) {
        BigDecimal open = candidates.stream().map(Invoice::openBalance).reduce(BigDecimal.ZERO, BigDecimal::add);
        AmountEntry amountEntry = new AmountEntry(Currency.getInstance(currency));
        Optional<PaymentAmount> amount = entries.read(channel, Utterance.of(wording.enterAmount()), AMOUNT_KEYS,
                keys -> amount(amountEntry, keys, open, wording));
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = entries.read(channel, Utterance.of(wording.enterDate()), DATE_KEYS,
                keys -> dates.parse(keys, today));
        return date.map(promisedFor -> PromiseTerms.covering(amount.get(), promisedFor, candidates));
    }

    /** "You promise to pay <amount> by <date>. To confirm, press one; to enter it again, press two." */
    public Utterance readBack(Wording wording, PromiseTerms terms) {
        return Utterance.of(wording.readBackAmount())
                .then(say.amount(terms.amount().value(), terms.amount().currency().getCurrencyCode()))
                .then(PromisePrompts.READBACK_DATE)
                .then(say.date(terms.promisedFor()))
                .then(PromisePrompts.CONFIRM);
    }

    /** Whether a promise may cover the invoice: open, not disputed, in the account's currency. */
    public static boolean promisable(Invoice invoice, String accountCurrency) {
        return invoice.status() != InvoiceStatus.DISPUTED
                && invoice.currency().equals(accountCurrency)
                && invoice.openBalance().signum() > 0;
    }

    private static PaymentAmount amount(AmountEntry entry, String keys, BigDecimal open, Wording wording)
            throws RefusedEntryException {
        try {
            return entry.parse(keys, open);
        } catch (InvalidAmountEntryException refused) {
            AmountEntryProblem problem = refused.problem();
            boolean tooLarge = problem == AmountEntryProblem.ABOVE_MAXIMUM || problem == AmountEntryProblem.TOO_LARGE;
            throw new RefusedEntryException(problem.name(),
                    tooLarge ? wording.amountTooLarge() : PromisePrompts.AMOUNT_INVALID);
        }
    }
}
