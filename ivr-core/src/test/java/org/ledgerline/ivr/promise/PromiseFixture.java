package org.ledgerline.ivr.promise;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ledgerline.ivr.account.AccountService;
import org.ledgerline.ivr.account.IdentifiedCaller;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.menu.ChoiceReader;
import org.ledgerline.ivr.menu.EntryReader;
import org.ledgerline.ivr.menu.SelfServeSettings;
import org.ledgerline.ivr.prompt.PromptCatalog;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.testing.FakeCallChannel;
import org.ledgerline.ivr.testing.InMemoryLedger;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.customer.Customer;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;

/**
 * Alice on 2026-03-15 (New York) with 1,484.50 USD open over three invoices, oldest due first:
 * 10045 (1,200.00), 10046 (34.50) and 10047 (250.00); the promise flow over an in-memory ledger.
 */
final class PromiseFixture {
    static final Instant NOW = Instant.parse("2026-03-15T15:00:00Z");
    static final String PERSON = "ledgerline-agents,s,1";

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryLedger ledger = new InMemoryLedger(clock);
    final Customer alice = ledger.addCustomer("Alice Example", "America/New_York", "en", "5551234");
    final Account account = ledger.addAccount(alice, "1234567", "4321");
    final Invoice oldest = ledger.addInvoice(account, "10045", "USD", "1500.00", "1200.00", LocalDate.of(2026, 2, 12),
            InvoiceStatus.PARTIALLY_PAID);
    final Invoice middle = ledger.addInvoice(account, "10046", "USD", "34.50", "34.50", LocalDate.of(2026, 3, 1),
            InvoiceStatus.OPEN);
    final Invoice newest = ledger.addInvoice(account, "10047", "USD", "250.00", "250.00", LocalDate.of(2026, 4, 1),
            InvoiceStatus.OPEN);
    final PromiseToPayFlow flow;

    PromiseFixture() {
        SelfServeSettings settings = SelfServeSettings.defaults();
        AccountService accounts = new AccountService(ledger.accounts(), ledger.customers(), ledger.invoices(),
                InMemoryLedger.PIN_HASHER, settings.identification().lockThreshold());
        flow = new PromiseToPayFlow(accounts, new PromiseRecorder(ledger.promises()), PromiseSettings.defaults(),
                new Say(PromptCatalog.fromClasspath()),
                new EntryReader(settings.menu(), settings.menu().choiceTimeout()),
                new ChoiceReader(settings.menu()), new PersonHandOff(settings.person()), clock);
    }

    IdentifiedCaller caller(String callId, FakeCallChannel channel) {
        return new IdentifiedCaller(new CallSession(callId, "5551234", "SIP/trunk-0001", channel, NOW), account, alice);
    }
}
