package org.ledgerline.ivr.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.DialplanDestination;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.testing.FakeCallChannel;

/** The reusable keypad menu, with a plain string as context: what later features build on. */
class MenuTest {
    private final ChoiceReader reader = new ChoiceReader(MenuSettings.defaults());
    private final PersonHandOff handOff = new PersonHandOff(DialplanDestination.parse("agents,s,1"));
    private final List<String> ran = new ArrayList<>();

    private Menu.Builder<String> twoOptions() {
        return Menu.<String>builder(MenuPrompts.MAIN_INTRO, MenuPrompts.MAIN_NAVIGATION)
                .option('1', MenuPrompts.MAIN_OPTION_BALANCE, (channel, context) -> {
                    ran.add("one:" + context);
                    return Next.MENU;
                })
                .option('2', MenuPrompts.MAIN_OPTION_INVOICES, (channel, context) -> {
                    ran.add("two:" + context);
                    return Next.BACK;
                });
    }

    @Test
    void readsOptionsInKeypadOrderWithAPersonLastWhateverTheOrderTheyWereAddedIn() {
        Menu<String> menu = Menu.<String>builder(MenuPrompts.MAIN_INTRO, MenuPrompts.MAIN_NAVIGATION)
                .option('0', MenuPrompts.MAIN_OPTION_PERSON, (channel, context) -> Next.BACK)
                .option('2', MenuPrompts.MAIN_OPTION_INVOICES, (channel, context) -> Next.BACK)
                .option('1', MenuPrompts.MAIN_OPTION_BALANCE, (channel, context) -> Next.BACK)
                .build(reader, handOff);

        assertThat(menu.prompt().keys()).containsExactly("menu-main-intro", "menu-main-option-balance",
                "menu-main-option-invoices", "menu-main-option-person", "menu-main-navigation");
    }

    @Test
    void runsTheChosenOptionAndComesBackToTheMenu() {
        FakeCallChannel channel = new FakeCallChannel().press("1").press("1").press("*");

        Next next = twoOptions().build(reader, handOff).run(channel, "ctx");

        assertThat(next).isEqualTo(Next.BACK);
        assertThat(ran).containsExactly("one:ctx", "one:ctx");
    }

    @Test
    void leavesTheMenuWhenAnOptionSaysBack() {
        FakeCallChannel channel = new FakeCallChannel().press("2");

        assertThat(twoOptions().build(reader, handOff).run(channel, "ctx")).isEqualTo(Next.BACK);
        assertThat(ran).containsExactly("two:ctx");
    }

    @Test
    void offersAnOptionAFeatureAddsWithoutChangingTheMenu() {
        Menu<String> menu = twoOptions()
                .option('0', MenuPrompts.MAIN_OPTION_PERSON, (channel, context) -> {
                    handOff.transfer(channel);
                    return Next.CALL_ENDED;
                })
                .build(reader, handOff);
        FakeCallChannel channel = new FakeCallChannel().press("0");

        assertThat(menu.run(channel, "ctx")).isEqualTo(Next.CALL_ENDED);
        assertThat(menu.prompt().keys()).contains("menu-main-option-person");
        assertThat(channel.transferredTo()).contains("agents,s,1");
    }

    @Test
    void reservesNineAndStarForRepeatAndBack() {
        assertThatThrownBy(() -> twoOptions().option('9', MenuPrompts.MAIN_OPTION_PERSON, (c, x) -> Next.MENU))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> twoOptions().option('*', MenuPrompts.MAIN_OPTION_PERSON, (c, x) -> Next.MENU))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTwoOptionsOnOneKey() {
        assertThatThrownBy(() -> twoOptions().option('1', MenuPrompts.MAIN_OPTION_PERSON, (c, x) -> Next.MENU))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("menu-main-option-balance");
    }

    @Test
    void honoursTheConfiguredNumberOfAttempts() {
        ChoiceReader patient = new ChoiceReader(new MenuSettings(java.time.Duration.ofSeconds(2), 5));
        FakeCallChannel channel = new FakeCallChannel().silence().silence().silence().silence().press("1").press("*");

        twoOptions().build(patient, handOff).run(channel, "ctx");

        assertThat(ran).containsExactly("one:ctx");
        assertThat(channel.collections()).allSatisfy(c -> assertThat(c.spec().firstDigitTimeout()).hasSeconds(2));
    }
}
