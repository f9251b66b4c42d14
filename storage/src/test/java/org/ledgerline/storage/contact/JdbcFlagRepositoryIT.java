package org.ledgerline.storage.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcFlagRepositoryIT {
    private static final Instant MONDAY = Instant.parse("2026-11-23T15:00:00Z");

    private Ledger ledger;
    private FlagRepository flags;
    private long customer;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        flags = ledger.flags();
        customer = new LedgerRows(ledger).customer("Acme", "America/Denver", "3035550103");
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void aClearedFlagKeepsItsRowSoTheHistoryShowsWhoSetAndClearedItAndWhen() {
        FlagRecord set = flags.set(NewFlag.onCustomer(customer, FlagType.DO_NOT_CALL, "collector1", MONDAY,
                "asked on the phone"));
        FlagRecord cleared = flags.clear(set.id(), "manager", MONDAY.plusSeconds(86_400));
        FlagRecord again = flags.set(NewFlag.onCustomer(customer, FlagType.DO_NOT_CALL, "collector2",
                MONDAY.plusSeconds(172_800), ""));

        assertThat(flags.flagsOf(customer)).containsExactly(cleared, again);
        assertThat(cleared.clearedBy()).isEqualTo("manager");
        assertThat(cleared.clearedAt()).isEqualTo(MONDAY.plusSeconds(86_400));
        assertThat(cleared.setBy()).isEqualTo("collector1");
        assertThat(flags.activeFlagsOf(customer)).containsExactly(again);
    }

    @Test
    void settingAndClearingAreAuditedUnderTheCustomerByWhoDidIt() {
        FlagRecord set = flags.set(NewFlag.onCustomer(customer, FlagType.ATTORNEY_REPRESENTED, "manager", MONDAY,
                "Dewey & Cheatham LLP"));
        flags.clear(set.id(), "admin", MONDAY.plusSeconds(60));

        assertThat(ledger.audit().findBySubject("customer", Long.toString(customer)))
                .extracting(AuditEntry::actor, AuditEntry::action)
                .containsExactly(
                        tuple("manager", JdbcFlagRepository.FLAG_SET),
                        tuple("admin", JdbcFlagRepository.FLAG_CLEARED));
    }

    @Test
    void settingAnActiveFlagAgainOrClearingItTwiceChangesNothing() {
        FlagRecord first = flags.set(NewFlag.onCustomer(customer, FlagType.BANKRUPTCY, "manager", MONDAY, "26-10001"));
        FlagRecord retried = flags
                .set(NewFlag.onCustomer(customer, FlagType.BANKRUPTCY, "manager", MONDAY, "26-10001"));
        FlagRecord cleared = flags.clear(first.id(), "manager", MONDAY.plusSeconds(60));
        FlagRecord clearedAgain = flags.clear(first.id(), "admin", MONDAY.plusSeconds(120));

        assertThat(retried).isEqualTo(first);
        assertThat(clearedAgain).isEqualTo(cleared);
        assertThat(ledger.audit().findBySubject("customer", Long.toString(customer))).hasSize(2);
        assertThatThrownBy(() -> flags.clear(999_999, "admin", MONDAY)).isInstanceOf(NoSuchFlagException.class);
    }

    @Test
    void aWrongNumberFlagStopsOneNumberAndAnotherNumberCanBeFlaggedBesideIt() {
        FlagRecord first = flags.set(NewFlag.wrongNumber(customer, "3035550103", "collector1", MONDAY, "a bakery"));
        FlagRecord second = flags.set(NewFlag.wrongNumber(customer, "3035550199", "collector1", MONDAY, ""));

        assertThat(flags.activeFlagsOf(customer)).containsExactly(first, second);
        assertThat(first.phoneNumber()).isEqualTo("3035550103");
        assertThatThrownBy(() -> NewFlag.onCustomer(customer, FlagType.WRONG_NUMBER, "x", MONDAY, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTableRefusesToDeleteAFlagOrRewriteItsHistory() {
        FlagRecord set = flags.set(NewFlag.onCustomer(customer, FlagType.DECEASED, "manager", MONDAY, ""));
        flags.clear(set.id(), "manager", MONDAY.plusSeconds(60));

        assertThatThrownBy(() -> ledger.jdbc().update("delete", "delete from customer_flags where id = ?", set.id()))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> ledger.jdbc().update("rewrite", "update customer_flags set set_by = 'x' where id = ?",
                set.id())).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> ledger.jdbc().update("unclear",
                "update customer_flags set cleared_by = null, cleared_at = null where id = ?", set.id()))
                .isInstanceOf(StorageException.class);
        assertThat(flags.flagsOf(customer)).singleElement().satisfies(flag -> assertThat(flag.active()).isFalse());
    }
}
