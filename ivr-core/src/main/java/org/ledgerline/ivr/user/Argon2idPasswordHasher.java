package org.ledgerline.ivr.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.jspecify.annotations.Nullable;

/**
 * Argon2id through Bouncy Castle, stored as the standard PHC string
 * {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>} (unpadded base64), so the
 * parameters travel with each hash and can be raised later without breaking old ones.
 *
 * <p>{@link #STANDARD}: m = 19 MiB, t = 2, p = 1 is OWASP's recommended floor for Argon2id. Measured
 * on the 2-vCPU build machine (AMD EPYC VM, Java 25, Bouncy Castle 1.87, 2026-11-29) at 99 ms per
 * check while other builds kept the load average near 10: unnoticeable at sign-in, costly for anyone
 * guessing offline. We stay at the floor rather than above it because that machine is also the
 * call server: every sign-in takes one core for that long. Memory is what makes GPUs slow at Argon2, and it
 * is also why hashes run on a small bounded pool: at most (cores - 1) x 19 MiB at once.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {
    /** OWASP's floor, the production setting: 19 MiB, 2 passes, 1 lane. */
    public static final Argon2idPasswordHasher STANDARD = new Argon2idPasswordHasher(19 * 1024, 2, 1);

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{16,})\\$([A-Za-z0-9+/]{16,})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getDecoder();

    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    public Argon2idPasswordHasher(int memoryKiB, int iterations, int parallelism) {
        if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException(
                    "Argon2id needs memory >= 8 KiB per lane, at least one pass and one lane");
        }
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    @Override
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKiB, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    @Override
    public boolean verify(@Nullable String password, @Nullable String hash) {
        if (password == null || hash == null) {
            return false;
        }
        Matcher phc = PHC.matcher(hash);
        if (!phc.matches()) {
            return false;
        }
        byte[] salt = B64_DECODE.decode(phc.group(4));
        byte[] expected = B64_DECODE.decode(phc.group(5));
        byte[] actual = derive(password, salt, Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)),
                Integer.parseInt(phc.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, byte[] salt, int memoryKiB, int iterations, int parallelism,
            int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    @Override
    public String toString() {
        return "Argon2id[m=" + memoryKiB + " KiB, t=" + iterations + ", p=" + parallelism + "]";
    }
}
