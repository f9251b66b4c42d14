package org.ledgerline.storage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcAccountRepositoryIT {
    private static final int THRESHOLD = 3;

    private Ledger ledger;
    private AccountRepository accounts;
    private long accountId;
    private long customerId;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        accounts = ledger.accounts();
        LedgerRows rows = new LedgerRows(ledger);
        customerId = rows.customer("Harbor Supply Co.", "America/New_York", "5551001");
        accountId = rows.account(customerId, "100001", TestLedgers.fastPinHasher().hash("1234"));
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void findsAnAccountByNumberAndById() {
        Account byNumber = accounts.findByAccountNumber("100001").orElseThrow();

        assertThat(byNumber.id()).isEqualTo(accountId);
        assertThat(byNumber.customerId()).isEqualTo(customerId);
        assertThat(byNumber.currency()).isEqualTo("USD");
        assertThat(byNumber.isLocked()).isFalse();
        assertThat(TestLedgers.fastPinHasher().matches("1234", byNumber.pinHash())).isTrue();
        assertThat(accounts.findById(accountId)).contains(byNumber);
        assertThat(accounts.findByAccountNumber("999999")).isEmpty();
    }

    @Test
    void countsWrongPinsWithoutLockingBelowTheThreshold() {
        failPin("call-1", 1);
        Account after = failPin("call-1", 2);

        assertThat(after.failedPinAttempts()).isEqualTo(2);
        assertThat(after.isLocked()).isFalse();
        assertThat(ledger.audit().findBySubject("account", Long.toString(accountId))).isEmpty();
    }

    @Test
    void locksAccountAfterThreeWrongPinsAcrossCallsAndAuditsItOnce() {
        failPin("call-1", 1);
        failPin("call-2", 1);
        Account locked = failPin("call-3", 1);
        Account stillLocked = failPin("call-4", 1);

        assertThat(locked.isLocked()).isTrue();
        assertThat(stillLocked.lockedAt()).isEqualTo(locked.lockedAt());
        assertThat(stillLocked.failedPinAttempts()).isEqualTo(4);
        List<AuditEntry> audit = ledger.audit().findBySubject("account", Long.toString(accountId));
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("ACCOUNT_LOCKED");
            assertThat(entry.actor()).isEqualTo("ivr");
            assertThat(entry.callId()).isEqualTo("call-3");
        });
    }

    @Test
    void concurrentWrongPinsFromManyCallsCountEveryFailureAndAuditTheLockOnce() throws Exception {
        int calls = 12;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Account>> results = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < calls; i++) {
                String callId = "call-" + i;
                results.add(executor.submit(() -> {
                    go.await();
                    return failPin(callId, 1);
                }));
            }
            go.countDown();
            for (Future<Account> result : results) {
                result.get(30, TimeUnit.SECONDS);
            }
        }

        Account after = accounts.findById(accountId).orElseThrow();
        assertThat(after.failedPinAttempts()).isEqualTo(calls);
        assertThat(after.isLocked()).isTrue();
        assertThat(ledger.audit().findBySubject("account", Long.toString(accountId))).hasSize(1);
    }

    @Test
    void theLockAndItsAuditLineRollBackTogether() {
        failPin("call-1", 1);
        failPin("call-1", 2);

        assertThatThrownBy(() -> ledger.inTransaction("lock then fail", () -> {
            failPin("call-1", 3);
            throw new StorageException("something later in the same transaction failed");
        })).hasMessageContaining("later");

        assertThat(accounts.findById(accountId).orElseThrow().isLocked()).isFalse();
        assertThat(ledger.audit().findBySubject("account", Long.toString(accountId))).isEmpty();
        assertThat(failPin("call-1", 3).isLocked())
                .as("the rolled-back attempt left no key behind, so its retry lands")
                .isTrue();
    }

    @Test
    void aCorrectPinResetsTheCounterButKeepsALock() {
        failPin("call-1", 1);
        accounts.recordSuccessfulPin(accountId, "call-1", "call-1/pin-success/1");
        assertThat(accounts.findById(accountId).orElseThrow().failedPinAttempts()).isZero();

        for (int i = 1; i <= THRESHOLD; i++) {
            failPin("call-2", i);
        }
        accounts.recordSuccessfulPin(accountId, "call-2", "call-2/pin-success/1");
        Account after = accounts.findById(accountId).orElseThrow();
        assertThat(after.failedPinAttempts()).isZero();
        assertThat(after.isLocked()).isTrue();
    }

    @Test
    void aFailedPinOnAMissingAccountIsAnError() {
        assertThatThrownBy(
                () -> accounts.recordFailedPin(accountId + 1000, THRESHOLD, "call-1", "call-1/pin-failure/1"))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> accounts.recordSuccessfulPin(accountId + 1000, "call-1", "call-1/pin-success/1"))
                .isInstanceOf(StorageException.class);
    }

    @Test
    void aRetriedWrongPinCountsOnce() {
        failPin("call-1", 1);
        Account retried = failPin("call-1", 1);

        assertThat(retried.failedPinAttempts()).isEqualTo(1);
        assertThat(attempts()).isEqualTo(1);
    }

    @Test
    void retriedWrongPinsNeverLockEarlyButDistinctAttemptsLockAtTheThreshold() {
        for (int retry = 0; retry < THRESHOLD; retry++) {
            failPin("call-1", 1);
            failPin("call-1", 2);
        }
        assertThat(accounts.findById(accountId).orElseThrow().isLocked()).isFalse();

        Account locked = failPin("call-1", 3);

        assertThat(locked.failedPinAttempts()).isEqualTo(THRESHOLD);
        assertThat(locked.isLocked()).isTrue();
    }

    @Test
    void retryingTheWrongPinThatLockedTheAccountAuditsTheLockOnceUnderItsKey() {
        failPin("call-1", 1);
        failPin("call-1", 2);
        Account locked = failPin("call-1", 3);

        Account retried = failPin("call-1", 3);

        assertThat(retried).isEqualTo(locked);
        assertThat(ledger.audit().findBySubject("account", Long.toString(accountId))).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo(JdbcAccountRepository.ACCOUNT_LOCKED));
        assertThat(ledger.jdbc().query("read audit keys", "select idempotency_key from audit_log where subject_id = ?",
                row -> row.getString(1), Long.toString(accountId)))
                .containsExactly("call-1/pin-failure/3");
    }

    @Test
    void concurrentRetriesOfOneWrongPinCountItOnce() throws Exception {
        int retries = 8;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Account>> results = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < retries; i++) {
                results.add(executor.submit(() -> {
                    go.await();
                    return failPin("call-1", 1);
                }));
            }
            go.countDown();
            for (Future<Account> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS).failedPinAttempts()).isEqualTo(1);
            }
        }

        assertThat(accounts.findById(accountId).orElseThrow().failedPinAttempts()).isEqualTo(1);
        assertThat(attempts()).isEqualTo(1);
    }

    @Test
    void aRetriedCorrectPinDoesNotWipeFailuresCountedSinceItLanded() {
        accounts.recordSuccessfulPin(accountId, "call-1", "call-1/pin-success/1");
        failPin("call-2", 1);
        failPin("call-2", 2);

        accounts.recordSuccessfulPin(accountId, "call-1", "call-1/pin-success/1");

        assertThat(accounts.findById(accountId).orElseThrow().failedPinAttempts()).isEqualTo(2);
    }

    @Test
    void aKeyAlreadyUsedForAnotherWriteIsAConflictAndChangesNothing() {
        long otherAccount = new LedgerRows(ledger).account(customerId, "100002", "hash");
        failPin("call-1", 1);

        assertThatThrownBy(() -> accounts.recordFailedPin(otherAccount, THRESHOLD, "call-1", "call-1/pin-failure/1"))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThatThrownBy(() -> accounts.recordSuccessfulPin(accountId, "call-1", "call-1/pin-failure/1"))
                .isInstanceOf(IdempotencyConflictException.class);

        assertThat(accounts.findById(otherAccount).orElseThrow().failedPinAttempts()).isZero();
        assertThat(accounts.findById(accountId).orElseThrow().failedPinAttempts()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("NullAway") // passes a null key on purpose: the guard must refuse it
    void refusesAPinWriteWithoutAKey() {
        assertThatThrownBy(() -> accounts.recordFailedPin(accountId, THRESHOLD, "call-1", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accounts.recordSuccessfulPin(accountId, "call-1", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts()).isZero();
    }

    @Test
    void findsAccountsByCallerIdDigitsOnly() {
        assertThat(accounts.findByPhoneNumber("5551001")).extracting(Account::accountNumber).containsExactly("100001");
        assertThat(accounts.findByPhoneNumber("(555) 100-1")).extracting(Account::accountNumber)
                .containsExactly("100001");
        assertThat(accounts.findByPhoneNumber("5551002")).isEmpty();
        assertThat(accounts.findByPhoneNumber("anonymous")).isEmpty();
        assertThat(accounts.findByPhoneNumber(null)).isEmpty();
    }

    @Test
    void aCallerIdSharedByTwoAccountsReturnsBoth() {
        LedgerRows rows = new LedgerRows(ledger);
        rows.account(customerId, "100037", "hash");

        assertThat(accounts.findByPhoneNumber("5551001"))
                .extracting(Account::accountNumber)
                .containsExactly("100001", "100037");
    }

    /** The {@code n}-th wrong PIN of {@code callId}, keyed as a call keys it. */
    private Account failPin(String callId, int n) {
        return accounts.recordFailedPin(accountId, THRESHOLD, callId, callId + "/pin-failure/" + n);
    }

    private int attempts() {
        return ledger.jdbc().queryOne("count PIN attempts", "select count(*) from pin_attempts where account_id = ?",
                row -> row.getInt(1), accountId);
    }
}
