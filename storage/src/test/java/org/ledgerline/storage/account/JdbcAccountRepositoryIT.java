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
        accounts.recordFailedPin(accountId, THRESHOLD, "call-1");
        Account after = accounts.recordFailedPin(accountId, THRESHOLD, "call-1");

        assertThat(after.failedPinAttempts()).isEqualTo(2);
        assertThat(after.isLocked()).isFalse();
        assertThat(ledger.audit().findBySubject("account", Long.toString(accountId))).isEmpty();
    }

    @Test
    void locksAccountAfterThreeWrongPinsAcrossCallsAndAuditsItOnce() {
        accounts.recordFailedPin(accountId, THRESHOLD, "call-1");
        accounts.recordFailedPin(accountId, THRESHOLD, "call-2");
        Account locked = accounts.recordFailedPin(accountId, THRESHOLD, "call-3");
        Account stillLocked = accounts.recordFailedPin(accountId, THRESHOLD, "call-4");

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
                    return accounts.recordFailedPin(accountId, THRESHOLD, callId);
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
        accounts.recordFailedPin(accountId, THRESHOLD, "call-1");
        accounts.recordFailedPin(accountId, THRESHOLD, "call-1");

        assertThatThrownBy(() -> ledger.inTransaction("lock then fail", () -> {
            accounts.recordFailedPin(accountId, THRESHOLD, "call-1");
            throw new StorageException("something later in the same transaction failed");
        })).hasMessageContaining("later");

        assertThat(accounts.findById(accountId).orElseThrow().isLocked()).isFalse();
        assertThat(ledger.audit().findBySubject("account", Long.toString(accountId))).isEmpty();
    }

    @Test
    void aCorrectPinResetsTheCounterButKeepsALock() {
        accounts.recordFailedPin(accountId, THRESHOLD, "call-1");
        accounts.recordSuccessfulPin(accountId);
        assertThat(accounts.findById(accountId).orElseThrow().failedPinAttempts()).isZero();

        for (int i = 0; i < THRESHOLD; i++) {
            accounts.recordFailedPin(accountId, THRESHOLD, "call-2");
        }
        accounts.recordSuccessfulPin(accountId);
        Account after = accounts.findById(accountId).orElseThrow();
        assertThat(after.failedPinAttempts()).isZero();
        assertThat(after.isLocked()).isTrue();
    }

    @Test
    void aFailedPinOnAMissingAccountIsAnError() {
        assertThatThrownBy(() -> accounts.recordFailedPin(accountId + 1000, THRESHOLD, "call-1"))
                .isInstanceOf(StorageException.class);
    }

    @Test
    void findsAccountsByCallerIdDigitsOnly() {
        assertThat(accounts.findByPhoneNumber("5551001")).extracting(Account::accountNumber).containsExactly("100001");
        assertThat(accounts.findByPhoneNumber("(555) 100-1")).extracting(Account::accountNumber).containsExactly("100001");
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
}
