package org.ledgerline.ivr.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ledgerline.ivr.account.AccountSpeech;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.DigitSpec;
import org.ledgerline.ivr.menu.ChoiceReader;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;

/**
 * The first half of a payment call: what to pay, read back and confirmed. From the main menu: 1 the
 * past-due total, 2 the total open balance, 3 one invoice (read one by one), 4 an amount keyed in
 * ({@link AmountEntry}: {@code *} for the decimal point); from an invoice: 1 its full open amount,
 * 4 a part of it. {@code *} goes back everywhere.
 *
 * <p>Which invoices an account-level payment covers: the open invoices in the account's currency
 * that are not {@link InvoiceStatus#DISPUTED} (a caller pays a disputed invoice only by choosing it).
 * They are split by the {@link AllocationPolicy}: oldest due first, each up to its open balance, so
 * the past-due total clears exactly the past-due invoices; a chosen invoice takes the whole payment.
 * Keyed amounts are capped at what those invoices have open, so nothing is ever left over.
 */
public final class PaymentAmountChooser {
    private static final Set<Character> ACCOUNT_KEYS = Set.of('1', '2', '3', '4', '*');
    private static final Set<Character> INVOICE_KEYS = Set.of('1', '4', '*');
    private static final Set<Character> PICK_KEYS = Set.of('1', '2', '*');
    private static final Set<Character> CONFIRM_KEYS = Set.of('1', '2');
    /** Nine whole digits, the star and two cents digits. */
    private static final int AMOUNT_KEYS = AmountEntry.MAX_WHOLE_DIGITS + 3;

    private final Say say;
    private final AccountSpeech speech;
    private final ChoiceReader reader;
    private final AllocationPolicy policy;
    private final PaymentSettings settings;

    public PaymentAmountChooser(Say say, ChoiceReader reader, AllocationPolicy policy, PaymentSettings settings) {
        this.say = say;
        this.speech = new AccountSpeech(say);
        this.reader = reader;
        this.policy = policy;
        this.settings = settings;
    }

    /** What the caller decided. */
    public sealed interface Decision {
        /** Pay this, now. */
        record Pay(PaymentPlan plan) implements Decision {}

        /** The caller went back (or there was nothing to pay): no payment. */
        record Back() implements Decision {}

        /** Too many silences or bad entries: the caller should be sent to a person. */
        record GaveUp() implements Decision {}
    }

    /** From the main menu: past-due total, total open, one invoice or a keyed amount. */
    public Decision forAccount(CallChannel channel, List<Invoice> openInvoices, String currencyCode, LocalDate today) {
        Currency currency = Currency.getInstance(currencyCode);
        List<Invoice> inCurrency = openInvoices.stream()
                .filter(invoice -> invoice.currency().equals(currencyCode) && invoice.openBalance().signum() > 0)
                .toList();
        List<OpenItem> payable = inCurrency.stream()
                .filter(invoice -> invoice.status() != InvoiceStatus.DISPUTED)
                .map(PaymentAmountChooser::item)
                .toList();
        if (inCurrency.isEmpty()) {
            channel.play(Utterance.of(PaymentPrompts.NOTHING_TO_PAY));
            return new Decision.Back();
        }
        Utterance options = Utterance.of(PaymentPrompts.OPTION_PAST_DUE, PaymentPrompts.OPTION_TOTAL,
                PaymentPrompts.OPTION_ONE_INVOICE, PaymentPrompts.OPTION_OTHER_AMOUNT, PaymentPrompts.NAVIGATION);
        while (true) {
            Optional<Character> choice = reader.read(channel, Utterance.of(PaymentPrompts.CHOOSE_INTRO).then(options),
                    options, ACCOUNT_KEYS);
            if (choice.isEmpty()) {
                return new Decision.GaveUp();
            }
            Optional<PaymentPlan> plan;
            switch (choice.get()) {
                case '*' -> {
                    return new Decision.Back();
                }
                case '1' -> plan = pastDue(channel, payable, currency, today);
                case '2' -> plan = whole(channel, payable, currency);
                case '3' -> {
                    Decision picked = pickInvoice(channel, inCurrency, today);
                    if (!(picked instanceof Decision.Back)) {
                        return picked;
                    }
                    continue;
                }
                default -> {
                    Optional<PaymentAmount> keyed = keyedAmount(channel, currency, policy.maximumPayable(payable));
                    if (keyed.isEmpty()) {
                        return new Decision.GaveUp();
                    }
                    plan = Optional.of(PaymentPlan.of(keyed.get(), policy.allocate(keyed.get(), payable)));
                }
            }
            if (plan.isEmpty()) {
                continue;
            }
            Decision confirmed = confirm(channel, plan.get());
            if (!(confirmed instanceof Decision.Back)) {
                return confirmed;
            }
        }
    }

    /** For one invoice: its full open amount or a part of it. */
    public Decision forInvoice(CallChannel channel, Invoice invoice) {
        if (invoice.openBalance().signum() <= 0) {
            channel.play(Utterance.of(PaymentPrompts.NOTHING_TO_PAY));
            return new Decision.Back();
        }
        Currency currency = Currency.getInstance(invoice.currency());
        List<OpenItem> only = List.of(item(invoice));
        Utterance options = Utterance.of(PaymentPrompts.INVOICE_OPTION_FULL, PaymentPrompts.OPTION_OTHER_AMOUNT,
                PaymentPrompts.NAVIGATION);
        while (true) {
            Optional<Character> choice = reader.read(channel, options, options, INVOICE_KEYS);
            if (choice.isEmpty()) {
                return new Decision.GaveUp();
            }
            PaymentAmount amount;
            if (choice.get() == '*') {
                return new Decision.Back();
            } else if (choice.get() == '1') {
                amount = new PaymentAmount(invoice.openBalance(), currency);
            } else {
                Optional<PaymentAmount> keyed = keyedAmount(channel, currency, invoice.openBalance());
                if (keyed.isEmpty()) {
                    return new Decision.GaveUp();
                }
                amount = keyed.get();
            }
            Decision confirmed = confirm(channel,
                    PaymentPlan.of(amount, policy.allocateToChosen(amount, invoice.id(), only)));
            if (!(confirmed instanceof Decision.Back)) {
                return confirmed;
            }
        }
    }

    private Optional<PaymentPlan> pastDue(CallChannel channel, List<OpenItem> payable, Currency currency,
            LocalDate today) {
        BigDecimal pastDue = payable.stream()
                .filter(item -> item.dueOn().isBefore(today))
                .map(OpenItem::openBalance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (pastDue.signum() <= 0) {
            channel.play(Utterance.of(PaymentPrompts.NOTHING_PAST_DUE));
            return Optional.empty();
        }
        PaymentAmount amount = new PaymentAmount(pastDue, currency);
        return Optional.of(PaymentPlan.of(amount, policy.allocate(amount, payable)));
    }

    private Optional<PaymentPlan> whole(CallChannel channel, List<OpenItem> payable, Currency currency) {
        BigDecimal total = policy.maximumPayable(payable);
        if (total.signum() <= 0) {
            channel.play(Utterance.of(PaymentPrompts.NOTHING_TO_PAY));
            return Optional.empty();
        }
        PaymentAmount amount = new PaymentAmount(total, currency);
        return Optional.of(PaymentPlan.of(amount, policy.allocate(amount, payable)));
    }

    private Decision pickInvoice(CallChannel channel, List<Invoice> invoices, LocalDate today) {
        int index = 0;
        while (true) {
            Utterance pick = Utterance.of(PaymentPrompts.PICK_INVOICE);
            Optional<Character> choice = reader.read(channel, speech.invoice(invoices.get(index), today).then(pick),
                    pick,
                    PICK_KEYS);
            if (choice.isEmpty()) {
                return new Decision.GaveUp();
            }
            switch (choice.get()) {
                case '*' -> {
                    return new Decision.Back();
                }
                case '1' -> {
                    Decision decided = forInvoice(channel, invoices.get(index));
                    if (!(decided instanceof Decision.Back)) {
                        return decided;
                    }
                }
                default -> index = (index + 1) % invoices.size();
            }
        }
    }

    /** Reads an amount up to {@code maximum}, asking again with the reason; empty after the last try. */
    private Optional<PaymentAmount> keyedAmount(CallChannel channel, Currency currency, BigDecimal maximum) {
        AmountEntry entry = new AmountEntry(currency);
        DigitSpec spec = DigitSpec.upTo(AMOUNT_KEYS, settings.digitTimeout(), settings.interDigitTimeout());
        Utterance prompt = Utterance.of(PaymentPrompts.ENTER_AMOUNT);
        for (int tried = 1;; tried++) {
            try {
                return Optional.of(entry.parse(channel.collect(prompt, spec).digits(), maximum));
            } catch (InvalidAmountEntryException refused) {
                if (tried >= settings.fieldTries()) {
                    return Optional.empty();
                }
                prompt = Utterance.of(refused.problem().callerMessageKey(), PaymentPrompts.ENTER_AMOUNT);
            }
        }
    }

    /** "You are about to pay ... To confirm, press one. To change the amount, press two." */
    private Decision confirm(CallChannel channel, PaymentPlan plan) {
        PaymentAmount amount = plan.amount();
        Utterance readBack = Utterance.of(PaymentPrompts.CONFIRM_AMOUNT)
                .then(say.amount(amount.value(), amount.currency().getCurrencyCode()))
                .then(PaymentPrompts.CONFIRM_CHOICES);
        Optional<Character> choice = reader.read(channel, readBack, readBack, CONFIRM_KEYS);
        if (choice.isEmpty()) {
            return new Decision.GaveUp();
        }
        return choice.get() == '1' ? new Decision.Pay(plan) : new Decision.Back();
    }

    private static OpenItem item(Invoice invoice) {
        return new OpenItem(invoice.id(), invoice.dueOn(), invoice.openBalance());
    }
}
