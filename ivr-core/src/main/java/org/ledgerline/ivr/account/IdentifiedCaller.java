package org.ledgerline.ivr.account;

import java.time.Clock;
import java.time.LocalDate;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.customer.Customer;

/**
 * A caller who proved who they are: the call, the account and its customer. What every
 * self-serve option (balance, invoices, and later pay, promise, dispute) works from.
 */
public record IdentifiedCaller(CallSession session, Account account, Customer customer) {

    public CallChannel channel() {
        return session.channel();
    }

    /** "Today" where the customer lives: due dates and days past due are counted in their time zone. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(customer.timeZone()));
    }
}
