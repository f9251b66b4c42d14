package org.ledgerline.ivr.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.ledgerline.storage.user.BackOfficeUser;
import org.ledgerline.storage.user.UserRepository;

/**
 * Checks a username and password. Whatever goes wrong, the answer is one {@link
 * SignInRefusedException}; and every path verifies exactly one password hash (a dummy one for an
 * unknown, disabled or locked user), so neither the answer nor the time it takes tells an attacker
 * whether the username exists. Failures count towards a lock of {@code lockout}; every attempt is
 * audited with its real outcome.
 *
 * <p>Blocking (ledger and hashing): call it from a worker thread.
 */
public final class SignInService {
    private final UserRepository users;
    private final PasswordHashing hashing;
    private final AuthSettings settings;
    private final Clock clock;
    /** A hash of a random password with the production parameters: checked when there is no real one. */
    private final String dummyHash;

    public SignInService(UserRepository users, PasswordHashing hashing, AuthSettings settings, Clock clock) {
        this.users = users;
        this.hashing = hashing;
        this.settings = settings;
        this.clock = clock;
        this.dummyHash = hashing.hash(SecretTokens.random256());
    }

    /**
     * The user, if {@code password} is theirs and they may sign in now.
     *
     * @param from where the attempt came from (e.g. {@code from 10.0.0.7}), for the audit log
     * @throws SignInRefusedException for every kind of failure, with the same message
     */
    public SignedInUser signIn(String username, String password, String from) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String given = password == null ? "" : password;
        if (given.length() > PasswordPolicy.MAX_LENGTH) {
            given = given.substring(0, PasswordPolicy.MAX_LENGTH);
        }
        Instant now = clock.instant();
        Optional<BackOfficeUser> found = name.isEmpty() ? Optional.empty() : users.findByUsername(name);
        if (found.isEmpty() || !found.get().active() || found.get().lockedAt(now)) {
            hashing.verify(given, dummyHash);
            users.recordRefusedSignIn(name.isEmpty() ? "(blank)" : name, refusal(found) + " " + from);
            throw new SignInRefusedException();
        }
        BackOfficeUser user = found.get();
        if (!hashing.verify(given, user.passwordHash())) {
            users.recordFailedSignIn(user.id(), settings.maxFailedSignIns(), settings.lockout(), now, from);
            throw new SignInRefusedException();
        }
        users.recordSignIn(user.id(), now, from);
        return SignedInUser.of(user);
    }

    private static String refusal(Optional<BackOfficeUser> user) {
        if (user.isEmpty()) {
            return "unknown user";
        }
        return user.get().active() ? "locked until " + user.get().lockedUntil() : "user disabled";
    }
}
