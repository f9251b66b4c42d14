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

    private BackOfficeUser withCallerId(String name, String endpoint, String callerId) {
        return users.create(new NewUser(name, name, HASH, Set.of(Role.COLLECTOR), Optional.of(endpoint),
                Optional.of(callerId)), "admin");
    }

    @Test
    void aCollectorIsFoundByTheCallerIdTheirExtensionPresentsWhenTheDeviceIsNobodys() {
        withCallerId("ana", "PJSIP/2001", "2001");

        assertThat(directory.identify("PJSIP/9999", "2001")).isEqualTo(CollectorIdentity.found("ana"));
        assertThat(directory.identify("PJSIP/9999", " 2001 ")).isEqualTo(CollectorIdentity.found("ana"));
        assertThat(directory.collectorWithCallerId("2001")).contains("ana");
        assertThat(directory.identify("PJSIP/9999", "2002")).isEqualTo(CollectorIdentity.unknown());
        assertThat(directory.identify("PJSIP/9999", "")).isEqualTo(CollectorIdentity.unknown());
    }

    @Test
    void theDeviceWinsOverTheCallerId() {
        withCallerId("ana", "PJSIP/2001", "2002");
        withCallerId("ben", "PJSIP/2002", "2001");

        assertThat(directory.identify("PJSIP/2001", "2001")).isEqualTo(CollectorIdentity.found("ana"));
    }

    @Test
    void aDeviceOrCallerIdOfTwoActiveCollectorsIsAmbiguousAndSaysWhich() {
        user("ana", Role.COLLECTOR, "PJSIP/2001");
        user("ben", Role.COLLECTOR, "PJSIP/2001");
        withCallerId("cat", "PJSIP/3001", "3000");
        withCallerId("dan", "PJSIP/3002", "3000");

        assertThat(directory.identify("PJSIP/2001", "")).isEqualTo(CollectorIdentity.ambiguous("endpoint PJSIP/2001"));
        assertThat(directory.identify("PJSIP/9999", "3000")).isEqualTo(CollectorIdentity.ambiguous("caller ID 3000"));
        assertThat(directory.collectorWithCallerId("3000")).isEmpty();
    }

    @Test
    void aDisabledCollectorsCallerIdIsNobodys() {
        users.disable(withCallerId("gone", "PJSIP/2001", "2001").id(), "admin");
        withCallerId("ana", "PJSIP/2002", "2001");

        assertThat(directory.identify("PJSIP/9999", "2001")).isEqualTo(CollectorIdentity.found("ana"));
    }
}
