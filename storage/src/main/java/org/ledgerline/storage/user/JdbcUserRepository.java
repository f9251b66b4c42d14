package org.ledgerline.storage.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.jdbc.DuplicateKeyException;
import org.ledgerline.storage.jdbc.Jdbc;

/** Users in tables {@code users} and {@code user_roles}; changes audited in the same transaction. */
public final class JdbcUserRepository implements UserRepository {
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_PASSWORD_CHANGED = "USER_PASSWORD_CHANGED";
    public static final String USER_DISABLED = "USER_DISABLED";
    public static final String USER_LOCKED = "USER_LOCKED";
    public static final String SIGN_IN = "SIGN_IN";
    public static final String USER_CALLER_ID_SET = "USER_CALLER_ID_SET";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    /** The audit subject type of every line about a user. */
    public static final String SUBJECT = "user";

    /** Longest attempted username written to the audit log; anything longer is a probe, not a name. */
    private static final int MAX_AUDITED_USERNAME = 64;

    private static final String COLUMNS = """
            u.id, u.username, u.display_name, u.active, u.password_hash, u.telephony_endpoint, u.caller_id, u.created_at,
            u.last_sign_in_at, u.failed_sign_ins, u.locked_until,
            array(select r.role from user_roles r where r.user_id = u.id order by r.role) as roles""";

    private static final String INSERT = """
            insert into users (username, display_name, password_hash, telephony_endpoint, caller_id)
            values (?, ?, ?, ?, ?)
            returning id
            """;
    private static final String INSERT_ROLE = "insert into user_roles (user_id, role) values (?, ?)";
    private static final String FIND_BY_ID = "select " + COLUMNS + " from users u where u.id = ?";
    private static final String FIND_BY_USERNAME = "select " + COLUMNS + " from users u where u.username = ?";
    private static final String FIND_ALL = "select " + COLUMNS + " from users u order by u.username";
    private static final String FIND_BY_ENDPOINT = "select " + COLUMNS
            + " from users u where u.telephony_endpoint = ? order by u.username";
    private static final String FIND_BY_CALLER_ID = "select " + COLUMNS
            + " from users u where u.caller_id = ? order by u.username";
    private static final String SET_CALLER_ID = "update users set caller_id = ? where id = ? returning username";
    private static final String ANY = "select exists (select 1 from users)";

    private static final String CHANGE_PASSWORD = """
            update users
               set password_hash = ?, failed_sign_ins = 0, locked_until = null
             where id = ?
            returning username
            """;
    private static final String DISABLE = "update users set active = false where id = ? returning username";
    private static final String END_SESSIONS = "delete from sessions where user_id = ?";

    /*
     * One statement reads and writes the counter, so two failures at once both count: the row
     * lock of the UPDATE serialises them. Reaching the limit locks and starts the count again.
     */
    private static final String COUNT_FAILURE = """
            update users u
               set failed_sign_ins = case when u.failed_sign_ins + 1 >= ? then 0 else u.failed_sign_ins + 1 end,
                   locked_until = case when u.failed_sign_ins + 1 >= ? then ? else u.locked_until end
             where u.id = ?
            returning u.failed_sign_ins = 0 as locked_now
            """;

    private static final String SIGNED_IN = """
            update users
               set failed_sign_ins = 0, last_sign_in_at = ?
             where id = ?
            returning username
            """;

    private final Jdbc jdbc;
    private final AuditLog audit;

    public JdbcUserRepository(Jdbc jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public BackOfficeUser create(NewUser user, String actor) {
        try {
            return jdbc.inTransaction("create a user", () -> {
                long id = jdbc.queryOne("create a user", INSERT, row -> row.getLong(1),
                        user.username(), user.displayName(), user.passwordHash(), user.endpoint().orElse(null),
                        user.callerId().orElse(null));
                for (Role role : user.roles()) {
                    jdbc.update("give a user a role", INSERT_ROLE, id, role.dbName());
                }
                audit.append(actor, USER_CREATED, SUBJECT, user.username(), null,
                        "Created " + user.username() + " (" + user.displayName() + ") with roles " + names(user.roles())
                                + user.endpoint().map(endpoint -> ", endpoint " + endpoint).orElse("")
                                + user.callerId().map(callerId -> ", caller ID " + callerId).orElse(""));
                return findById(id).orElseThrow();
            });
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException(user.username(), e);
        }
    }

    @Override
    public Optional<BackOfficeUser> findById(long id) {
        return jdbc.queryOptional("find a user", FIND_BY_ID, JdbcUserRepository::user, id);
    }

    @Override
    public Optional<BackOfficeUser> findByUsername(String username) {
        return jdbc.queryOptional("find a user by name", FIND_BY_USERNAME, JdbcUserRepository::user, username);
    }

    @Override
    public List<BackOfficeUser> findAll() {
        return jdbc.query("list users", FIND_ALL, JdbcUserRepository::user);
    }

    @Override
    public List<BackOfficeUser> findByEndpoint(String endpoint) {
        return jdbc.query("find users by endpoint", FIND_BY_ENDPOINT, JdbcUserRepository::user, endpoint);
    }

    @Override
    public List<BackOfficeUser> findByCallerId(String callerId) {
        return jdbc.query("find users by caller ID", FIND_BY_CALLER_ID, JdbcUserRepository::user, callerId);
    }

    @Override
    public void setCallerId(long id, Optional<String> callerId, String actor) {
        jdbc.inTransaction("set a user's caller ID", () -> {
            String username = jdbc.queryOptional("set a user's caller ID", SET_CALLER_ID, row -> row.getString(1),
                    callerId.orElse(null), id).orElseThrow(() -> new NoSuchUserException("with id " + id));
            audit.append(actor, USER_CALLER_ID_SET, SUBJECT, username, null,
                    callerId.map(value -> "Caller ID of " + username + " set to " + value)
                            .orElse("Caller ID of " + username + " removed"));
            return username;
        });
    }

    @Override
    public boolean anyExists() {
        return jdbc.queryOne("check for users", ANY, row -> row.getBoolean(1));
    }

    @Override
    public void changePassword(long id, String passwordHash, String actor) {
        jdbc.inTransaction("change a password", () -> {
            String username = jdbc
                    .queryOptional("change a password", CHANGE_PASSWORD, row -> row.getString(1), passwordHash, id)
                    .orElseThrow(() -> new NoSuchUserException("with id " + id));
            int ended = jdbc.update("end a user's sessions", END_SESSIONS, id);
            audit.append(actor, USER_PASSWORD_CHANGED, SUBJECT, username, null,
                    "Password changed; lock lifted; " + ended + " session(s) ended");
        });
    }

    @Override
    public void disable(long id, String actor) {
        jdbc.inTransaction("disable a user", () -> {
            String username = jdbc.queryOptional("disable a user", DISABLE, row -> row.getString(1), id)
                    .orElseThrow(() -> new NoSuchUserException("with id " + id));
            int ended = jdbc.update("end a user's sessions", END_SESSIONS, id);
            audit.append(actor, USER_DISABLED, SUBJECT, username, null, "Disabled; " + ended + " session(s) ended");
        });
    }

    @Override
    public BackOfficeUser recordFailedSignIn(long id, int maxFailures, Duration lockout, Instant now, String detail) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        return jdbc.inTransaction("count a failed sign-in", () -> {
            boolean lockedNow = jdbc.queryOptional("count a failed sign-in", COUNT_FAILURE, row -> row.getBoolean(1),
                    maxFailures, maxFailures, now.plus(lockout), id)
                    .orElseThrow(() -> new NoSuchUserException("with id " + id));
            BackOfficeUser after = findById(id).orElseThrow();
            audit.append(after.username(), SIGN_IN_FAILED, SUBJECT, after.username(), null, "Wrong password " + detail);
            if (lockedNow) {
                audit.append(after.username(), USER_LOCKED, SUBJECT, after.username(), null,
                        "Locked until " + after.lockedUntil() + " after " + maxFailures + " failed sign-ins");
            }
            return after;
        });
    }

    @Override
    public void recordRefusedSignIn(String attemptedUsername, String detail) {
        String shown = attemptedUsername.length() > MAX_AUDITED_USERNAME
                ? attemptedUsername.substring(0, MAX_AUDITED_USERNAME) + "..."
                : attemptedUsername;
        audit.append(shown, SIGN_IN_FAILED, SUBJECT, shown, null, "Refused: " + detail);
    }

    @Override
    public void recordSignIn(long id, Instant now, String detail) {
        jdbc.inTransaction("record a sign-in", () -> {
            String username = jdbc.queryOptional("record a sign-in", SIGNED_IN, row -> row.getString(1), now, id)
                    .orElseThrow(() -> new NoSuchUserException("with id " + id));
            audit.append(username, SIGN_IN, SUBJECT, username, null, "Signed in " + detail);
        });
    }

    static String names(Set<Role> roles) {
        return String.join(",", roles.stream().map(Role::dbName).sorted().toList());
    }

    /** The roles column as {@link #names} wrote it: users' and API tokens' rows share the form. */
    static Set<Role> roles(ResultSet row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : Jdbc.list(row, "roles", String.class)) {
            roles.add(Role.fromDbName(role));
        }
        return roles;
    }

    private static BackOfficeUser user(ResultSet row) throws SQLException {
        return new BackOfficeUser(
                row.getLong("id"),
                row.getString("username"),
                row.getString("display_name"),
                row.getBoolean("active"),
                row.getString("password_hash"),
                roles(row),
                Optional.ofNullable(row.getString("telephony_endpoint")),
                Jdbc.requiredInstant(row, "created_at"),
                Jdbc.instant(row, "last_sign_in_at"),
                row.getInt("failed_sign_ins"),
                Jdbc.instant(row, "locked_until"),
                Optional.ofNullable(row.getString("caller_id")));
    }
}
