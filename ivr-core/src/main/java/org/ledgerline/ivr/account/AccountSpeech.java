package org.ledgerline.ivr.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;

/** Turns balances and invoices into what the caller hears, using the say module for the numbers. */
public final class AccountSpeech {
    private final Say say;

    public AccountSpeech(Say say) {
        this.say = say;
    }

    /** "Your past due balance is ... Your total open balance is ... Your oldest open invoice was due on ...". */
    public Utterance balance(BalanceSummary summary, LocalDate today) {
        if (summary.nothingOwed()) {
            return Utterance.of(AccountPrompts.NOTHING_OWED);
        }
        List<String> keys = new ArrayList<>();
        for (BalanceSummary.CurrencyBalance balance : summary.balances()) {
            if (balance.pastDue().signum() > 0) {
                keys.add(AccountPrompts.PAST_DUE);
                keys.addAll(say.amount(balance.pastDue(), balance.currency()).keys());
            } else {
                keys.add(AccountPrompts.NOTHING_PAST_DUE);
            }
            keys.add(AccountPrompts.TOTAL_OPEN);
            keys.addAll(say.amount(balance.totalOpen(), balance.currency()).keys());
        }
        summary.oldestDueOn().ifPresent(oldest -> {
            keys.add(oldest.isBefore(today) ? AccountPrompts.OLDEST_WAS_DUE : AccountPrompts.NEXT_DUE);
            keys.addAll(say.date(oldest).keys());
        });
        if (summary.includesDisputed()) {
            keys.add(AccountPrompts.INCLUDES_DISPUTED);
        }
        return new Utterance(keys);
    }

    /** "Invoice number one zero zero four two. Amount open: ... Due on ... Past due by thirty one days." */
    public Utterance invoice(Invoice invoice, LocalDate today) {
        Utterance speech = Utterance.of(AccountPrompts.INVOICE_NUMBER)
                .then(say.digits(invoice.invoiceNumber()))
                .then(AccountPrompts.INVOICE_OPEN_AMOUNT)
                .then(say.amount(invoice.openBalance(), invoice.currency()))
                .then(AccountPrompts.INVOICE_DUE_ON)
                .then(say.date(invoice.dueOn()));
        long daysPastDue = invoice.daysPastDue(today);
        if (daysPastDue > 0) {
            speech = speech.then(AccountPrompts.INVOICE_PAST_DUE_BY).then(say.days(daysPastDue));
        } else {
            speech = speech.then(invoice.dueOn().equals(today)
                    ? AccountPrompts.INVOICE_DUE_TODAY
                    : AccountPrompts.INVOICE_NOT_YET_DUE);
        }
        if (invoice.status() == InvoiceStatus.DISPUTED) {
            speech = speech.then(AccountPrompts.INVOICE_DISPUTED);
        }
        return speech;
    }

    /** "You have one open invoice." / "You have three open invoices." */
    public Utterance invoiceCount(int openInvoices) {
        return openInvoices == 1
                ? Utterance.of(AccountPrompts.INVOICES_COUNT_ONE)
                : Utterance.of(AccountPrompts.INVOICES_COUNT_BEFORE)
                        .then(say.number(openInvoices))
                        .then(AccountPrompts.INVOICES_COUNT_AFTER);
    }
}
