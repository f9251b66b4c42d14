package org.ledgerline.ivr.collector;

import java.util.List;
import java.util.Optional;
import org.ledgerline.storage.user.BackOfficeUser;
import org.ledgerline.storage.user.Role;
import org.ledgerline.storage.user.UserRepository;

/**
 * The {@link CollectorDirectory} over the back-office users table: a device belongs to the one
 * active user with the COLLECTOR role whose endpoint it is. Two active collectors on one device is
 * ambiguous and answers nobody (a promise or call must never be booked to the wrong person). The
 * users table has no caller-ID column yet, so no collector is found by caller ID: identification is
 * by device only, which is also the one that cannot be spoofed from outside.
 */
public final class LedgerCollectorDirectory implements CollectorDirectory {
    private final UserRepository users;

    public LedgerCollectorDirectory(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<String> collectorAtEndpoint(String endpoint) {
        List<BackOfficeUser> collectors = users.findByEndpoint(endpoint).stream()
                .filter(user -> user.active() && user.roles().contains(Role.COLLECTOR))
                .toList();
        return collectors.size() == 1 ? Optional.of(collectors.getFirst().username()) : Optional.empty();
    }

    @Override
    public Optional<String> collectorWithCallerId(String callerId) {
        return Optional.empty();
    }
}
