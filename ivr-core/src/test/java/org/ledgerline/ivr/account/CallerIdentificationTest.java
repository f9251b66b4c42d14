package org.ledgerline.ivr.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.call.DialplanDestination;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.testing.FakeCallChannel;
import org.ledgerline.ivr.testing.InMemoryAccountRepository.FailedPin;
import org.ledgerline.ivr.testing.InMemoryAccountRepository.SuccessfulPin;
import org.ledgerline.ivr.testing.InMemoryLedger;
import org.ledgerline.ivr.testing.LogCapture;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.customer.Customer;

class CallerIdentificationTest {
    private static final List<String> GIVE_UP = List.of("id-too-many-attempts", "call-transfer-to-person");

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-15T15:00:00Z"), ZoneOffset.UTC);
    private final InMemoryLedger ledger = new InMemoryLedger(clock);
    private final IdentificationSettings settings = IdentificationSettings.defaults();
    private final CallerIdentification identification = new CallerIdentification(
            new AccountService(ledger.accounts(), ledger.customers(), ledger.invoices(), InMemoryLedger.PIN_HASHER,
                    settings.lockThreshold()),
            settings,
            new PersonHandOff(DialplanDestination.parse("agents,s,1")));

    private final Customer alice = ledger.addCustomer("Alice", "America/New_York", "en", "5551234");
    private final Account aliceAccount = ledger.addAccount(alice, "1234567", "4321");

    private Optional<IdentifiedCaller> identify(String callId, String callerId, FakeCallChannel channel) {
        return identification.identify(new CallSession(callId, callerId, "SIP/x", channel, clock.instant()));
    }

    @Test
    void identifiesByAccountNumberAndPin() {
        FakeCallChannel channel = new FakeCallChannel().press("1234567#").press("4321#");

        Optional<IdentifiedCaller> caller = identify("c1", "", channel);

        assertThat(caller).map(c -> c.account().id()).contains(aliceAccount.id());
        assertThat(caller).map(c -> c.customer().name()).contains("Alice");
        assertThat(channel.heard()).containsExactly("id-enter-account-number", "id-enter-pin", "id-verified");
        assertThat(ledger.accounts().successfulPins())
                .containsExactly(new SuccessfulPin(aliceAccount.id(), "c1", "c1/pin-success/1"));
    }

    @Test
    void collectsThePinAsSensitiveInput() {
        FakeCallChannel channel = new FakeCallChannel().press("1234567#").press("4321#");

        identify("c1", "", channel);

        assertThat(channel.collections()).extracting(c -> c.spec().sensitive()).containsExactly(false, true);
        assertThat(channel.collections().get(1).spec().maxDigits())
                .as("one more than the PIN length, so the pound the caller was asked for ends the entry")
                .isEqualTo(5);
        assertThat(channel.collections().get(1).spec().terminator()).isEqualTo('#');
    }

    @Test
    void preselectsTheOneAccountOnFileForTheCallerIdButStillAsksForThePin() {
        FakeCallChannel channel = new FakeCallChannel().press("4321#");

        Optional<IdentifiedCaller> caller = identify("c1", "555-1234", channel);

        assertThat(caller).map(c -> c.account().id()).contains(aliceAccount.id());
        assertThat(channel.heard()).containsExactly("id-caller-id-enter-pin", "id-verified");
        assertThat(channel.collections().getFirst().spec().sensitive()).isTrue();
    }

    @Test
    void asksForTheAccountNumberWhenSeveralAccountsShareTheCallerId() {
        Customer bob = ledger.addCustomer("Bob", "America/New_York", "en", "5559999");
        Customer carol = ledger.addCustomer("Carol", "America/New_York", "en", "5559999");
        ledger.addAccount(bob, "1111", "1111");
        Account carolAccount = ledger.addAccount(carol, "2222", "2222");
        FakeCallChannel channel = new FakeCallChannel().press("2222#").press("2222#");

        Optional<IdentifiedCaller> caller = identify("c1", "5559999", channel);

        assertThat(caller).map(c -> c.account().id()).contains(carolAccount.id());
        assertThat(channel.heard()).containsExactly("id-enter-account-number", "id-enter-pin", "id-verified");
    }

    @Test
    void letsTheCallerUseAnAccountNumberInsteadOfTheCallerIdByPressingStar() {
        Customer dave = ledger.addCustomer("Dave", "America/New_York", "en");
        Account daveAccount = ledger.addAccount(dave, "3333", "3030");
        FakeCallChannel channel = new FakeCallChannel().press("*").press("3333#").press("3030#");

        Optional<IdentifiedCaller> caller = identify("c1", "5551234", channel);

        assertThat(caller).map(c -> c.account().id()).contains(daveAccount.id());
        assertThat(channel.heard()).containsExactly("id-caller-id-enter-pin", "id-enter-account-number", "id-enter-pin",
                "id-verified");
        assertThat(ledger.accounts().failedPins()).isEmpty();
    }

    @Test
    void countsEachWrongPinInTheLedgerWithTheCallIdAndAKeyForThatAttempt() {
        FakeCallChannel channel = new FakeCallChannel().press("0000#").press("4321#");

        identify("call-42", "5551234", channel);

        assertThat(ledger.accounts().failedPins())
                .containsExactly(new FailedPin(aliceAccount.id(), 5, "call-42", "call-42/pin-failure/1"));
        assertThat(channel.heard()).containsExactly("id-caller-id-enter-pin", "id-not-recognised",
                "id-caller-id-enter-pin", "id-verified");
        assertThat(ledger.account(aliceAccount.id()).failedPinAttempts()).isZero();
    }

    @Test
    void transfersToAPersonAfterThreeFailedTries() {
        FakeCallChannel channel = new FakeCallChannel().press("1#").press("1#").press("1#");

        Optional<IdentifiedCaller> caller = identify("c1", "5551234", channel);

        assertThat(caller).isEmpty();
        assertThat(channel.heard()).containsExactly(
                "id-caller-id-enter-pin", "id-not-recognised", "id-caller-id-enter-pin", "id-not-recognised",
                "id-caller-id-enter-pin", "id-too-many-attempts", "call-transfer-to-person");
        assertThat(channel.transferredTo()).contains("agents,s,1");
        assertThat(ledger.accounts().failedPins()).extracting(FailedPin::idempotencyKey)
                .containsExactly("c1/pin-failure/1", "c1/pin-failure/2", "c1/pin-failure/3");
    }

    @Test
    void countsSilenceAsATryWithoutCountingAWrongPin() {
        FakeCallChannel channel = new FakeCallChannel().silence().press("1234567#").silence().press("1234567#")
                .press("4321#");

        Optional<IdentifiedCaller> caller = identify("c1", "", channel);

        assertThat(caller).isPresent();
        assertThat(channel.heard()).containsExactly(
                "id-enter-account-number", "id-no-input",
                "id-enter-account-number", "id-enter-pin", "id-no-input",
                "id-enter-account-number", "id-enter-pin", "id-verified");
        assertThat(ledger.accounts().failedPins()).isEmpty();
    }

    @Test
    void locksAnAccountAfterRepeatedWrongPinsAcrossCalls() {
        identify("call-1", "", wrongPins(3));
        assertThat(ledger.account(aliceAccount.id()).isLocked()).isFalse();

        identify("call-2", "", wrongPins(2).press("1234567#").press("4321#"));

        assertThat(ledger.account(aliceAccount.id()).isLocked()).isTrue();
        assertThat(ledger.accounts().failedPins()).extracting(FailedPin::callId)
                .containsExactly("call-1", "call-1", "call-1", "call-2", "call-2");
        assertThat(ledger.auditLog().findBySubject("account", Long.toString(aliceAccount.id())))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("ACCOUNT_LOCKED");
                    assertThat(entry.callId()).isEqualTo("call-2");
                });
        assertThat(ledger.accounts().successfulPins()).isEmpty();
    }

    @Test
    void refusesTheRightPinOnceTheAccountIsLocked() {
        ledger.updateAccount(withLock(aliceAccount));
        FakeCallChannel channel = new FakeCallChannel().press("4321#").press("4321#").press("4321#");

        assertThat(identify("c1", "5551234", channel)).isEmpty();
        assertThat(channel.transferredTo()).isPresent();
        assertThat(ledger.accounts().successfulPins()).isEmpty();
    }

    @Test
    void soundsTheSameForALockedAccountAWrongPinAndAnUnknownAccount() {
        Customer erin = ledger.addCustomer("Erin", "America/New_York", "en");
        ledger.updateAccount(withLock(ledger.addAccount(erin, "5555", "5050")));

        FakeCallChannel lockedRightPin = new FakeCallChannel().press("5555#").press("5050#").press("5555#")
                .press("5050#").press("5555#").press("5050#");
        FakeCallChannel wrongPin = new FakeCallChannel().press("1234567#").press("9999#").press("1234567#")
                .press("9999#").press("1234567#").press("9999#");
        FakeCallChannel unknownAccount = new FakeCallChannel().press("424242#").press("5050#").press("424242#")
                .press("5050#").press("424242#").press("5050#");
        try (LogCapture log = LogCapture.of(AccountService.class)) {
            identify("c1", "", lockedRightPin);
            identify("c2", "", wrongPin);
            identify("c3", "", unknownAccount);

            assertThat(log.events())
                    .allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain("5050", "9999"));
        }

        assertThat(lockedRightPin.heard()).isEqualTo(wrongPin.heard()).isEqualTo(unknownAccount.heard());
        assertThat(lockedRightPin.heard()).endsWith("id-too-many-attempts", "call-transfer-to-person");
        assertThat(lockedRightPin.transferredTo()).isEqualTo(wrongPin.transferredTo())
                .isEqualTo(unknownAccount.transferredTo());
    }

    @Test
    void sendsASilentCallerToAPersonAfterThreeTries() {
        FakeCallChannel channel = new FakeCallChannel().silence().silence().silence();

        identify("c1", "", channel);

        assertThat(channel.heard()).endsWith(GIVE_UP.toArray(String[]::new));
    }

    private FakeCallChannel wrongPins(int count) {
        FakeCallChannel channel = new FakeCallChannel();
        for (int i = 0; i < count; i++) {
            channel.press("1234567#").press("0000#");
        }
        return channel;
    }

    private static Account withLock(Account account) {
        return new Account(account.id(), account.customerId(), account.accountNumber(), account.currency(),
                account.pinHash(),
                5, Instant.parse("2026-03-01T00:00:00Z"));
    }
}
