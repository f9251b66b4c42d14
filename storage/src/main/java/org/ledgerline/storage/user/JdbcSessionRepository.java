package org.ledgerline.storage.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.jdbc.Jdbc;

/** Sessions in table {@code sessions}; sign-outs audited in the same transaction. */
public final class JdbcSessionRepository implements SessionRepository {
    public static final String SIGN_OUT = "SIGN_OUT";

    private static final String INSERT = """
            insert into sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
            values (?, ?, ?, ?, ?, ?)
            """;
    private static final String FIND = """
            select id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at
              from sessions
             where id_hash = ?
            """;
    private static final String TOUCH = "update sessions set last_seen_at = greatest(last_seen_at, ?) where id_hash = ?";
    private static final String DELETE = "delete from sessions where id_hash = ?";
    private static final String DELETE_EXPIRED = "delete from sessions where expires_at <= ? or last_seen_at <= ?";

    private final Jdbc jdbc;
    private final AuditLog audit;

    public JdbcSessionRepository(Jdbc jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public void create(StoredSession session, Optional<byte[]> replacedIdHash) {
        jdbc.inTransaction("start a session", () -> {
            replacedIdHash.ifPresent(old -> jdbc.update("end the replaced session", DELETE, (Object) old));
            jdbc.update("start a session", INSERT, session.idHash(), session.userId(), session.csrfToken(),
                    session.createdAt(), session.lastSeenAt(), session.expiresAt());
        });
    }

    @Override
    public Optional<StoredSession> find(byte[] idHash) {
        return jdbc.queryOptional("find a session", FIND, JdbcSessionRepository::session, (Object) idHash);
    }

    @Override
    public void touch(byte[] idHash, Instant lastSeenAt) {
        jdbc.update("record session activity", TOUCH, lastSeenAt, idHash);
    }

    @Override
    public boolean signOut(byte[] idHash, String username) {
        return jdbc.inTransaction("sign out", () -> {
            boolean ended = jdbc.update("sign out", DELETE, (Object) idHash) == 1;
            if (ended) {
                audit.append(username, SIGN_OUT, JdbcUserRepository.SUBJECT, username, null, "Signed out");
            }
            return ended;
        });
    }

    @Override
    public boolean expire(byte[] idHash) {
        return jdbc.update("end an expired session", DELETE, (Object) idHash) == 1;
    }

    @Override
    public int deleteExpired(Instant now, Instant idleBefore) {
        return jdbc.update("remove expired sessions", DELETE_EXPIRED, now, idleBefore);
    }

    private static StoredSession session(ResultSet row) throws SQLException {
        return new StoredSession(
                row.getBytes("id_hash"),
                row.getLong("user_id"),
                row.getString("csrf_token"),
                Jdbc.requiredInstant(row, "created_at"),
                Jdbc.requiredInstant(row, "last_seen_at"),
                Jdbc.requiredInstant(row, "expires_at"));
    }
}
