package org.ledgerline.ivr.user;

import java.time.Duration;

/**
 * Sign-in and session rules, from the {@code auth.*} configuration.
 *
 * @param idleTimeout a session unused this long ends
 * @param absoluteLifetime a session ends this long after sign-in, however busy
 * @param maxFailedSignIns failed sign-ins in a row that lock a user
 * @param lockout how long such a lock lasts
 * @param passwordMinLength the shortest password accepted
 */
public record AuthSettings(Duration idleTimeout, Duration absoluteLifetime, int maxFailedSignIns, Duration lockout,
        int passwordMinLength) {

    public AuthSettings {
        if (idleTimeout.isNegative() || idleTimeout.isZero() || absoluteLifetime.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException(
                    "the idle timeout must be positive and no longer than the absolute lifetime");
        }
        if (maxFailedSignIns < 1 || passwordMinLength < 8) {
            throw new IllegalArgumentException("at least one failed sign-in before a lock, and passwords of 8 or more");
        }
    }

    /** The defaults of ledgerline-defaults.json: 30 min idle, 12 h absolute, 5 failures lock for 15 min, 12 characters. */
    public static AuthSettings defaults() {
        return new AuthSettings(Duration.ofMinutes(30), Duration.ofHours(12), 5, Duration.ofMinutes(15), 12);
    }
}
