package org.ledgerline.ivr.user;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Where password hashes are computed and checked. Argon2id is deliberately slow CPU work with 19 MiB
 * of memory per hash: on a Vert.x event loop it would stall every other request, and on a virtual
 * thread it would hold a carrier that calls need (the FastAGI benchmark showed this for bcrypt PINs,
 * see account/PinChecks). So hashes run on a small pool of platform threads, cores - 1 and at least
 * one, which the OS time-slices against everything else and which bounds the memory in use; the
 * caller (a worker thread) just waits.
 */
public final class PasswordHashing {
    /** Purpose: Argon2id password hashing, off event loops and carriers. Daemon: never blocks exit. */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
            Thread.ofPlatform().name("password-hash-", 0).daemon(true).factory());

    private final PasswordHasher hasher;

    public PasswordHashing(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    public String hash(String password) {
        return run(() -> hasher.hash(password));
    }

    public boolean verify(String password, String hash) {
        return run(() -> hasher.verify(password, hash));
    }

    private static <T> T run(Callable<T> work) {
        Future<T> result = POOL.submit(work);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing a password", e);
        } catch (ExecutionException e) {
            // The message never holds the password: the hasher's failures are about parameters.
            throw new IllegalStateException("password hashing failed", e.getCause());
        }
    }
}
