package org.ledgerline.ivr.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.testing.FakeCallChannel;
import org.ledgerline.ivr.testing.InMemoryAccountRepository.FailedPin;
import org.ledgerline.ivr.testing.InMemoryAccountRepository.SuccessfulPin;
import org.ledgerline.ivr.testing.InMemoryLedger;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.customer.Customer;

class AccountServiceTest {
    private static final int LOCK_THRESHOLD = 3;
    private static final String RIGHT_PIN = "4321";
    private static final String WRONG_PIN = "0000";

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-15T15:00:00Z"), ZoneOffset.UTC);
    private final InMemoryLedger ledger = new InMemoryLedger(clock);
    private final AccountService service = new AccountService(
            ledger.accounts(), ledger.customers(), ledger.invoices(), InMemoryLedger.PIN_HASHER, LOCK_THRESHOLD);
    private final Customer alice = ledger.addCustomer("Alice", "America/New_York", "en", "5551234");
    private final Account account = ledger.addAccount(alice, "1234567", RIGHT_PIN);

    @Test
    void givesEachWrongPinOfACallItsOwnKey() {
        CallSession call = session("call-7");

        service.verify(account.id(), WRONG_PIN, call);
        service.verify("1234567", WRONG_PIN, call);

        assertThat(ledger.accounts().failedPins()).containsExactly(
                new FailedPin(account.id(), LOCK_THRESHOLD, "call-7", "call-7/pin-failure/1"),
                new FailedPin(account.id(), LOCK_THRESHOLD, "call-7", "call-7/pin-failure/2"));
    }

    @Test
    void keysTheResetOfACorrectPinToo() {
        CallSession call = session("call-7");

        assertThat(service.verify(account.id(), WRONG_PIN, call)).isEmpty();
        assertThat(service.verify(account.id(), RIGHT_PIN, call)).isPresent();

        assertThat(ledger.accounts().successfulPins())
                .containsExactly(new SuccessfulPin(account.id(), "call-7", "call-7/pin-success/1"));
        assertThat(ledger.account(account.id()).failedPinAttempts()).isZero();
    }

    @Test
    void aCallReplayedFromTheStartCountsItsWrongPinsOnceAndDoesNotLockEarly() {
        for (CallSession call : new CallSession[] {session("call-7"), session("call-7")}) {
            service.verify(account.id(), WRONG_PIN, call);
            service.verify(account.id(), WRONG_PIN, call);
        }

        Account after = ledger.account(account.id());
        assertThat(after.failedPinAttempts()).isEqualTo(2);
        assertThat(after.isLocked()).isFalse();
        assertThat(ledger.auditLog().findBySubject("account", Long.toString(account.id()))).isEmpty();
    }

    @Test
    void wrongPinsOfDifferentCallsStillLockAtTheThreshold() {
        service.verify(account.id(), WRONG_PIN, session("call-1"));
        service.verify(account.id(), WRONG_PIN, session("call-2"));
        service.verify(account.id(), WRONG_PIN, session("call-3"));

        assertThat(ledger.account(account.id()).isLocked()).isTrue();
        assertThat(ledger.auditLog().findBySubject("account", Long.toString(account.id())))
                .singleElement()
                .satisfies(entry -> assertThat(entry.callId()).isEqualTo("call-3"));
    }

    @Test
    void anUnknownAccountNumberUsesUpNoKey() {
        CallSession call = session("call-7");

        service.verify("999999", WRONG_PIN, call);
        service.verify(account.id(), WRONG_PIN, call);

        assertThat(ledger.accounts().failedPins()).extracting(FailedPin::idempotencyKey)
                .containsExactly("call-7/pin-failure/1");
    }

    private CallSession session(String callId) {
        return new CallSession(callId, "", "SIP/x", new FakeCallChannel(), clock.instant());
    }
}
