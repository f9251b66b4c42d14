package org.ledgerline.ivr.collector;

import java.util.List;
import java.util.Optional;
import org.ledgerline.storage.user.BackOfficeUser;
import org.ledgerline.storage.user.Role;
import org.ledgerline.storage.user.UserRepository;

/**
 * The {@link CollectorDirectory} over the back-office users table: a device belongs to the one active
 * user with the COLLECTOR role whose {@code telephony_endpoint} it is, a caller ID to the one whose
 * {@code caller_id} it is (V10). The device wins: the caller ID is asked only when no collector has
 * the device. Two active collectors on one device (or, asked, one caller ID) is ambiguous and answers
 * nobody, with what was ambiguous, so the gate can say why it refused (a promise or call must never be
 * booked to the wrong person).
 */
public final class LedgerCollectorDirectory implements CollectorDirectory {
    private final UserRepository users;

    public LedgerCollectorDirectory(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<String> collectorAtEndpoint(String endpoint) {
        return single(users.findByEndpoint(endpoint));
    }

    @Override
    public Optional<String> collectorWithCallerId(String callerId) {
        return single(users.findByCallerId(normalised(callerId)));
    }

    @Override
    public CollectorIdentity identify(String endpoint, String callerId) {
        List<BackOfficeUser> byDevice = activeCollectors(users.findByEndpoint(endpoint));
        if (byDevice.size() > 1) {
            return CollectorIdentity.ambiguous("endpoint " + endpoint);
        }
        if (byDevice.size() == 1) {
            return CollectorIdentity.found(byDevice.getFirst().username());
        }
        String number = normalised(callerId);
        if (number.isEmpty()) {
            return CollectorIdentity.unknown();
        }
        List<BackOfficeUser> byCallerId = activeCollectors(users.findByCallerId(number));
        if (byCallerId.size() > 1) {
            return CollectorIdentity.ambiguous("caller ID " + number);
        }
        return byCallerId.isEmpty()
                ? CollectorIdentity.unknown()
                : CollectorIdentity.found(byCallerId.getFirst().username());
    }

    /** Caller ID as stored: digits with an optional leading +, nothing else ("2001", "+12125550100"). */
    static String normalised(String callerId) {
        String stripped = callerId.strip();
        String digits = stripped.replaceAll("\\D", "");
        return stripped.startsWith("+") && !digits.isEmpty() ? "+" + digits : digits;
    }

    private static Optional<String> single(List<BackOfficeUser> candidates) {
        List<BackOfficeUser> collectors = activeCollectors(candidates);
        return collectors.size() == 1 ? Optional.of(collectors.getFirst().username()) : Optional.empty();
    }

    private static List<BackOfficeUser> activeCollectors(List<BackOfficeUser> candidates) {
        return candidates.stream().filter(user -> user.active() && user.roles().contains(Role.COLLECTOR)).toList();
    }
}
