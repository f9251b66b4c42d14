package org.ledgerline.ivr.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ledgerline.ivr.menu.SelfServeFlowTest.INVOICE_10045;
import static org.ledgerline.ivr.menu.SelfServeFlowTest.INVOICE_10046;
import static org.ledgerline.ivr.menu.SelfServeFlowTest.NAVIGATION;
import static org.ledgerline.ivr.menu.SelfServeFlowTest.keys;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.account.AccountService;
import org.ledgerline.ivr.account.AccountSpeech;
import org.ledgerline.ivr.account.IdentifiedCaller;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.prompt.PromptCatalog;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.testing.FakeCallChannel;
import org.ledgerline.ivr.testing.InMemoryLedger;

class OpenInvoicesOptionTest {
    private final SelfServeFixture fixture = new SelfServeFixture();
    private final PersonHandOff handOff = new PersonHandOff(fixture.settings.person());
    private final OpenInvoicesOption option = new OpenInvoicesOption(
            new AccountService(fixture.ledger.accounts(), fixture.ledger.customers(), fixture.ledger.invoices(),
                    InMemoryLedger.PIN_HASHER, 5),
            new AccountSpeech(new Say(PromptCatalog.fromClasspath())),
            new ChoiceReader(MenuSettings.defaults()),
            handOff,
            fixture.clock);

    private IdentifiedCaller alice(FakeCallChannel channel) {
        return new IdentifiedCaller(fixture.session("c1", "", channel), fixture.aliceAccount, fixture.alice);
    }

    @Test
    void returnsToTheMainMenuOnStar() {
        FakeCallChannel channel = new FakeCallChannel().press("*");

        assertThat(option.run(channel, alice(channel))).isEqualTo(Next.MENU);
        assertThat(channel.heard()).containsExactlyElementsOf(
                keys("invoices-count-before", "num-3", "invoices-count-after", INVOICE_10045, NAVIGATION));
    }

    @Test
    void offersAnInvoiceActionAFeatureRegistersOnTheInvoiceBeingRead() {
        List<String> acted = new ArrayList<>();
        OpenInvoicesOption withAction = option.withInvoiceAction('0', MenuPrompts.MAIN_OPTION_PERSON,
                (channel, caller, invoice) -> {
                    acted.add(invoice.invoiceNumber());
                    return Next.MENU;
                });
        FakeCallChannel channel = new FakeCallChannel().press("1").press("0").press("*");

        assertThat(withAction.run(channel, alice(channel))).isEqualTo(Next.MENU);

        assertThat(acted).containsExactly("10046");
        assertThat(channel.heard()).containsSubsequence(keys(
                INVOICE_10046, NAVIGATION, "menu-main-option-person", INVOICE_10046, NAVIGATION,
                "menu-main-option-person"));
    }

    @Test
    void endsTheListWhenAnInvoiceActionEndsTheCall() {
        OpenInvoicesOption withAction = option.withInvoiceAction('0', MenuPrompts.MAIN_OPTION_PERSON,
                (channel, caller, invoice) -> {
                    handOff.transfer(channel);
                    return Next.CALL_ENDED;
                });
        FakeCallChannel channel = new FakeCallChannel().press("0");

        assertThat(withAction.run(channel, alice(channel))).isEqualTo(Next.CALL_ENDED);
        assertThat(channel.transferredTo()).isPresent();
    }
}
