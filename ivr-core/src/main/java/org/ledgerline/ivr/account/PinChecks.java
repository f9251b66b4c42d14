package org.ledgerline.ivr.account;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ledgerline.storage.account.PinHasher;

/**
 * Where PIN hashes are checked. bcrypt is deliberately slow CPU work (50-100 ms at cost 10), and a
 * virtual thread is never pre-empted: hashed on a call's own virtual thread, a burst of PIN checks
 * holds every carrier thread and every other call's AGI reply waits behind it (measured in the
 * FastAGI benchmark). So checks run on a small pool of platform threads, cores - 1 and at least
 * one, which the OS time-slices against the carriers; the call's virtual thread just waits.
 */
final class PinChecks {
    /** Purpose: bcrypt PIN checks, kept off the virtual-thread carriers. Daemon: never blocks exit. */
    private static final ExecutorService HASHING = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
            Thread.ofPlatform().name("pin-check-", 0).daemon(true).factory());

    private final PinHasher hasher;

    PinChecks(PinHasher hasher) {
        this.hasher = hasher;
    }

    String hash(String secret) {
        return run(() -> hasher.hash(secret));
    }

    boolean matches(String pin, String hash) {
        return run(() -> hasher.matches(pin, hash));
    }

    private static <T> T run(Callable<T> check) {
        Future<T> result = HASHING.submit(check);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking a PIN", e);
        } catch (ExecutionException e) {
            // The message never holds the PIN: PinHasher's failures are about the stored hash.
            throw new IllegalStateException("PIN check failed", e.getCause());
        }
    }
}
