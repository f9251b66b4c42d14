package org.ledgerline.ivr.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ledgerline.ivr.account.AccountService;
import org.ledgerline.ivr.account.IdentifiedCaller;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.call.DialplanDestination;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.menu.ChoiceReader;
import org.ledgerline.ivr.menu.MenuSettings;
import org.ledgerline.ivr.menu.Next;
import org.ledgerline.ivr.prompt.PromptCatalog;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.testing.FakeCallChannel;
import org.ledgerline.ivr.testing.InMemoryLedger;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.customer.Customer;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;

/**
 * Pay by phone over in-memory fakes and the real sandbox gateway. "Now" is 2026-03-15 in New York,
 * where Alice lives: invoice 10045 (1,200.00 open) and 10046 (34.50) are past due, 10047 (250.00) is
 * due next month, so her past-due total is 1,234.50 and her total open 1,484.50.
 */
final class PaymentFixture {
    static final Instant NOW = Instant.parse("2026-03-15T15:00:00Z");
    static final String PERSON = "ledgerline-agents,s,1";
    static final String CHANNEL = "SIP/trunk-0001";
    /** Expiry and security code chosen to collide with nothing else in a call (see the PCI IT). */
    static final String EXPIRY = "0931";
    static final String CVV = "739";

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryLedger ledger = new InMemoryLedger(clock);
    final Customer alice = ledger.addCustomer("Alice Example", "America/New_York", "en", "5551234");
    final Account account = ledger.addAccount(alice, "1234567", "4321");
    final Invoice oldest = ledger.addInvoice(account, "10045", "USD", "1500.00", "1200.00", LocalDate.of(2026, 2, 12),
            InvoiceStatus.PARTIALLY_PAID);
    final Invoice pastDue = ledger.addInvoice(account, "10046", "USD", "34.50", "34.50", LocalDate.of(2026, 3, 1),
            InvoiceStatus.OPEN);
    final Invoice notYetDue = ledger.addInvoice(account, "10047", "USD", "250.00", "250.00", LocalDate.of(2026, 4, 1),
            InvoiceStatus.OPEN);

    final SandboxPaymentGateway gateway = new SandboxPaymentGateway();
    final FakePaymentRepository payments = new FakePaymentRepository();
    final FakeAlertRepository alerts = new FakeAlertRepository();
    final FakeRecordingControl recording = new FakeRecordingControl();
    final PaymentSettings settings = new PaymentSettings(3, 3, 3, Duration.ZERO, Duration.ofSeconds(5),
            Duration.ofSeconds(3));
    final PayByPhoneFlow flow;
    /** What the pause log was told, in order: "paused <key>" / "resumed <key>". */
    final java.util.List<String> pauses = new java.util.ArrayList<>();
    final RecordingPauseLog pauseLog = new RecordingPauseLog() {
        @Override
        public void paused(String pauseKey, String callId, String channel) {
            pauses.add("paused " + pauseKey);
        }

        @Override
        public void resumed(String pauseKey) {
            pauses.add("resumed " + pauseKey);
        }
    };
    FakeCallChannel channel = new FakeCallChannel();

    PaymentFixture() {
        recording.observe(channel);
        Say say = new Say(PromptCatalog.fromClasspath());
        ChoiceReader reader = new ChoiceReader(MenuSettings.defaults());
        PersonHandOff handOff = new PersonHandOff(DialplanDestination.parse(PERSON));
        AccountService accounts = new AccountService(ledger.accounts(), ledger.customers(), ledger.invoices(),
                InMemoryLedger.PIN_HASHER, 5);
        CardPaymentTaker taker = new CardPaymentTaker(new CardChargeService(gateway),
                new PaymentPoster(payments, alerts, settings), recording, ledger.auditLog(), pauseLog, say, reader,
                handOff, settings);
        flow = new PayByPhoneFlow(accounts, new PaymentAmountChooser(say, reader, new AllocationPolicy(), settings),
                taker, handOff, clock);
    }

    /** Starts another call (a new channel), e.g. the same call retried. */
    FakeCallChannel newCall() {
        channel = new FakeCallChannel();
        recording.observe(channel);
        return channel;
    }

    IdentifiedCaller caller(String callId) {
        return new IdentifiedCaller(new CallSession(callId, "5551234", CHANNEL, channel, NOW), account, alice);
    }

    /** Runs "make a payment" from the main menu. */
    Next payFromMenu(String callId) {
        return flow.run(channel, caller(callId));
    }

    /** Runs "pay this invoice" from the invoice list. */
    Next payInvoice(String callId, Invoice invoice) {
        return flow.payThisInvoice().run(channel, caller(callId), invoice);
    }

    /** The caller keys a whole card: number then #, expiry (four keys end it), security code then #. */
    FakeCallChannel keysCard(String number) {
        return channel.press(number + "#").press(EXPIRY).press(CVV + "#");
    }
}
