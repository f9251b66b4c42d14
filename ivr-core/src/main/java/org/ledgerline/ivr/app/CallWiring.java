package org.ledgerline.ivr.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.ledgerline.ivr.account.AccountService;
import org.ledgerline.ivr.account.AccountSpeech;
import org.ledgerline.ivr.account.CallerIdentification;
import org.ledgerline.ivr.account.IdentificationSettings;
import org.ledgerline.ivr.account.IdentifiedCaller;
import org.ledgerline.ivr.call.CallRunner;
import org.ledgerline.ivr.call.DialplanDestination;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.call.RecordingControl;
import org.ledgerline.ivr.config.LedgerLineConfig;
import org.ledgerline.ivr.menu.ChoiceReader;
import org.ledgerline.ivr.menu.Menu;
import org.ledgerline.ivr.menu.MenuSettings;
import org.ledgerline.ivr.menu.OpenInvoicesOption;
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
import org.ledgerline.ivr.payment.SandboxPaymentGateway;
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

    /** The flows with a sandbox gateway and no recording control: card payments are refused politely. */
    static CallRunner callRunner(Ledger ledger, PromptCatalog catalog, LedgerLineConfig.Ivr ivr, Clock clock) {
        return callRunner(ledger, catalog, ivr,
                new PaymentWiring(new SandboxPaymentGateway(), new UnavailableRecordingControl(),
                        new LedgerLineConfig.Payments("sandbox", 3, Duration.ofMillis(200))),
                clock);
    }

    static CallRunner callRunner(
            Ledger ledger, PromptCatalog catalog, LedgerLineConfig.Ivr ivr, PaymentWiring payments, Clock clock) {
        DialplanDestination person = DialplanDestination.parse(ivr.personDestination());
        SelfServeSettings settings = new SelfServeSettings(
                new IdentificationSettings(ivr.accountNumberMaxDigits(), ivr.pinLength(), ivr.pinTriesPerCall(),
                        ivr.lockThreshold(), ivr.digitTimeout(), ivr.interDigitTimeout()),
                new MenuSettings(ivr.digitTimeout(), ivr.maxAttempts()),
                person);
        AccountService accounts = new AccountService(
                ledger.accounts(), ledger.customers(), ledger.invoices(), PinHasher.standard(), ivr.lockThreshold());
        Say say = new Say(catalog);
        PersonHandOff handOff = new PersonHandOff(person);
        ChoiceReader reader = new ChoiceReader(settings.menu());
        AccountSpeech speech = new AccountSpeech(say);
        PayByPhoneFlow pay = payByPhone(ledger, accounts, say, reader, handOff, ivr, payments, clock);
        OpenInvoicesOption invoices = new OpenInvoicesOption(accounts, speech, reader, handOff, clock)
                .withInvoiceAction(PayByPhoneFlow.INVOICE_KEY, PaymentPrompts.INVOICE_OPTION_PAY, pay.payThisInvoice());
        Menu<IdentifiedCaller> mainMenu = SelfServeFlow.mainMenu(accounts, speech, clock, handOff, invoices)
                .option(PayByPhoneFlow.MENU_KEY, PaymentPrompts.MAIN_OPTION_PAY, pay)
                .build(reader, handOff);
        SelfServeFlow selfServe = new SelfServeFlow(
                new CallerIdentification(accounts, settings.identification(), handOff), mainMenu);
        return new CallRunner(List.of(selfServe), ledger.calls(), handOff, clock);
    }

    private static PayByPhoneFlow payByPhone(Ledger ledger, AccountService accounts, Say say, ChoiceReader reader,
            PersonHandOff handOff, LedgerLineConfig.Ivr ivr, PaymentWiring payments, Clock clock) {
        PaymentSettings settings = new PaymentSettings(ivr.maxAttempts(), PaymentSettings.defaults().cardAttempts(),
                payments.config().postAttempts(), payments.config().postRetryDelay(), ivr.digitTimeout(),
                ivr.interDigitTimeout());
        CardPaymentTaker taker = new CardPaymentTaker(
                new CardChargeService(payments.gateway()),
                new PaymentPoster(ledger.payments(), ledger.alerts(), settings),
                payments.recording(), ledger.audit(), say, reader, handOff, settings);
        return new PayByPhoneFlow(accounts, new PaymentAmountChooser(say, reader, new AllocationPolicy(), settings),
                taker, handOff, clock);
    }
}
