package org.ledgerline.ivr.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a back-office password must be: at least {@code minLength} characters (NIST SP 800-63B
 * prefers length over composition rules), at most {@value #MAX_LENGTH} (so hashing cannot be used to
 * burn CPU), not the username, and not on the list of common passwords shipped in
 * {@value #COMMON_PASSWORDS} (compared case-insensitively).
 */
public final class PasswordPolicy {
    /** Longest password accepted: long passphrases fit, megabyte bodies do not. */
    public static final int MAX_LENGTH = 256;
    /** The classpath resource with the common passwords, one per line. */
    public static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final int minLength;
    private final Set<String> common;

    PasswordPolicy(int minLength, Set<String> common) {
        this.minLength = minLength;
        this.common = Set.copyOf(common);
    }

    /** The policy with the shipped list of common passwords. */
    public static PasswordPolicy withCommonPasswords(int minLength) {
        return new PasswordPolicy(minLength, loadCommonPasswords());
    }

    public int minLength() {
        return minLength;
    }

    /** Why {@code password} is refused for {@code username}, or empty when it is acceptable. Never quotes the password. */
    public Optional<String> problem(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("a password is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < minLength) {
            return Optional.of("the password must be at least " + minLength + " characters long");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("the password must be at most " + MAX_LENGTH + " characters long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("the password must not contain the username");
        }
        if (common.contains(lower)) {
            return Optional.of("the password is on the list of common passwords; choose a longer, less guessable one");
        }
        return Optional.empty();
    }

    /**
     * Refuses an unacceptable password.
     *
     * @throws WeakPasswordException with the reason, never the password
     */
    public void check(String username, String password) {
        Optional<String> problem = problem(username, password);
        if (problem.isPresent()) {
            throw new WeakPasswordException(problem.get());
        }
    }

    static Set<String> loadCommonPasswords() {
        InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
        if (in == null) {
            throw new IllegalStateException(
                    "the common-password list " + COMMON_PASSWORDS + " is missing from the classpath");
        }
        Set<String> passwords = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    passwords.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS, e);
        }
        return passwords;
    }
}
