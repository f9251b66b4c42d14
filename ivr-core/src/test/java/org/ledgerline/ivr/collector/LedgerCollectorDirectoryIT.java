package org.ledgerline.ivr.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.user.NewUser;
import org.ledgerline.storage.user.Role;

/** Who is calling, from the back-office users' endpoints. */
class LedgerCollectorDirectoryIT {
    private static final String NO_PASSWORD = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";
    private static Ledger ledger;
    private static CollectorDirectory directory;

    @BeforeAll
    static void open() {
        ledger = TestLedgers.newLedger();
        user("ana", Set.of(Role.COLLECTOR), "PJSIP/2001");
        user("boss", Set.of(Role.ADMIN), "PJSIP/2002");
        long gone = user("gone", Set.of(Role.COLLECTOR), "PJSIP/2003");
        ledger.users().disable(gone, "test");
        directory = new LedgerCollectorDirectory(ledger.users());
    }

    private static long user(String username, Set<Role> roles, String endpoint) {
        return ledger.users().create(new NewUser(username, username, NO_PASSWORD, roles, Optional.of(endpoint)), "test")
                .id();
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void anActiveCollectorIsKnownByTheDeskPhonesEndpoint() {
        assertThat(directory.collectorAtEndpoint("PJSIP/2001")).contains("ana");
    }

    @Test
    void aPhoneOfSomeoneWhoIsNoCollectorOrNoLongerActiveIsUnknown() {
        assertThat(directory.collectorAtEndpoint("PJSIP/2002")).isEmpty();
        assertThat(directory.collectorAtEndpoint("PJSIP/2003")).isEmpty();
        assertThat(directory.collectorAtEndpoint("PJSIP/2999")).isEmpty();
    }

    @Test
    void aCallerIdIdentifiesNobodyAsUsersHaveNoCallerIdInTheLedger() {
        assertThat(directory.collectorWithCallerId("2001")).isEmpty();
    }
}
