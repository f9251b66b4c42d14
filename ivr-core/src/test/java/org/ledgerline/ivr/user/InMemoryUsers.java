package org.ledgerline.ivr.user;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.user.BackOfficeUser;
import org.ledgerline.storage.user.NewUser;
import org.ledgerline.storage.user.NoSuchUserException;
import org.ledgerline.storage.user.SessionRepository;
import org.ledgerline.storage.user.StoredSession;
import org.ledgerline.storage.user.UserRepository;
import org.ledgerline.storage.user.UsernameTakenException;

/**
 * Users and sessions in memory, behaving like the Jdbc repositories (lock after the limit, sessions
 * ended by a password change or disabling), with the audit lines kept as "ACTION username" strings.
 */
public final class InMemoryUsers implements UserRepository, SessionRepository {
    final List<String> audit = new ArrayList<>();
    private final Map<Long, BackOfficeUser> users = new HashMap<>();
    private final Map<String, StoredSession> sessions = new HashMap<>();
    private long nextId = 1;

    @Override
    public synchronized BackOfficeUser create(NewUser user, String actor) {
        if (findByUsername(user.username()).isPresent()) {
            throw new UsernameTakenException(user.username(), null);
        }
        BackOfficeUser created = new BackOfficeUser(nextId++, user.username(), user.displayName(), true,
                user.passwordHash(),
                user.roles(), user.endpoint(), Instant.EPOCH, null, 0, null, user.callerId());
        users.put(created.id(), created);
        audit.add("USER_CREATED " + user.username() + " by " + actor);
        return created;
    }

    @Override
    public synchronized Optional<BackOfficeUser> findById(long id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized Optional<BackOfficeUser> findByUsername(String username) {
        return users.values().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    @Override
    public synchronized List<BackOfficeUser> findAll() {
        return users.values().stream().sorted(Comparator.comparing(BackOfficeUser::username)).toList();
    }

    @Override
    public synchronized List<BackOfficeUser> findByEndpoint(String endpoint) {
        return findAll().stream().filter(u -> u.endpoint().equals(Optional.of(endpoint))).toList();
    }

    @Override
    public synchronized List<BackOfficeUser> findByCallerId(String callerId) {
        return findAll().stream().filter(u -> u.callerId().equals(Optional.of(callerId))).toList();
    }

    @Override
    public synchronized void setCallerId(long id, Optional<String> callerId, String actor) {
        BackOfficeUser u = users.get(id);
        if (u == null) {
            throw new NoSuchUserException("with id " + id);
        }
        users.put(id, new BackOfficeUser(u.id(), u.username(), u.displayName(), u.active(), u.passwordHash(),
                u.roles(), u.endpoint(), u.createdAt(), u.lastSignInAt(), u.failedSignIns(), u.lockedUntil(),
                callerId));
        audit.add("USER_CALLER_ID_SET " + u.username() + " by " + actor);
    }

    @Override
    public synchronized boolean anyExists() {
        return !users.isEmpty();
    }

    @Override
    public synchronized void changePassword(long id, String passwordHash, String actor) {
        BackOfficeUser user = require(id);
        replace(user, user.active(), passwordHash, 0, null);
        sessions.values().removeIf(s -> s.userId() == id);
        audit.add("USER_PASSWORD_CHANGED " + user.username() + " by " + actor);
    }

    @Override
    public synchronized void disable(long id, String actor) {
        BackOfficeUser user = require(id);
        replace(user, false, user.passwordHash(), user.failedSignIns(), user.lockedUntil());
        sessions.values().removeIf(s -> s.userId() == id);
        audit.add("USER_DISABLED " + user.username() + " by " + actor);
    }

    @Override
    public synchronized BackOfficeUser recordFailedSignIn(long id, int maxFailures, Duration lockout, Instant now,
            String detail) {
        BackOfficeUser user = require(id);
        boolean lock = user.failedSignIns() + 1 >= maxFailures;
        BackOfficeUser after = replace(user, user.active(), user.passwordHash(), lock ? 0 : user.failedSignIns() + 1,
                lock ? now.plus(lockout) : user.lockedUntil());
        audit.add("SIGN_IN_FAILED " + user.username());
        if (lock) {
            audit.add("USER_LOCKED " + user.username());
        }
        return after;
    }

    @Override
    public synchronized void recordRefusedSignIn(String attemptedUsername, String detail) {
        audit.add("SIGN_IN_FAILED " + attemptedUsername + " (" + detail + ")");
    }

    @Override
    public synchronized void recordSignIn(long id, Instant now, String detail) {
        BackOfficeUser user = require(id);
        users.put(id, new BackOfficeUser(id, user.username(), user.displayName(), user.active(), user.passwordHash(),
                user.roles(), user.endpoint(), user.createdAt(), now, 0, user.lockedUntil(), user.callerId()));
        audit.add("SIGN_IN " + user.username());
    }

    @Override
    public synchronized void create(StoredSession session, Optional<byte[]> replacedIdHash) {
        replacedIdHash.ifPresent(old -> sessions.remove(key(old)));
        sessions.put(key(session.idHash()), session);
    }

    @Override
    public synchronized Optional<StoredSession> find(byte[] idHash) {
        return Optional.ofNullable(sessions.get(key(idHash)));
    }

    @Override
    public synchronized void touch(byte[] idHash, Instant lastSeenAt) {
        sessions.computeIfPresent(key(idHash), (k, s) -> new StoredSession(s.idHash(), s.userId(), s.csrfToken(),
                s.createdAt(), lastSeenAt.isAfter(s.lastSeenAt()) ? lastSeenAt : s.lastSeenAt(), s.expiresAt()));
    }

    @Override
    public synchronized boolean signOut(byte[] idHash, String username) {
        boolean ended = sessions.remove(key(idHash)) != null;
        if (ended) {
            audit.add("SIGN_OUT " + username);
        }
        return ended;
    }

    @Override
    public synchronized boolean expire(byte[] idHash) {
        return sessions.remove(key(idHash)) != null;
    }

    @Override
    public synchronized int deleteExpired(Instant now, Instant idleBefore) {
        int before = sessions.size();
        sessions.values().removeIf(s -> !s.expiresAt().isAfter(now) || !s.lastSeenAt().isAfter(idleBefore));
        return before - sessions.size();
    }

    synchronized int sessionCount() {
        return sessions.size();
    }

    private BackOfficeUser require(long id) {
        return findById(id).orElseThrow(() -> new NoSuchUserException("with id " + id));
    }

    private BackOfficeUser replace(BackOfficeUser user, boolean active, String hash, int failed,
            @Nullable Instant lockedUntil) {
        BackOfficeUser after = new BackOfficeUser(user.id(), user.username(), user.displayName(), active, hash,
                user.roles(),
                user.endpoint(), user.createdAt(), user.lastSignInAt(), failed, lockedUntil, user.callerId());
        users.put(user.id(), after);
        return after;
    }

    private static String key(byte[] digest) {
        return Arrays.toString(digest);
    }
}
