package org.ledgerline.ivr.collector;

import java.util.Optional;
import org.ledgerline.storage.user.BackOfficeUser;
import org.ledgerline.storage.user.Role;
import org.ledgerline.storage.user.UserRepository;

/**
 * {@link CollectorDirectory} over the back-office users: an active user with the {@code COLLECTOR}
 * role whose {@code telephony_endpoint} is the calling device. The users table (V4) has no caller-ID
 * column, so a collector is known by the device only: {@link #collectorWithCallerId} knows nobody
 * until the back office stores caller IDs. The users table holds the office's staff, tens of rows, so
 * the list is read whole rather than through a query of its own.
 */
public final class LedgerCollectorDirectory implements CollectorDirectory {
    private final UserRepository users;

    public LedgerCollectorDirectory(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<String> collectorAtEndpoint(String endpoint) {
        return users.findAll().stream()
                .filter(user -> user.active() && user.roles().contains(Role.COLLECTOR)
                        && user.endpoint().filter(endpoint::equals).isPresent())
                .map(BackOfficeUser::username)
                .findFirst();
    }

    /** Nobody: users have no caller ID in the ledger yet, so only the device identifies a collector. */
    @Override
    public Optional<String> collectorWithCallerId(String callerId) {
        return Optional.empty();
    }
}
