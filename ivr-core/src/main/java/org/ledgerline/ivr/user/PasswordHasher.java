package org.ledgerline.ivr.user;

/**
 * Turns passwords into slow, salted hashes and checks them. Implementations are deliberately
 * CPU- and memory-hungry, so callers run them on {@link PasswordHashing}'s pool, never on an event
 * loop or a call's virtual thread.
 */
public interface PasswordHasher {
    /** A self-describing hash (algorithm, parameters, salt) of {@code password}. */
    String hash(String password);

    /**
     * Whether {@code password} matches {@code hash}, in time that does not depend on where they
     * differ. A hash this hasher cannot read is simply no match.
     */
    boolean verify(String password, String hash);
}
