package org.ledgerline.ivr.menu;

import java.time.Clock;
import java.time.LocalDate;
import org.ledgerline.ivr.account.AccountService;
import org.ledgerline.ivr.account.AccountSpeech;
import org.ledgerline.ivr.account.BalanceSummary;
import org.ledgerline.ivr.account.IdentifiedCaller;
import org.ledgerline.ivr.call.CallChannel;

/** Main-menu option: past-due and total balance with the oldest due date, as of the customer's local date. */
public final class BalanceOption implements MenuAction<IdentifiedCaller> {
    private final AccountService accounts;
    private final AccountSpeech speech;
    private final Clock clock;

    public BalanceOption(AccountService accounts, AccountSpeech speech, Clock clock) {
        this.accounts = accounts;
        this.speech = speech;
        this.clock = clock;
    }

    @Override
    public Next run(CallChannel channel, IdentifiedCaller caller) {
        LocalDate today = caller.today(clock);
        BalanceSummary summary = BalanceSummary.of(accounts.openInvoices(caller.account().id()), today);
        channel.play(speech.balance(summary, today));
        return Next.MENU;
    }
}
