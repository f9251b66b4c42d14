package org.ledgerline.storage.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.jdbc.Jdbc;

/** API tokens in table {@code api_tokens}; creation and revocation audited in the same transaction. */
public final class JdbcApiTokenRepository implements ApiTokenRepository {
    public static final String TOKEN_CREATED = "API_TOKEN_CREATED";
    public static final String TOKEN_REVOKED = "API_TOKEN_REVOKED";
    /** The audit subject type of every line about a token; the subject id is the token's id. */
    public static final String SUBJECT = "api_token";

    private static final String COLUMNS = "id, name, roles, created_by, created_at, revoked_at, last_used_at";
    private static final String INSERT = """
            insert into api_tokens (token_hash, name, roles, created_by, created_at)
            values (?, ?, string_to_array(?, ','), ?, ?)
            returning %s
            """.formatted(COLUMNS);
    private static final String FIND_VALID = "select " + COLUMNS
            + " from api_tokens where token_hash = ? and revoked_at is null";
    private static final String FIND_ALL = "select " + COLUMNS + " from api_tokens order by id desc";
    private static final String MARK_USED = "update api_tokens set last_used_at = ? where id = ?";
    private static final String REVOKE = """
            update api_tokens set revoked_at = ?
             where id = ? and revoked_at is null
            returning name
            """;
    private static final String EXISTS = "select exists (select 1 from api_tokens where id = ?)";

    private final Jdbc jdbc;
    private final AuditLog audit;

    public JdbcApiTokenRepository(Jdbc jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public ApiToken create(byte[] tokenHash, String name, Set<Role> roles, String actor, Instant now) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an API token needs at least one role");
        }
        return jdbc.inTransaction("create an API token", () -> {
            ApiToken token = jdbc.queryOne("create an API token", INSERT, JdbcApiTokenRepository::token,
                    tokenHash, name, JdbcUserRepository.names(roles), actor, now);
            audit.append(actor, TOKEN_CREATED, SUBJECT, Long.toString(token.id()), null,
                    "Created token '" + name + "' with roles " + JdbcUserRepository.names(roles));
            return token;
        });
    }

    @Override
    public Optional<ApiToken> findValid(byte[] tokenHash) {
        return jdbc.queryOptional("find an API token", FIND_VALID, JdbcApiTokenRepository::token, (Object) tokenHash);
    }

    @Override
    public List<ApiToken> findAll() {
        return jdbc.query("list API tokens", FIND_ALL, JdbcApiTokenRepository::token);
    }

    @Override
    public void markUsed(long id, Instant at) {
        jdbc.update("record an API token's use", MARK_USED, at, id);
    }

    @Override
    public boolean revoke(long id, String actor, Instant now) {
        return jdbc.inTransaction("revoke an API token", () -> {
            Optional<String> name = jdbc.queryOptional("revoke an API token", REVOKE, row -> row.getString(1), now, id);
            if (name.isEmpty()) {
                if (!jdbc.queryOne("find an API token", EXISTS, row -> row.getBoolean(1), id)) {
                    throw new NoSuchApiTokenException(id);
                }
                return false;
            }
            audit.append(actor, TOKEN_REVOKED, SUBJECT, Long.toString(id), null, "Revoked token '" + name.get() + "'");
            return true;
        });
    }

    private static ApiToken token(ResultSet row) throws SQLException {
        return new ApiToken(
                row.getLong("id"),
                row.getString("name"),
                JdbcUserRepository.roles(row),
                row.getString("created_by"),
                Jdbc.requiredInstant(row, "created_at"),
                Jdbc.instant(row, "revoked_at"),
                Jdbc.instant(row, "last_used_at"));
    }
}
