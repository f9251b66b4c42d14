package org.ledgerline.ivr.app;

import org.ledgerline.ivr.config.LedgerLineConfig;
import org.ledgerline.ivr.user.Argon2idPasswordHasher;
import org.ledgerline.ivr.user.AuthSettings;
import org.ledgerline.ivr.user.PasswordHashing;
import org.ledgerline.ivr.user.PasswordPolicy;
import org.ledgerline.ivr.user.UserAdministration;
import org.ledgerline.storage.Ledger;

/** Builds the back-office user services from the configuration; shared by the node and the {@code users} command. */
final class UserWiring {
    private UserWiring() {}

    static AuthSettings settings(LedgerLineConfig.Auth auth) {
        return new AuthSettings(auth.sessionIdleTimeout(), auth.sessionAbsoluteLifetime(), auth.maxFailedSignIns(),
                auth.lockout(), auth.passwordMinLength());
    }

    /** Argon2id with the production parameters, on the bounded hashing pool. */
    static PasswordHashing hashing() {
        return new PasswordHashing(Argon2idPasswordHasher.STANDARD);
    }

    static UserAdministration administration(Ledger ledger, AuthSettings settings) {
        return new UserAdministration(ledger.users(), hashing(),
                PasswordPolicy.withCommonPasswords(settings.passwordMinLength()));
    }
}
