package org.ledgerline.ivr.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.ledgerline.ivr.account.AccountService;
import org.ledgerline.ivr.account.IdentificationSettings;
import org.ledgerline.ivr.call.CallRunner;
import org.ledgerline.ivr.call.DialplanDestination;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.config.LedgerLineConfig;
import org.ledgerline.ivr.menu.MenuSettings;
import org.ledgerline.ivr.menu.SelfServeFlow;
import org.ledgerline.ivr.menu.SelfServeSettings;
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

    static CallRunner callRunner(Ledger ledger, PromptCatalog catalog, LedgerLineConfig.Ivr ivr, Clock clock) {
        DialplanDestination person = DialplanDestination.parse(ivr.personDestination());
        SelfServeSettings settings = new SelfServeSettings(
                new IdentificationSettings(ivr.accountNumberMaxDigits(), ivr.pinLength(), ivr.pinTriesPerCall(),
                        ivr.lockThreshold(), ivr.digitTimeout(), ivr.interDigitTimeout()),
                new MenuSettings(ivr.digitTimeout(), ivr.maxAttempts()),
                person);
        AccountService accounts = new AccountService(
                ledger.accounts(), ledger.customers(), ledger.invoices(), PinHasher.standard(), ivr.lockThreshold());
        SelfServeFlow selfServe = SelfServeFlow.standard(accounts, new Say(catalog), clock, settings);
        return new CallRunner(List.of(selfServe), ledger.calls(), new PersonHandOff(person), clock);
    }
}
