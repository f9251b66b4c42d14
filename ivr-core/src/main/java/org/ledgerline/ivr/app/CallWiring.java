package org.ledgerline.ivr.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ledgerline.ivr.account.AccountService;
import org.ledgerline.ivr.account.AccountSpeech;
import org.ledgerline.ivr.account.CallerIdentification;
import org.ledgerline.ivr.account.IdentificationSettings;
import org.ledgerline.ivr.account.IdentifiedCaller;
import org.ledgerline.ivr.call.CallHandler;
import org.ledgerline.ivr.call.CallRunner;
import org.ledgerline.ivr.call.DialplanDestination;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.call.RecordingControl;
import org.ledgerline.ivr.collector.CollectorGateHandler;
import org.ledgerline.ivr.collector.CollectorGatePorts;
import org.ledgerline.ivr.collector.CollectorPromiseFlow;
import org.ledgerline.ivr.collector.LedgerCollectorDirectory;
import org.ledgerline.ivr.collector.LedgerDebtorLookup;
import org.ledgerline.ivr.collector.LedgerGateDecisionLog;
import org.ledgerline.ivr.compliance.AllPartyConsentStates;
import org.ledgerline.ivr.compliance.AreaCodeZones;
import org.ledgerline.ivr.compliance.LedgerContactHistory;
import org.ledgerline.ivr.compliance.LedgerCustomerFlags;
import org.ledgerline.ivr.compliance.LedgerCustomerLocations;
import org.ledgerline.ivr.compliance.LedgerInconvenientTimes;
import org.ledgerline.ivr.compliance.RecordingAnnouncement;
import org.ledgerline.ivr.config.LedgerLineConfig;
import org.ledgerline.ivr.dispute.DescriptionRecorder;
import org.ledgerline.ivr.dispute.DisputeEscalation;
import org.ledgerline.ivr.dispute.DisputeFlow;
import org.ledgerline.ivr.dispute.DisputeOpener;
import org.ledgerline.ivr.dispute.DisputePrompts;
import org.ledgerline.ivr.dispute.DisputeSettings;
import org.ledgerline.ivr.dispute.EscalationNotifier;
import org.ledgerline.ivr.dispute.EscalationRules;
import org.ledgerline.ivr.dispute.EscalationSettings;
import org.ledgerline.ivr.dispute.ReasonMenu;
import org.ledgerline.ivr.mail.OutboxEscalationNotifier;
import org.ledgerline.ivr.mail.SmtpSettings;
import org.ledgerline.ivr.menu.ChoiceReader;
import org.ledgerline.ivr.menu.EntryReader;
import org.ledgerline.ivr.menu.Menu;
import org.ledgerline.ivr.menu.MenuSettings;
import org.ledgerline.ivr.menu.ReadBackConfirmation;
import org.ledgerline.ivr.menu.SelfServeFlow;
import org.ledgerline.ivr.menu.SelfServeSettings;
import org.ledgerline.ivr.payment.AllocationPolicy;
import org.ledgerline.ivr.payment.CardChargeService;
import org.ledgerline.ivr.payment.CardPaymentTaker;
import org.ledgerline.ivr.payment.PayByPhoneFlow;
import org.ledgerline.ivr.payment.PaymentAmountChooser;
import org.ledgerline.ivr.payment.PaymentGateway;
import org.ledgerline.ivr.payment.PaymentPoster;
import org.ledgerline.ivr.payment.PaymentPrompts;
import org.ledgerline.ivr.payment.PaymentSettings;
import org.ledgerline.ivr.payment.RecordingPauseLog;
import org.ledgerline.ivr.payment.SandboxPaymentGateway;
import org.ledgerline.ivr.promise.PromiseEntry;
import org.ledgerline.ivr.promise.PromisePrompts;
import org.ledgerline.ivr.promise.PromiseRecorder;
import org.ledgerline.ivr.promise.PromiseSettings;
import org.ledgerline.ivr.promise.PromiseToPayFlow;
import org.ledgerline.ivr.prompt.CatalogSoundLibrary;
import org.ledgerline.ivr.prompt.PromptCatalog;
import org.ledgerline.ivr.prompt.PromptGenerator;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.account.PinHasher;

/**
 * Builds the call-handling half of LedgerLine from the configuration: prompts (catalog, generated
 * audio, the sound library Asterisk reads) and the flows behind a {@link CallRunner}. Shared by the
 * server and the benchmark, so both run exactly the same flows.
 */
final class CallWiring {
    /** Main-menu key, and invoice-list key, of "promise to pay" (3 is pay by phone). */
    static final char PROMISE_KEY = '4';
    /** Main-menu key, and invoice-list key, of "dispute an invoice". */
    static final char DISPUTE_KEY = '5';

    private CallWiring() {}

    /** The prompt catalog plus where its audio lives for Asterisk. */
    record Prompts(PromptCatalog catalog, CatalogSoundLibrary sounds) {}

    static Prompts preparePrompts(LedgerLineConfig.Prompts config) {
        PromptCatalog catalog = PromptCatalog.fromClasspath(config.defaultLanguage());
        if (config.generateOnStart()) {
            generate(catalog, config.soundsDir());
        }
        return new Prompts(catalog, new CatalogSoundLibrary(catalog, Path.of(config.asteriskSoundsPath())));
    }

    static void generate(PromptCatalog catalog, Path soundsDir) {
        try {
            PromptGenerator.withFreeTts(catalog, soundsDir).generate(); // logs what it generated
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write prompt audio to " + soundsDir, e);
        }
    }

    /**
     * What card payments need from the node: the gateway, the recording control (AMI, or refusing
     * when AMI is off) and the {@code payments} settings.
     */
    record PaymentWiring(PaymentGateway gateway, RecordingControl recording, LedgerLineConfig.Payments config) {}

    /** A sandbox gateway and no recording control: card payments are refused politely (the benchmark). */
    static PaymentWiring noCardPayments(LedgerLineConfig config) {
        return new PaymentWiring(new SandboxPaymentGateway(), new UnavailableRecordingControl(), config.payments());
    }

    /** Where escalation emails go, and how, from the {@code mail} and {@code recordings} settings. */
    static SmtpSettings smtpSettings(LedgerLineConfig config) {
        LedgerLineConfig.Mail mail = config.mail();
        return new SmtpSettings(mail.host(), mail.port(), mail.starttls(), mail.username(), mail.password(),
                mail.from(), mail.creditManager(), mail.timeout(), config.recordings().publicBaseUrl());
    }

    /**
     * The flows. Escalation emails are queued in the ledger's mail outbox (in the escalation's
     * transaction); whichever node runs an {@code OutboxDeliveryWorker} sends them.
     */
    static CallRunner callRunner(Ledger ledger, PromptCatalog catalog, LedgerLineConfig config, PaymentWiring payments,
            Clock clock) {
        EscalationNotifier notifier = new OutboxEscalationNotifier(ledger.mailOutbox(), smtpSettings(config));
        LedgerLineConfig.Ivr ivr = config.ivr();
        DialplanDestination person = DialplanDestination.parse(ivr.personDestination());
        SelfServeSettings settings = new SelfServeSettings(
                new IdentificationSettings(ivr.accountNumberMaxDigits(), ivr.pinLength(), ivr.pinTriesPerCall(),
                        ivr.lockThreshold(), ivr.digitTimeout(), ivr.interDigitTimeout()),
                new MenuSettings(ivr.digitTimeout(), ivr.maxAttempts()),
                person);
        AccountService accounts = new AccountService(
                ledger.accounts(), ledger.customers(), ledger.invoices(), PinHasher.standard(), ivr.lockThreshold());
        PersonHandOff handOff = new PersonHandOff(person);
        ChoiceReader choices = new ChoiceReader(settings.menu());
        EntryReader entries = new EntryReader(settings.menu(), ivr.interDigitTimeout());
        Say say = new Say(catalog);

        PayByPhoneFlow pay = payByPhone(ledger, accounts, say, choices, handOff, ivr, payments, clock);
        PromiseToPayFlow promise = new PromiseToPayFlow(accounts, new PromiseRecorder(ledger.promises()),
                new PromiseSettings(config.promises().earliestDaysAhead(), config.promises().latestDaysAhead()),
                say, entries, choices, handOff, clock);
        DisputeFlow dispute = disputeFlow(ledger, catalog, config, notifier, accounts, say, entries, choices, handOff,
                clock);

        Menu<IdentifiedCaller> mainMenu = SelfServeFlow
                .mainMenu(accounts, new AccountSpeech(say), clock, choices, handOff,
                        invoices -> invoices
                                .withInvoiceAction(PayByPhoneFlow.INVOICE_KEY, PaymentPrompts.INVOICE_OPTION_PAY,
                                        pay.payThisInvoice())
                                .withInvoiceAction(PROMISE_KEY, PromisePrompts.INVOICE_OPTION, promise::forInvoice)
                                .withInvoiceAction(DISPUTE_KEY, DisputePrompts.INVOICE_OPTION, dispute::forInvoice))
                .option(PayByPhoneFlow.MENU_KEY, PaymentPrompts.MAIN_OPTION_PAY, pay)
                .option(PROMISE_KEY, PromisePrompts.MAIN_OPTION, promise)
                .option(DISPUTE_KEY, DisputePrompts.MAIN_OPTION, dispute)
                .build(choices, handOff);
        SelfServeFlow selfServe = new SelfServeFlow(
                new CallerIdentification(accounts, settings.identification(), handOff), mainMenu);
        return new CallRunner(List.of(selfServe), ledger.calls(), handOff, clock);
    }

    /**
     * What FastAGI hands each call to: the runner's flows, plus the collector gate ({@code gate}) once
     * its ports are supplied; the recording announcement follows {@code compliance.announceEveryCall}.
     * Without ports no {@code gate} script exists, so the runner
     * refuses it as an unknown flow (its apology and hand-off to a person): a collector call then lands
     * in {@code [ledgerline-agents]}, never on the trunk.
     */
    static CallHandler callHandler(CallRunner runner, Optional<CollectorGatePorts> collectorGate, PromptCatalog catalog,
            LedgerLineConfig.Compliance compliance, Clock clock) {
        RecordingAnnouncement announcement = new RecordingAnnouncement(compliance.announceEveryCall(),
                AllPartyConsentStates.load(), AreaCodeZones.load());
        return collectorGate
                .<CallHandler>map(ports -> new CollectorGateHandler(
                        ports.flow(announcement, new Say(catalog), clock), runner))
                .orElse(runner);
    }

    /** The collector gate's ports, every one backed by the ledger. */
    static CollectorGatePorts collectorGatePorts(Ledger ledger) {
        return new CollectorGatePorts(new LedgerCollectorDirectory(ledger.users()),
                new LedgerDebtorLookup(ledger.accounts(), ledger.contactDetails(), ledger.collectorAssignments()),
                new LedgerContactHistory(ledger.callAttempts()), new LedgerCustomerFlags(ledger.flags()),
                new LedgerCustomerLocations(ledger.contactDetails()), AreaCodeZones.load(),
                new LedgerInconvenientTimes(ledger.inconvenientTimes()),
                new LedgerGateDecisionLog(ledger, ledger.callAttempts(), ledger.users(), ledger.calls(),
                        ledger.collectorCalls(), ledger.audit()));
    }

    /**
     * {@code others} plus the collector's keypad promise ({@code collector-promise}, the {@code *7}
     * feature during a collector call), served like the gate: never handed to a person. It needs only
     * the ledger (promises, accounts, calls, audit) and the users table as its collector directory.
     */
    static CallHandler withCollectorPromise(CallHandler others, Ledger ledger, PromptCatalog catalog,
            LedgerLineConfig config, Clock clock) {
        LedgerLineConfig.Ivr ivr = config.ivr();
        MenuSettings menu = new MenuSettings(ivr.digitTimeout(), ivr.maxAttempts());
        EntryReader entries = new EntryReader(menu, ivr.interDigitTimeout());
        Say say = new Say(catalog);
        AccountService accounts = new AccountService(
                ledger.accounts(), ledger.customers(), ledger.invoices(), PinHasher.standard(), ivr.lockThreshold());
        PromiseSettings promises = new PromiseSettings(config.promises().earliestDaysAhead(),
                config.promises().latestDaysAhead());
        CollectorPromiseFlow flow = new CollectorPromiseFlow(new LedgerCollectorDirectory(ledger.users()), accounts,
                new PromiseRecorder(ledger.promises()), ledger.calls(), ledger.audit(),
                new PromiseEntry(entries, promises, say), new ReadBackConfirmation(entries, new ChoiceReader(menu)),
                say, clock);
        return new CollectorGateHandler(flow, others);
    }

    private static PayByPhoneFlow payByPhone(Ledger ledger, AccountService accounts, Say say, ChoiceReader reader,
            PersonHandOff handOff, LedgerLineConfig.Ivr ivr, PaymentWiring payments, Clock clock) {
        PaymentSettings settings = new PaymentSettings(ivr.maxAttempts(), PaymentSettings.defaults().cardAttempts(),
                payments.config().postAttempts(), payments.config().postRetryDelay(), ivr.digitTimeout(),
                ivr.interDigitTimeout());
        CardPaymentTaker taker = new CardPaymentTaker(
                new CardChargeService(payments.gateway()),
                new PaymentPoster(ledger.payments(), ledger.alerts(), settings),
                payments.recording(), ledger.audit(), recordingPauses(ledger, clock), say, reader, handOff, settings);
        return new PayByPhoneFlow(accounts, new PaymentAmountChooser(say, reader, new AllocationPolicy(), settings),
                taker, handOff, clock);
    }

    /**
     * The escalation rules of disputes, as the phone's dispute flow applies them, for disputes opened
     * elsewhere (the collector's desk): the credit manager's email goes through the mail outbox.
     */
    static DisputeEscalation disputeEscalation(Ledger ledger, LedgerLineConfig config) {
        return new DisputeEscalation(ledger.disputes(), ledger, escalationRules(config.disputes()),
                new OutboxEscalationNotifier(ledger.mailOutbox(), smtpSettings(config)));
    }

    private static EscalationRules escalationRules(LedgerLineConfig.Disputes disputes) {
        return new EscalationRules(new EscalationSettings(
                disputes.escalationAmount(), disputes.escalationAmountTransfers(),
                disputes.escalationOpenDisputes(), disputes.escalationOpenDisputesTransfers(),
                disputes.escalationInvoiceAgeDays(), disputes.escalationInvoiceAgeTransfers()));
    }

    private static DisputeFlow disputeFlow(Ledger ledger, PromptCatalog catalog, LedgerLineConfig config,
            EscalationNotifier notifier, AccountService accounts, Say say, EntryReader entries, ChoiceReader choices,
            PersonHandOff handOff, Clock clock) {
        LedgerLineConfig.Disputes disputes = config.disputes();
        DisputeSettings settings = new DisputeSettings(
                config.recordings().dir(), disputes.maxDescription(), disputes.descriptionSilence());
        EscalationRules rules = escalationRules(disputes);
        return new DisputeFlow(accounts,
                new ReasonMenu(ledger.disputes(), catalog::contains, say, choices),
                new DescriptionRecorder(ledger.recordings(), settings, choices, clock),
                new DisputeOpener(ledger.disputes()),
                new DisputeEscalation(ledger.disputes(), ledger, rules, notifier),
                say, entries, choices, handOff, clock);
    }

    /** Card-capture pauses into {@code recording_pauses}, stamped with the node's clock. */
    static RecordingPauseLog recordingPauses(Ledger ledger, Clock clock) {
        return new RecordingPauseLog() {
            @Override
            public void paused(String pauseKey, String callId, String channel) {
                ledger.recordingPauses().pausedSelfServe(pauseKey, callId, channel, clock.instant());
            }

            @Override
            public void resumed(String pauseKey) {
                ledger.recordingPauses().resumed(pauseKey, clock.instant());
            }
        };
    }
}
