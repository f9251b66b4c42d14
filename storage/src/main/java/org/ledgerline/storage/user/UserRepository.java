package org.ledgerline.storage.user;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Back-office users. Every change is audited (subject {@code user}, the username) with the actor
 * who made it, in the same transaction as the change.
 */
public interface UserRepository {
    /**
     * Creates a user with its roles.
     *
     * @throws UsernameTakenException the username exists already
     */
    BackOfficeUser create(NewUser user, String actor);

    Optional<BackOfficeUser> findById(long id);

    /** The user with exactly this (lower-case) username. */
    Optional<BackOfficeUser> findByUsername(String username);

    /**
     * The users whose desk phone is {@code endpoint} (e.g. {@code PJSIP/2001}), active or not, by
     * username; usually one, but the column is not unique, so the caller decides what several mean.
     */
    List<BackOfficeUser> findByEndpoint(String endpoint);

    /**
     * The users whose extension presents {@code callerId} (as stored: digits, maybe a leading +),
     * active or not, by username; the caller decides what several mean.
     */
    List<BackOfficeUser> findByCallerId(String callerId);

    /**
     * Sets (or, empty, removes) the caller ID the user's extension presents; audited.
     *
     * @throws NoSuchUserException no user has this id
     */
    void setCallerId(long id, Optional<String> callerId, String actor);

    /** Every user, by username. */
    List<BackOfficeUser> findAll();

    /** Whether any user exists (a fresh node has none and says how to create the first admin). */
    boolean anyExists();

    /**
     * Replaces the password hash, lifts any lock and ends the user's sessions (a changed password
     * must shut out whoever knew the old one).
     *
     * @throws NoSuchUserException no user has this id
     */
    void changePassword(long id, String passwordHash, String actor);

    /**
     * Marks the user inactive and ends their sessions; an inactive user cannot sign in.
     *
     * @throws NoSuchUserException no user has this id
     */
    void disable(long id, String actor);

    /**
     * Counts a failed sign-in atomically; at {@code maxFailures} the user is locked until
     * {@code now + lockout} and the counter starts again. Audits the failure and any lock.
     *
     * @param detail where the attempt came from (e.g. the client address), for the audit line
     * @return the user after the change
     */
    BackOfficeUser recordFailedSignIn(long id, int maxFailures, Duration lockout, Instant now, String detail);

    /**
     * Audits a refused sign-in that counts nothing: an unknown or inactive username, or a user who
     * is locked already (a lock is not extended by more tries).
     */
    void recordRefusedSignIn(String attemptedUsername, String detail);

    /** Resets the failure counter, stamps the sign-in time and audits it. */
    void recordSignIn(long id, Instant now, String detail);
}
