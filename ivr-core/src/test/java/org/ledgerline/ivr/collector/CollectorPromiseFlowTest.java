package org.ledgerline.ivr.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.account.AccountService;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.menu.ChoiceReader;
import org.ledgerline.ivr.menu.EntryReader;
import org.ledgerline.ivr.menu.ReadBackConfirmation;
import org.ledgerline.ivr.menu.SelfServeSettings;
import org.ledgerline.ivr.promise.PromiseEntry;
import org.ledgerline.ivr.promise.PromiseRecorder;
import org.ledgerline.ivr.promise.PromiseSettings;
import org.ledgerline.ivr.prompt.PromptCatalog;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.testing.FakeCallChannel;
import org.ledgerline.ivr.testing.InMemoryLedger;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.customer.Customer;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.promise.Promise;

/**
 * Ana (PJSIP/2001) is on a gated call about Alice's account on 2026-03-15 (New York), 1,484.50 USD
 * open over three invoices, and presses the promise feature; everything over an in-memory ledger.
 */
class CollectorPromiseFlowTest {
    private static final Instant NOW = Instant.parse("2026-03-15T15:00:00Z");
    private static final String CALL_REF = "collector-1795510180-7";
    private static final String KEY = CALL_REF + "/collector-promise/1";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryLedger ledger = new InMemoryLedger(clock);
    private final Customer alice = ledger.addCustomer("Alice Example", "America/New_York", "en", "2125550100");
    private final Account account = ledger.addAccount(alice, "1234567", "4321");
    private final Invoice oldest = ledger.addInvoice(account, "10045", "USD", "1500.00", "1200.00",
            LocalDate.of(2026, 2, 12), InvoiceStatus.PARTIALLY_PAID);
    private final Invoice middle = ledger.addInvoice(account, "10046", "USD", "34.50", "34.50",
            LocalDate.of(2026, 3, 1), InvoiceStatus.OPEN);
    private final Invoice newest = ledger.addInvoice(account, "10047", "USD", "250.00", "250.00",
            LocalDate.of(2026, 4, 1), InvoiceStatus.OPEN);
    private final CollectorPromiseFlow flow;

    CollectorPromiseFlowTest() {
        SelfServeSettings settings = SelfServeSettings.defaults();
        EntryReader entries = new EntryReader(settings.menu(), settings.menu().choiceTimeout());
        Say say = new Say(PromptCatalog.fromClasspath());
        Map<String, String> desks = Map.of("PJSIP/2001", "ana");
        CollectorDirectory directory = new CollectorDirectory() {
            @Override
            public Optional<String> collectorAtEndpoint(String endpoint) {
                return Optional.ofNullable(desks.get(endpoint));
            }

            @Override
            public Optional<String> collectorWithCallerId(String callerId) {
                return Optional.empty();
            }
        };
        flow = new CollectorPromiseFlow(directory,
                new AccountService(ledger.accounts(), ledger.customers(), ledger.invoices(), InMemoryLedger.PIN_HASHER,
                        settings.identification().lockThreshold()),
                new PromiseRecorder(ledger.promises()), ledger.calls(), ledger.auditLog(),
                new PromiseEntry(entries, PromiseSettings.defaults(), say),
                new ReadBackConfirmation(entries, new ChoiceReader(settings.menu())), say, clock);
    }

    /** The collector's channel as the gate left it: the call's reference and account. */
    private FakeCallChannel onTheCall() {
        return new FakeCallChannel().withVariable("LEDGERLINE_CALL_REF", CALL_REF)
                .withVariable("LEDGERLINE_ACCOUNT", Long.toString(account.id()));
    }

    private void press(FakeCallChannel channel, String device) {
        flow.handle(new CallSession("1795510180.7", "2001", device + "-00000007", channel, NOW));
    }

    private List<Promise> promises() {
        return ledger.promises().all();
    }

    @Test
    void aConfirmedPromiseIsWrittenOnceLinkedToTheCallWithTheCollectorAuditedAndTheReferenceSaid() {
        FakeCallChannel channel = onTheCall().press("1220#").press("0320#").press("1");

        press(channel, "PJSIP/2001");

        Promise promise = promises().getFirst();
        assertThat(promises()).hasSize(1);
        assertThat(promise.idempotencyKey()).isEqualTo(KEY);
        assertThat(promise.amount()).isEqualByComparingTo("1220.00");
        assertThat(promise.promisedFor()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(promise.invoiceIds()).containsExactly(oldest.id(), middle.id()).doesNotContain(newest.id());
        assertThat(promise.callId()).isEqualTo(CALL_REF);
        assertThat(ledger.calls().findById(CALL_REF)).hasValueSatisfying(call -> {
            assertThat(call.accountId()).isEqualTo(account.id());
            assertThat(call.flow()).isEqualTo("collector");
        });
        assertThat(ledger.auditLog().findBySubject("promise", Long.toString(promise.id())))
                .filteredOn(entry -> entry.action().equals(CollectorPromiseFlow.TAKEN_BY))
                .singleElement().extracting(AuditEntry::actor).isEqualTo("ana");
        assertThat(channel.heard()).containsSubsequence("collector-promise-enter-amount",
                "collector-promise-enter-date", "collector-promise-readback-amount", "promise-readback-date",
                "promise-confirm", "collector-promise-recorded");
        List<String> heard = channel.heard();
        List<String> reference = promise.referenceNumber().chars().mapToObj(c -> "num-" + (char) c).toList();
        assertThat(heard.subList(heard.size() - reference.size(), heard.size())).isEqualTo(reference);
        assertThat(channel.transferredTo()).isEmpty();
        assertThat(channel.flowHungUp()).isFalse();
        assertThat(channel.unusedAnswers()).isZero();
    }

    @Test
    void aMalformedAmountAndMoreThanIsOpenAreAskedAgainInTheCollectorsWords() {
        FakeCallChannel channel = onTheCall().press("1**2#").press("2000#").press("100*5#").press("0401#").press("1");

        press(channel, "PJSIP/2001");

        assertThat(channel.heard()).containsSubsequence("promise-amount-invalid", "collector-promise-enter-amount",
                "collector-promise-amount-too-large", "collector-promise-enter-amount");
        assertThat(promises()).singleElement().satisfies(promise -> {
            assertThat(promise.amount()).isEqualByComparingTo("100.50");
            assertThat(promise.invoiceIds()).containsExactly(oldest.id());
        });
    }

    @Test
    void datesOutsideTheSelfServeWindowAreRefusedByTheSameRules() {
        FakeCallChannel channel = onTheCall().press("100#").press("0310#").press("0315#").press("0316#").press("1");

        press(channel, "PJSIP/2001");

        assertThat(channel.heard()).containsSubsequence("promise-date-past", "collector-promise-enter-date",
                "promise-date-too-soon", "collector-promise-enter-date");
        assertThat(promises()).singleElement().extracting(Promise::promisedFor).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void tooManyBadDatesGiveUpPolitelyWithNothingWrittenAndNoTransfer() {
        FakeCallChannel channel = onTheCall().press("100#").press("0310#").press("0501#").press("1301#");

        press(channel, "PJSIP/2001");

        assertThat(promises()).isEmpty();
        assertThat(channel.heard()).endsWith("collector-promise-not-recorded");
        assertThat(channel.transferredTo()).isEmpty();
        assertThat(channel.flowHungUp()).isFalse();
    }

    @Test
    void aCollectorWhoStartsAgainEveryRoundCancelsAndHearsItWasNotRecorded() {
        FakeCallChannel channel = onTheCall();
        for (int round = 0; round < SelfServeSettings.defaults().menu().maxAttempts(); round++) {
            channel.press("100#").press("0320#").press("2");
        }

        press(channel, "PJSIP/2001");

        assertThat(promises()).isEmpty();
        assertThat(channel.heard()).endsWith("collector-promise-not-recorded");
        assertThat(channel.transferredTo()).isEmpty();
        assertThat(channel.unusedAnswers()).isZero();
    }

    @Test
    void theFeaturePressedAgainOnTheSameCallWritesNothingNewAndRepeatsTheFirstReference() {
        press(onTheCall().press("100#").press("0320#").press("1"), "PJSIP/2001");
        FakeCallChannel again = onTheCall().press("250#").press("0325#").press("1");

        press(again, "PJSIP/2001");

        Promise only = promises().getFirst();
        assertThat(promises()).hasSize(1);
        assertThat(only.amount()).isEqualByComparingTo("100.00");
        assertThat(again.heard()).startsWith("collector-promise-already-recorded")
                .doesNotContain("collector-promise-enter-amount");
        assertThat(again.heard()).endsWith(only.referenceNumber().chars().mapToObj(c -> "num-" + (char) c)
                .toArray(String[]::new));
        assertThat(ledger.auditLog().findBySubject("promise", Long.toString(only.id())))
                .filteredOn(entry -> entry.action().equals(CollectorPromiseFlow.TAKEN_BY)).hasSize(1);
    }

    @Test
    void aWriteRetriedAfterALostConnectionLandsOnce() {
        ledger.promises().failNextWrites(1);
        FakeCallChannel channel = onTheCall().press("100#").press("0320#").press("1");

        press(channel, "PJSIP/2001");

        assertThat(ledger.promises().writeAttempts()).isEqualTo(2);
        assertThat(promises()).singleElement().extracting(Promise::idempotencyKey).isEqualTo(KEY);
        assertThat(channel.heard()).contains("collector-promise-recorded");
    }

    @Test
    void aLedgerThatDoesNotTakeThePromiseIsToldToTheCollectorPlainly() {
        ledger.promises().failNextWrites(2);
        FakeCallChannel channel = onTheCall().press("100#").press("0320#").press("1");

        press(channel, "PJSIP/2001");

        assertThat(promises()).isEmpty();
        assertThat(channel.heard()).endsWith("collector-promise-not-recorded").doesNotContain(
                "collector-promise-recorded");
        assertThat(channel.transferredTo()).isEmpty();
    }

    @Test
    void aLedgerDownBeforeAnythingIsAskedIsAlsoToldPlainly() {
        ledger.goDown();
        FakeCallChannel channel = onTheCall();

        press(channel, "PJSIP/2001");

        assertThat(channel.heard()).containsExactly("collector-promise-not-recorded");
    }

    @Test
    void aChannelTheGateNeverMarkedHasNoAccountToPromiseAgainst() {
        FakeCallChannel channel = new FakeCallChannel();

        press(channel, "PJSIP/2001");

        assertThat(channel.heard()).containsExactly("collector-promise-no-account", "collector-promise-not-recorded");
        assertThat(promises()).isEmpty();
    }

    @Test
    void aPhoneNoCollectorOwnsCannotRecordAPromise() {
        FakeCallChannel channel = onTheCall();

        press(channel, "PJSIP/2999");

        assertThat(channel.heard()).containsExactly("collector-promise-unknown-collector",
                "collector-promise-not-recorded");
        assertThat(promises()).isEmpty();
    }

    @Test
    void anAccountWithNothingPromisableOpenSaysSo() {
        Account empty = ledger.addAccount(alice, "7654321", "4321");
        FakeCallChannel channel = new FakeCallChannel().withVariable("LEDGERLINE_CALL_REF", CALL_REF)
                .withVariable("LEDGERLINE_ACCOUNT", Long.toString(empty.id()));

        press(channel, "PJSIP/2001");

        assertThat(channel.heard()).containsExactly("collector-promise-nothing-owed",
                "collector-promise-not-recorded");
    }
}
