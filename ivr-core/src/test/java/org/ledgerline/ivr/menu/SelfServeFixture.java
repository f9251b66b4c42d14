package org.ledgerline.ivr.menu;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ledgerline.ivr.account.AccountService;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.prompt.PromptCatalog;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.testing.FakeCallChannel;
import org.ledgerline.ivr.testing.InMemoryLedger;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.customer.Customer;
import org.ledgerline.storage.invoice.InvoiceStatus;

/**
 * One self-serve line over an in-memory ledger. "Now" is 2026-03-15 11:00 in New York, where
 * Alice lives: her invoices are 31 and 14 days past due and one is due next month.
 */
final class SelfServeFixture {
    static final Instant NOW = Instant.parse("2026-03-15T15:00:00Z");
    static final LocalDate TODAY_IN_NEW_YORK = LocalDate.of(2026, 3, 15);
    static final String ALICE_PHONE = "5551234";
    static final String ALICE_ACCOUNT = "1234567";
    static final String ALICE_PIN = "4321";

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryLedger ledger = new InMemoryLedger(clock);
    final Customer alice = ledger.addCustomer("Alice Example", "America/New_York", "en", ALICE_PHONE);
    final Account aliceAccount = ledger.addAccount(alice, ALICE_ACCOUNT, ALICE_PIN);
    final SelfServeSettings settings = SelfServeSettings.defaults();
    final SelfServeFlow flow;

    SelfServeFixture() {
        ledger.addInvoice(aliceAccount, "10045", "USD", "1500.00", "1200.00", LocalDate.of(2026, 2, 12),
                InvoiceStatus.PARTIALLY_PAID);
        ledger.addInvoice(aliceAccount, "10046", "USD", "34.50", "34.50", LocalDate.of(2026, 3, 1), InvoiceStatus.OPEN);
        ledger.addInvoice(aliceAccount, "10047", "USD", "250.00", "250.00", LocalDate.of(2026, 4, 1),
                InvoiceStatus.OPEN);
        AccountService accounts = new AccountService(
                ledger.accounts(), ledger.customers(), ledger.invoices(), InMemoryLedger.PIN_HASHER,
                settings.identification().lockThreshold());
        flow = SelfServeFlow.standard(accounts, new Say(PromptCatalog.fromClasspath()), clock, settings);
    }

    CallSession session(String callId, String callerId, FakeCallChannel channel) {
        return new CallSession(callId, callerId, "SIP/trunk-0001", channel, NOW);
    }

    /** A caller with a withheld number, who keys in Alice's account and PIN. */
    static FakeCallChannel aliceByAccountNumber() {
        return new FakeCallChannel().press(ALICE_ACCOUNT + "#").press(ALICE_PIN + "#");
    }
}
