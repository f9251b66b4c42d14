package org.ledgerline.ivr.user;

import java.util.concurrent.atomic.AtomicInteger;

/** A cheap, transparent stand-in hasher that counts its work, so tests can see how many checks ran. */
final class CountingHasher implements PasswordHasher {
    final AtomicInteger hashes = new AtomicInteger();
    final AtomicInteger verifies = new AtomicInteger();

    @Override
    public String hash(String password) {
        hashes.incrementAndGet();
        return "$argon2id$test$" + new StringBuilder(password).reverse();
    }

    @Override
    public boolean verify(String password, String hash) {
        verifies.incrementAndGet();
        return hash.equals("$argon2id$test$" + new StringBuilder(password).reverse());
    }
}
