package org.ledgerline.ivr.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.user.BackOfficeUser;
import org.ledgerline.storage.user.SessionRepository;
import org.ledgerline.storage.user.StoredSession;
import org.ledgerline.storage.user.UserRepository;

/**
 * Server-side back-office sessions. An id is 256 random bits handed to the browser once (in the
 * cookie); the ledger keeps only its SHA-256. A session ends after {@link AuthSettings#idleTimeout()}
 * without use or {@link AuthSettings#absoluteLifetime()} after sign-in, whichever comes first, at
 * sign-out, and when its user is disabled or changes password. Every sign-in gets a new id, and the
 * id the browser came with is dropped, so an id planted before sign-in (session fixation) is useless.
 *
 * <p>Blocking (ledger): call it from a worker thread.
 */
public final class SessionService {
    /** Activity is written at most this often per session, so reading pages does not write a row each time. */
    static final Duration TOUCH_INTERVAL = Duration.ofSeconds(60);

    private final SessionRepository sessions;
    private final UserRepository users;
    private final AuthSettings settings;
    private final Clock clock;

    public SessionService(SessionRepository sessions, UserRepository users, AuthSettings settings, Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new session: the id for the cookie (shown once, never stored) and its CSRF token. */
    public record NewSession(String id, String csrfToken, Instant expiresAt) {
        @Override
        public String toString() {
            return "NewSession[expiresAt=" + expiresAt + "]";
        }
    }

    /** A live session: whose it is and the CSRF token state changes must carry. */
    public record ActiveSession(SignedInUser user, String csrfToken) {
        @Override
        public String toString() {
            return "ActiveSession[" + user.username() + "]";
        }
    }

    /** Starts a session for {@code user}, ending {@code previousId} (the browser's old cookie) if there was one. */
    public NewSession start(SignedInUser user, Optional<String> previousId) {
        Instant now = clock.instant();
        String id = SecretTokens.random256();
        String csrf = SecretTokens.random256();
        Instant expires = now.plus(settings.absoluteLifetime());
        sessions.create(new StoredSession(SecretTokens.sha256(id), user.id(), csrf, now, now, expires),
                previousId.map(SecretTokens::sha256));
        return new NewSession(id, csrf, expires);
    }

    /** The live session behind {@code id}; an expired one is removed and reads as none. */
    public Optional<ActiveSession> resolve(@Nullable String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return Optional.empty();
        }
        byte[] digest = SecretTokens.sha256(id);
        Optional<StoredSession> stored = sessions.find(digest);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredSession session = stored.get();
        Instant now = clock.instant();
        if (!now.isBefore(session.expiresAt()) || !now.isBefore(session.lastSeenAt().plus(settings.idleTimeout()))) {
            sessions.expire(digest);
            return Optional.empty();
        }
        Optional<BackOfficeUser> user = users.findById(session.userId()).filter(BackOfficeUser::active);
        if (user.isEmpty()) {
            sessions.expire(digest);
            return Optional.empty();
        }
        if (!now.isBefore(session.lastSeenAt().plus(TOUCH_INTERVAL))) {
            sessions.touch(digest, now);
        }
        return Optional.of(new ActiveSession(SignedInUser.of(user.get()), session.csrfToken()));
    }

    /** Ends the session behind {@code id}, auditing the sign-out of {@code username}; false if it had ended already. */
    public boolean signOut(String id, String username) {
        return id != null && sessions.signOut(SecretTokens.sha256(id), username);
    }

    /** Removes sessions that can no longer be used (housekeeping; expired ones are refused anyway). */
    public int removeExpired() {
        Instant now = clock.instant();
        return sessions.deleteExpired(now, now.minus(settings.idleTimeout()));
    }
}
