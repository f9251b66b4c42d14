package org.ledgerline.storage.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** Slow, salted PIN hashes (bcrypt): a stolen ledger does not give away 4-digit PINs cheaply. */
public final class PinHasher {
    private final int cost;

    public PinHasher(int cost) {
        this.cost = cost;
    }

    /** Cost 10: about 50-100 ms per check on a server core, slow enough for brute force, fine per call. */
    public static PinHasher standard() {
        return new PinHasher(10);
    }

    public String hash(String pin) {
        return BCrypt.withDefaults().hashToString(cost, pin.toCharArray());
    }

    public boolean matches(String pin, String hash) {
        if (pin == null || hash == null) {
            return false;
        }
        return BCrypt.verifyer().verify(pin.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
