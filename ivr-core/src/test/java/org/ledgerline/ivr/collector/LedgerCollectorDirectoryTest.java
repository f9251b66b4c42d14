package org.ledgerline.ivr.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.user.InMemoryUsers;
import org.ledgerline.storage.user.BackOfficeUser;
import org.ledgerline.storage.user.NewUser;
import org.ledgerline.storage.user.Role;

class LedgerCollectorDirectoryTest {
    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";

    private final InMemoryUsers users = new InMemoryUsers();
    private final LedgerCollectorDirectory directory = new LedgerCollectorDirectory(users);

    private BackOfficeUser user(String name, Role role, String endpoint) {
        return users.create(new NewUser(name, name, HASH, Set.of(role), Optional.of(endpoint)), "admin");
    }

    @Test
    void theActiveCollectorAtTheDeviceIsFound() {
        user("ana", Role.COLLECTOR, "PJSIP/2001");

        assertThat(directory.collectorAtEndpoint("PJSIP/2001")).contains("ana");
        assertThat(directory.collectorAtEndpoint("PJSIP/2002")).isEmpty();
    }

    @Test
    void aDisabledUserOrOneWhoIsNoCollectorIsNobody() {
        users.disable(user("gone", Role.COLLECTOR, "PJSIP/2001").id(), "admin");
        user("boss", Role.CREDIT_MANAGER, "PJSIP/2002");

        assertThat(directory.collectorAtEndpoint("PJSIP/2001")).isEmpty();
        assertThat(directory.collectorAtEndpoint("PJSIP/2002")).isEmpty();
    }

    @Test
    void twoActiveCollectorsOnOneDeviceAreAmbiguousSoNobodyIsBookedForIt() {
        user("ana", Role.COLLECTOR, "PJSIP/2001");
        user("ben", Role.COLLECTOR, "PJSIP/2001");

        assertThat(directory.collectorAtEndpoint("PJSIP/2001")).isEmpty();
    }

    @Test
    void theUsersTableHasNoCallerIdSoNoCollectorIsFoundByIt() {
        user("ana", Role.COLLECTOR, "PJSIP/2001");

        assertThat(directory.collectorWithCallerId("2001")).isEmpty();
    }
}
