package org.ledgerline.ivr.user;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.user.BackOfficeUser;
import org.ledgerline.storage.user.NewUser;
import org.ledgerline.storage.user.NoSuchUserException;
import org.ledgerline.storage.user.Role;
import org.ledgerline.storage.user.UserRepository;

/**
 * Creating, listing and disabling back-office users and setting passwords, for the admin API and
 * the {@code ledgerline users} command. Every password passes the {@link PasswordPolicy} and is
 * hashed on {@link PasswordHashing}'s pool; every change is audited with {@code actor}.
 *
 * <p>Blocking (ledger and hashing): call it from a worker thread or the command line.
 */
public final class UserAdministration {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    private static final Pattern ENDPOINT = Pattern.compile("[A-Za-z0-9]+/[A-Za-z0-9_.@-]+");
    /** A caller ID as the collector's extension presents it: digits, a leading + allowed. */
    private static final Pattern CALLER_ID = Pattern.compile("\\+?[0-9]{2,20}");
    private static final int MAX_DISPLAY_NAME = 200;

    private final UserRepository users;
    private final PasswordHashing hashing;
    private final PasswordPolicy policy;

    public UserAdministration(UserRepository users, PasswordHashing hashing, PasswordPolicy policy) {
        this.users = users;
        this.hashing = hashing;
        this.policy = policy;
    }

    /**
     * Creates a user.
     *
     * @throws IllegalArgumentException a malformed username, display name or endpoint (the message says which)
     * @throws WeakPasswordException the password breaks the policy
     * @throws org.ledgerline.storage.user.UsernameTakenException the username exists
     */
    public BackOfficeUser add(String username, @Nullable String displayName, String password, Set<Role> roles,
            Optional<String> endpoint, String actor) {
        return add(username, displayName, password, roles, endpoint, Optional.empty(), actor);
    }

    /**
     * Creates a user with the caller ID their extension presents (the collector gate identifies a
     * collector by it when the calling device is not on file).
     *
     * @throws IllegalArgumentException a malformed username, display name, endpoint or caller ID
     * @throws WeakPasswordException the password breaks the policy
     * @throws org.ledgerline.storage.user.UsernameTakenException the username exists
     */
    public BackOfficeUser add(String username, @Nullable String displayName, String password, Set<Role> roles,
            Optional<String> endpoint, Optional<String> callerId, String actor) {
        Optional<String> checkedCallerId = callerId.map(UserAdministration::checkedCallerId);
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "username must be 2-63 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
        if (display.length() > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException("display name must be at most " + MAX_DISPLAY_NAME + " characters");
        }
        if (endpoint.isPresent() && !ENDPOINT.matcher(endpoint.get()).matches()) {
            throw new IllegalArgumentException("endpoint must look like PJSIP/2001");
        }
        policy.check(name, password);
        return users.create(new NewUser(name, display, hashing.hash(password), roles, endpoint, checkedCallerId),
                actor);
    }

    /**
     * Sets, or with an empty value removes, the caller ID the user's extension presents.
     *
     * @throws IllegalArgumentException a malformed caller ID
     * @throws NoSuchUserException no such user
     */
    public void setCallerId(String username, Optional<String> callerId, String actor) {
        Optional<String> checked = callerId.map(UserAdministration::checkedCallerId);
        users.setCallerId(find(username).id(), checked, actor);
    }

    private static String checkedCallerId(String callerId) {
        String value = callerId.strip();
        if (!CALLER_ID.matcher(value).matches()) {
            throw new IllegalArgumentException("caller ID must be 2-20 digits, optionally starting with +, e.g. 2001");
        }
        return value;
    }

    /**
     * Sets a new password, lifting any lock and ending the user's sessions.
     *
     * @throws NoSuchUserException no such user
     * @throws WeakPasswordException the password breaks the policy
     */
    public void changePassword(String username, String password, String actor) {
        BackOfficeUser user = find(username);
        policy.check(user.username(), password);
        users.changePassword(user.id(), hashing.hash(password), actor);
    }

    /** Disables a user by name and ends their sessions. */
    public BackOfficeUser disable(String username, String actor) {
        BackOfficeUser user = find(username);
        users.disable(user.id(), actor);
        return users.findById(user.id()).orElseThrow();
    }

    /** Disables a user by id and ends their sessions. */
    public BackOfficeUser disable(long id, String actor) {
        users.disable(id, actor);
        return users.findById(id).orElseThrow(() -> new NoSuchUserException("with id " + id));
    }

    public List<BackOfficeUser> list() {
        return users.findAll();
    }

    public boolean anyUserExists() {
        return users.anyExists();
    }

    public PasswordPolicy policy() {
        return policy;
    }

    private BackOfficeUser find(String username) {
        String name = normalise(username);
        return users.findByUsername(name).orElseThrow(() -> new NoSuchUserException("'" + name + "'"));
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
