package org.ledgerline.ivr.menu;

import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ledgerline.ivr.account.AccountService;
import org.ledgerline.ivr.account.AccountSpeech;
import org.ledgerline.ivr.account.CallerIdentification;
import org.ledgerline.ivr.account.IdentifiedCaller;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.CallFlow;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.prompt.Utterance;

/**
 * The self-serve line ({@code agi://host/selfserve}): greeting, identification, then the main
 * menu: 1 balance, 2 open invoices one by one, 0 a person, 9 repeat, * end the call.
 *
 * <p>The main menu is an ordinary {@link Menu}: {@link #mainMenu} returns its builder with the
 * standard options so that later features (pay, promise, dispute) add theirs before building.
 */
public final class SelfServeFlow implements CallFlow {
    public static final String NAME = "selfserve";

    private final CallerIdentification identification;
    private final Menu<IdentifiedCaller> mainMenu;

    public SelfServeFlow(CallerIdentification identification, Menu<IdentifiedCaller> mainMenu) {
        this.identification = identification;
        this.mainMenu = mainMenu;
    }

    /** The flow with the standard main menu and nothing else. */
    public static SelfServeFlow standard(AccountService accounts, Say say, Clock clock, SelfServeSettings settings) {
        PersonHandOff handOff = new PersonHandOff(settings.person());
        ChoiceReader reader = new ChoiceReader(settings.menu());
        Menu<IdentifiedCaller> menu = mainMenu(accounts, new AccountSpeech(say), clock, reader, handOff).build(reader,
                handOff);
        return new SelfServeFlow(new CallerIdentification(accounts, settings.identification(), handOff), menu);
    }

    /** The standard main-menu options (1 balance, 2 invoices, 0 person), ready for more. */
    public static Menu.Builder<IdentifiedCaller> mainMenu(
            AccountService accounts, AccountSpeech speech, Clock clock, ChoiceReader reader, PersonHandOff handOff) {
        return mainMenu(accounts, speech, clock, reader, handOff, UnaryOperator.identity());
    }

    /**
     * The standard main-menu options, with per-invoice actions added to the invoice list by
     * {@code invoiceActions} (e.g. {@code list -> list.withInvoiceAction('5', ..., dispute::forInvoice)}).
     */
    public static Menu.Builder<IdentifiedCaller> mainMenu(AccountService accounts, AccountSpeech speech, Clock clock,
            ChoiceReader reader, PersonHandOff handOff, UnaryOperator<OpenInvoicesOption> invoiceActions) {
        OpenInvoicesOption invoices = invoiceActions
                .apply(new OpenInvoicesOption(accounts, speech, reader, handOff, clock));
        return Menu.<IdentifiedCaller>builder(MenuPrompts.MAIN_INTRO, MenuPrompts.MAIN_NAVIGATION)
                .option('1', MenuPrompts.MAIN_OPTION_BALANCE, new BalanceOption(accounts, speech, clock))
                .option('2', MenuPrompts.MAIN_OPTION_INVOICES, invoices)
                .option('0', MenuPrompts.MAIN_OPTION_PERSON, (channel, caller) -> {
                    handOff.transfer(channel);
                    return Next.CALL_ENDED;
                });
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void handle(CallSession session) {
        CallChannel channel = session.channel();
        channel.play(Utterance.of(MenuPrompts.GREETING));
        Optional<IdentifiedCaller> caller = identification.identify(session);
        if (caller.isEmpty()) {
            return;
        }
        if (mainMenu.run(channel, caller.get()) == Next.BACK) {
            channel.play(Utterance.of(MenuPrompts.GOODBYE));
            channel.hangup();
        }
    }
}
