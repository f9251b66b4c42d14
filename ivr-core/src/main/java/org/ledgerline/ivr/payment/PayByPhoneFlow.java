package org.ledgerline.ivr.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.ledgerline.ivr.account.AccountService;
import org.ledgerline.ivr.account.IdentifiedCaller;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.menu.InvoiceAction;
import org.ledgerline.ivr.menu.MenuAction;
import org.ledgerline.ivr.menu.MenuPrompts;
import org.ledgerline.ivr.menu.Next;
import org.ledgerline.storage.invoice.Invoice;

/**
 * Pay by phone, as the self-serve menu offers it: main-menu key {@value #MENU_KEY} ("make a
 * payment") and, in the invoice list, key {@value #INVOICE_KEY} ("pay this invoice", see
 * {@link #payThisInvoice()}). The {@link PaymentAmountChooser} agrees what to pay; the
 * {@link CardPaymentTaker} pauses the recording, takes the card, charges it and posts it exactly once.
 */
public final class PayByPhoneFlow implements MenuAction<IdentifiedCaller> {
    /** Main-menu key, announced by {@link PaymentPrompts#MAIN_OPTION_PAY}. */
    public static final char MENU_KEY = '3';
    /** Invoice-list key, announced by {@link PaymentPrompts#INVOICE_OPTION_PAY}. */
    public static final char INVOICE_KEY = '3';

    private final AccountService accounts;
    private final PaymentAmountChooser chooser;
    private final CardPaymentTaker taker;
    private final PersonHandOff handOff;
    private final Clock clock;

    public PayByPhoneFlow(AccountService accounts, PaymentAmountChooser chooser, CardPaymentTaker taker,
            PersonHandOff handOff, Clock clock) {
        this.accounts = accounts;
        this.chooser = chooser;
        this.taker = taker;
        this.handOff = handOff;
        this.clock = clock;
    }

    /** From the main menu: past-due total, total open, one invoice or a keyed amount. */
    @Override
    public Next run(CallChannel channel, IdentifiedCaller caller) {
        LocalDate today = caller.today(clock);
        PaymentAmountChooser.Decision decision = chooser.forAccount(channel,
                accounts.openInvoices(caller.account().id()), caller.account().currency(), today);
        Next next = carryOut(channel, caller, decision, today);
        return next == Next.BACK ? Next.MENU : next;
    }

    /**
     * The invoice-list action: pay the invoice just read. After a payment the list is out of date,
     * so it returns to the main menu.
     */
    public InvoiceAction payThisInvoice() {
        return (channel, caller, invoice) -> payInvoice(channel, caller, invoice);
    }

    private Next payInvoice(CallChannel channel, IdentifiedCaller caller, Invoice invoice) {
        LocalDate today = caller.today(clock);
        PaymentAmountChooser.Decision decision = chooser.forInvoice(channel, invoice);
        if (decision instanceof PaymentAmountChooser.Decision.Back) {
            return Next.MENU;
        }
        Next next = carryOut(channel, caller, decision, today);
        return next == Next.CALL_ENDED ? next : Next.BACK;
    }

    private Next carryOut(CallChannel channel, IdentifiedCaller caller, PaymentAmountChooser.Decision decision,
            LocalDate today) {
        return switch (decision) {
            case PaymentAmountChooser.Decision.Pay pay -> taker.take(caller, pay.plan(), YearMonth.from(today));
            case PaymentAmountChooser.Decision.Back back -> Next.BACK;
            case PaymentAmountChooser.Decision.GaveUp gaveUp -> {
                handOff.transferBecause(channel, MenuPrompts.TOO_MANY_FAILURES);
                yield Next.CALL_ENDED;
            }
        };
    }
}
