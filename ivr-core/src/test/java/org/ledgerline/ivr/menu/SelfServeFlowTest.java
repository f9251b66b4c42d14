package org.ledgerline.ivr.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ledgerline.ivr.menu.SelfServeFixture.ALICE_ACCOUNT;
import static org.ledgerline.ivr.menu.SelfServeFixture.ALICE_PIN;
import static org.ledgerline.ivr.menu.SelfServeFixture.aliceByAccountNumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.CallerHungUpException;
import org.ledgerline.ivr.testing.FakeCallChannel;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.customer.Customer;
import org.ledgerline.storage.invoice.InvoiceStatus;

class SelfServeFlowTest {
    static final List<String> MAIN_MENU = List.of(
            "menu-main-intro", "menu-main-option-balance", "menu-main-option-invoices", "menu-main-option-person",
            "menu-main-navigation");
    static final List<String> IDENTIFIED_BY_NUMBER = List.of("id-enter-account-number", "id-enter-pin", "id-verified");
    static final List<String> INVOICE_10045 = List.of(
            "invoice-number", "num-1", "num-0", "num-0", "num-4", "num-5",
            "invoice-open-amount", "num-1", "num-thousand", "num-2", "num-hundred", "currency-usd-many",
            "invoice-due-on", "month-2", "ord-12", "num-20", "num-20", "num-6",
            "invoice-past-due-by", "num-30", "num-1", "word-days");
    static final List<String> INVOICE_10046 = List.of(
            "invoice-number", "num-1", "num-0", "num-0", "num-4", "num-6",
            "invoice-open-amount", "num-30", "num-4", "currency-usd-many", "word-and", "num-50",
            "currency-usd-minor-many",
            "invoice-due-on", "month-3", "ord-1", "num-20", "num-20", "num-6",
            "invoice-past-due-by", "num-14", "word-days");
    static final List<String> INVOICE_10047 = List.of(
            "invoice-number", "num-1", "num-0", "num-0", "num-4", "num-7",
            "invoice-open-amount", "num-2", "num-hundred", "num-50", "currency-usd-many",
            "invoice-due-on", "month-4", "ord-1", "num-20", "num-20", "num-6",
            "invoice-not-yet-due");
    static final String NAVIGATION = "invoices-navigation";

    private final SelfServeFixture fixture = new SelfServeFixture();

    /** Flattens strings and lists of strings into the expected sequence of prompt keys. */
    static List<String> keys(Object... parts) {
        List<String> all = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                list.forEach(k -> all.add((String) k));
            } else {
                all.add((String) part);
            }
        }
        return all;
    }

    private int calls;

    /** Each call its own id, as Asterisk gives each channel: a shared id would make them one call replayed. */
    private FakeCallChannel call(FakeCallChannel channel) {
        fixture.flow.handle(fixture.session("call-" + ++calls, "", channel));
        return channel;
    }

    @Test
    void readsPastDueAndTotalBalanceWithTheOldestDueDate() {
        FakeCallChannel channel = call(aliceByAccountNumber().press("1").press("*"));

        assertThat(channel.heard()).containsExactlyElementsOf(keys(
                "selfserve-greeting", IDENTIFIED_BY_NUMBER, MAIN_MENU,
                "balance-past-due", "num-1", "num-thousand", "num-2", "num-hundred", "num-30", "num-4",
                "currency-usd-many", "word-and", "num-50", "currency-usd-minor-many",
                "balance-total-open", "num-1", "num-thousand", "num-4", "num-hundred", "num-80", "num-4",
                "currency-usd-many", "word-and", "num-50", "currency-usd-minor-many",
                "balance-oldest-was-due", "month-2", "ord-12", "num-20", "num-20", "num-6",
                MAIN_MENU, "selfserve-goodbye"));
        assertThat(channel.flowHungUp()).isTrue();
        assertThat(channel.unusedAnswers()).isZero();
    }

    @Test
    void browsesInvoicesWithNextPreviousRepeatAndBack() {
        FakeCallChannel channel = call(aliceByAccountNumber()
                .press("2").press("1").press("1").press("1").press("2").press("9").press("*").press("*"));

        assertThat(channel.heard()).containsExactlyElementsOf(keys(
                "selfserve-greeting", IDENTIFIED_BY_NUMBER, MAIN_MENU,
                "invoices-count-before", "num-3", "invoices-count-after", INVOICE_10045, NAVIGATION,
                INVOICE_10046, NAVIGATION,
                INVOICE_10047, NAVIGATION,
                "invoices-last", NAVIGATION,
                INVOICE_10046, NAVIGATION,
                INVOICE_10046, NAVIGATION,
                MAIN_MENU, "selfserve-goodbye"));
    }

    @Test
    void saysSoWhenGoingBackFromTheFirstInvoice() {
        FakeCallChannel channel = call(aliceByAccountNumber().press("2").press("2").press("*").press("*"));

        assertThat(channel.heard())
                .containsSubsequence(keys(INVOICE_10045, NAVIGATION, "invoices-first", NAVIGATION, MAIN_MENU));
    }

    @Test
    void repeatsTheMainMenuOnNine() {
        FakeCallChannel channel = call(aliceByAccountNumber().press("9").press("*"));

        assertThat(channel.heard()).containsExactlyElementsOf(keys(
                "selfserve-greeting", IDENTIFIED_BY_NUMBER, MAIN_MENU, MAIN_MENU, "selfserve-goodbye"));
    }

    @Test
    void transfersToThePersonDestinationOnZero() {
        FakeCallChannel channel = call(aliceByAccountNumber().press("0"));

        assertThat(channel.heard()).endsWith("menu-main-navigation", "call-transfer-to-person");
        assertThat(channel.transferredTo()).contains("ledgerline-agents,s,1");
        assertThat(channel.flowHungUp()).isFalse();
    }

    @Test
    void repromptsAfterSilenceAndAcceptsTheNextChoice() {
        FakeCallChannel channel = call(aliceByAccountNumber().silence().press("0"));

        assertThat(channel.heard())
                .containsSubsequence(keys(MAIN_MENU, "menu-no-input", MAIN_MENU, "call-transfer-to-person"));
        assertThat(channel.transferredTo()).isPresent();
    }

    @Test
    void repromptsAfterAnInvalidKey() {
        FakeCallChannel channel = call(aliceByAccountNumber().press("7").press("#").press("*"));

        assertThat(channel.heard()).containsExactlyElementsOf(keys(
                "selfserve-greeting", IDENTIFIED_BY_NUMBER, MAIN_MENU,
                "menu-invalid-choice", MAIN_MENU, "menu-invalid-choice", MAIN_MENU, "selfserve-goodbye"));
    }

    @Test
    void transfersToAPersonAfterThreeFailedChoices() {
        FakeCallChannel channel = call(aliceByAccountNumber().silence().press("5").silence());

        assertThat(channel.heard()).containsExactlyElementsOf(keys(
                "selfserve-greeting", IDENTIFIED_BY_NUMBER, MAIN_MENU,
                "menu-no-input", MAIN_MENU, "menu-invalid-choice", MAIN_MENU,
                "menu-too-many-failures", "call-transfer-to-person"));
        assertThat(channel.transferredTo()).contains("ledgerline-agents,s,1");
    }

    @Test
    void transfersToAPersonAfterThreeFailedChoicesInTheInvoiceList() {
        FakeCallChannel channel = call(aliceByAccountNumber().press("2").press("5").silence().press("3"));

        assertThat(channel.heard()).containsSubsequence(keys(
                INVOICE_10045, NAVIGATION, "menu-invalid-choice", NAVIGATION, "menu-no-input", NAVIGATION,
                "menu-too-many-failures", "call-transfer-to-person"));
        assertThat(channel.transferredTo()).isPresent();
    }

    @Test
    void saysThereAreNoOpenInvoicesAndNothingOwed() {
        Customer bob = fixture.ledger.addCustomer("Bob", "America/Chicago", "en");
        fixture.ledger.addAccount(bob, "7777", "1111");

        FakeCallChannel channel = call(
                new FakeCallChannel().press("7777#").press("1111#").press("2").press("1").press("*"));

        assertThat(channel.heard()).containsExactlyElementsOf(keys(
                "selfserve-greeting", IDENTIFIED_BY_NUMBER, MAIN_MENU, "invoices-none", MAIN_MENU,
                "balance-nothing-owed", MAIN_MENU, "selfserve-goodbye"));
    }

    @Test
    void mentionsDisputedInvoicesInTheBalanceAndWhenReadingThem() {
        Customer dana = fixture.ledger.addCustomer("Dana", "America/New_York", "en");
        Account account = fixture.ledger.addAccount(dana, "8888", "2222");
        fixture.ledger.addInvoice(account, "9", "USD", "10.00", "10.00", LocalDate.of(2026, 3, 20),
                InvoiceStatus.DISPUTED);

        FakeCallChannel channel = call(
                new FakeCallChannel().press("8888#").press("2222#").press("1").press("2").press("*").press("*"));

        assertThat(channel.heard()).containsSubsequence(
                "balance-nothing-past-due", "balance-total-open", "balance-next-due", "month-3", "ord-20",
                "balance-includes-disputed");
        assertThat(channel.heard()).containsSubsequence("invoice-not-yet-due", "invoice-disputed", NAVIGATION);
    }

    @Test
    void countsDueDatesInTheCustomersOwnTimeZone() {
        // 15:00 UTC on 15 March is the 15th in New York but already the 16th in Auckland.
        Customer kiri = fixture.ledger.addCustomer("Kiri", "Pacific/Auckland", "en");
        Account kiriAccount = fixture.ledger.addAccount(kiri, "5000", "5555");
        fixture.ledger.addInvoice(kiriAccount, "1", "USD", "5.00", "5.00", LocalDate.of(2026, 3, 15),
                InvoiceStatus.OPEN);
        Customer ned = fixture.ledger.addCustomer("Ned", "America/New_York", "en");
        Account nedAccount = fixture.ledger.addAccount(ned, "6000", "6666");
        fixture.ledger.addInvoice(nedAccount, "1", "USD", "5.00", "5.00", LocalDate.of(2026, 3, 15),
                InvoiceStatus.OPEN);

        FakeCallChannel inAuckland = call(
                new FakeCallChannel().press("5000#").press("5555#").press("2").press("*").press("*"));
        FakeCallChannel inNewYork = call(
                new FakeCallChannel().press("6000#").press("6666#").press("2").press("*").press("*"));

        assertThat(inAuckland.heard()).containsSubsequence("invoice-past-due-by", "num-1", "word-day", NAVIGATION);
        assertThat(inNewYork.heard()).containsSubsequence("invoice-due-today", NAVIGATION);
    }

    @Test
    void speaksToTheCustomerInTheirLanguageOnceIdentified() {
        Customer rosa = fixture.ledger.addCustomer("Rosa", "Europe/Madrid", "es");
        fixture.ledger.addAccount(rosa, "4000", "4444");

        FakeCallChannel channel = call(new FakeCallChannel().press("4000#").press("4444#").press("*"));

        assertThat(channel.language()).isEqualTo("es");
    }

    @Test
    void endsCleanlyWhenTheCallerHangsUpDuringTheGreeting() {
        FakeCallChannel channel = new FakeCallChannel().hangUpDuring("selfserve-greeting");

        assertThatThrownBy(() -> call(channel)).isInstanceOf(CallerHungUpException.class);
        assertThat(channel.heard()).containsExactly("selfserve-greeting");
        assertThat(fixture.ledger.accounts().failedPins()).isEmpty();
    }

    @Test
    void countsNothingWhenTheCallerHangsUpInsteadOfEnteringThePin() {
        FakeCallChannel channel = new FakeCallChannel().press(ALICE_ACCOUNT + "#").hangUp();

        assertThatThrownBy(() -> call(channel)).isInstanceOf(CallerHungUpException.class);
        assertThat(fixture.ledger.accounts().failedPins()).isEmpty();
        assertThat(fixture.ledger.accounts().successfulPins()).isEmpty();
    }

    @Test
    void endsCleanlyWhenTheCallerHangsUpWhileAnInvoiceIsRead() {
        FakeCallChannel channel = aliceByAccountNumber().press("2").hangUpDuring("invoice-due-on");

        assertThatThrownBy(() -> call(channel)).isInstanceOf(CallerHungUpException.class);
        assertThat(channel.heard()).endsWith("invoice-due-on");
        assertThat(channel.transferredTo()).isEmpty();
    }

    @Test
    void endsCleanlyWhenTheCallerHangsUpAtTheMainMenu() {
        FakeCallChannel channel = new FakeCallChannel().press(ALICE_ACCOUNT + "#").press(ALICE_PIN + "#").hangUp();

        assertThatThrownBy(() -> call(channel)).isInstanceOf(CallerHungUpException.class);
        assertThat(channel.heard()).endsWith("menu-main-navigation");
    }
}
