package org.ledgerline.ivr.dispute;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;

/**
 * Alice on 2026-03-15 (New York): 10045 (1,200.00 open, 31 days past due) and 10046 (34.50).
 * Escalation: 1,000 or more transfers the caller; 3 open disputes or 90 days past due only email.
 */
final class DisputeFixture {
    static final Instant NOW = Instant.parse("2026-03-15T15:00:00Z");
    static final String PERSON = "ledgerline-agents,s,1";
    static final CatalogPrompts PROMPTS = new CatalogPrompts(PromptCatalog.fromClasspath());

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryLedger ledger = new InMemoryLedger(clock);
    final Customer alice = ledger.addCustomer("Alice Example", "America/New_York", "en", "5551234");
    final Account account = ledger.addAccount(alice, "1234567", "4321");
    final Invoice large = ledger.addInvoice(account, "10045", "USD", "1500.00", "1200.00", LocalDate.of(2026, 2, 12),
            InvoiceStatus.PARTIALLY_PAID);
    final Invoice small = ledger.addInvoice(account, "10046", "USD", "34.50", "34.50", LocalDate.of(2026, 3, 1),
            InvoiceStatus.OPEN);
    final CapturingNotifier notifier = new CapturingNotifier();
    final DisputeFlow flow;

    DisputeFixture() {
        SelfServeSettings settings = SelfServeSettings.defaults();
        AccountService accounts = new AccountService(ledger.accounts(), ledger.customers(), ledger.invoices(),
                InMemoryLedger.PIN_HASHER, settings.identification().lockThreshold());
        ChoiceReader choices = new ChoiceReader(settings.menu());
        Say say = new Say(PromptCatalog.fromClasspath());
        DisputeSettings disputeSettings = new DisputeSettings("/var/spool/asterisk/ledgerline", Duration.ofSeconds(60),
                Duration.ofSeconds(5));
        EscalationRules rules = new EscalationRules(
                new EscalationSettings(new BigDecimal("1000"), true, 3, false, 90, false));
        flow = new DisputeFlow(accounts,
                new ReasonMenu(ledger.disputes(), PROMPTS::contains, say, choices),
                new DescriptionRecorder(ledger.recordings(), disputeSettings, choices, clock),
                new DisputeOpener(ledger.disputes()),
                new DisputeEscalation(ledger.disputes(), ledger.transactions(), rules, notifier),
                say, new EntryReader(settings.menu(), settings.menu().choiceTimeout()), choices,
                new PersonHandOff(settings.person()), clock);
    }

    IdentifiedCaller caller(String callId, FakeCallChannel channel) {
        return new IdentifiedCaller(new CallSession(callId, "5551234", "SIP/trunk-0001", channel, NOW), account, alice);
    }

    DisputeView onlyDispute() {
        List<DisputeView> all = ledger.disputes().all();
        if (all.size() != 1) {
            throw new AssertionError("expected one dispute, found " + all.size());
        }
        return all.getFirst();
    }

    /** The catalog as the flow's "has a prompt" check. */
    record CatalogPrompts(PromptCatalog catalog) {
        boolean contains(String key) {
            return catalog.contains(key);
        }
    }

    /** Remembers every escalation it is told of; can be made to fail like a ledger that will not take the email. */
    static final class CapturingNotifier implements EscalationNotifier {
        final List<DisputeView> told = new ArrayList<>();
        boolean failing;

        @Override
        public void notifyEscalation(DisputeView dispute) {
            if (failing) {
                throw new LedgerUnavailableException("ledger down while queuing the email (test)", null);
            }
            told.add(dispute);
        }
    }
}
