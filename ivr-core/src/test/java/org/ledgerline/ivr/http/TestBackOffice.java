package org.ledgerline.ivr.http;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.ledgerline.ivr.user.ApiTokenService;
import org.ledgerline.ivr.user.Argon2idPasswordHasher;
import org.ledgerline.ivr.user.AuthSettings;
import org.ledgerline.ivr.user.PasswordHashing;
import org.ledgerline.ivr.user.PasswordPolicy;
import org.ledgerline.ivr.user.SessionService;
import org.ledgerline.ivr.user.SignInService;
import org.ledgerline.ivr.user.UserAdministration;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.user.Role;

/**
 * The back-office sign-in services over a real ledger for HTTP tests, with a cheap Argon2id
 * (64 KiB, one pass: well under a millisecond) so tests do not spend seconds hashing.
 */
public final class TestBackOffice {
    /** The password of every user the tests create. */
    public static final String PASSWORD = "correct horse battery staple";
    public static final PasswordHashing FAST_HASHING = new PasswordHashing(new Argon2idPasswordHasher(64, 1, 1));

    private TestBackOffice() {}

    public static BackOfficeAuth auth(Ledger ledger, AuthSettings settings, Clock clock, boolean secureCookies) {
        return new BackOfficeAuth(
                new SignInService(ledger.users(), FAST_HASHING, settings, clock),
                new SessionService(ledger.sessions(), ledger.users(), settings, clock),
                new ApiTokenService(ledger.apiTokens(), clock),
                administration(ledger, settings),
                secureCookies);
    }

    public static UserAdministration administration(Ledger ledger, AuthSettings settings) {
        return new UserAdministration(ledger.users(), FAST_HASHING,
                PasswordPolicy.withCommonPasswords(settings.passwordMinLength()));
    }

    /** Creates {@code username} with {@link #PASSWORD} and {@code roles}. */
    public static void addUser(Ledger ledger, String username, Role... roles) {
        administration(ledger, AuthSettings.defaults())
                .add(username, "Test " + username, PASSWORD, Set.of(roles), Optional.empty(), "test-setup");
    }
}
