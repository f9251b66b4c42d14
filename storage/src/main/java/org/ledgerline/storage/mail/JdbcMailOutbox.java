package org.ledgerline.storage.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.ledgerline.storage.alert.AlertRepository;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;

/** The outbox in table {@code mail_outbox}. */
public final class JdbcMailOutbox implements MailOutbox {
    /** Longer errors are cut: an SMTP transcript can run long, and the back office shows one line. */
    static final int MAX_ERROR_LENGTH = 500;

    private static final String COLUMNS = """
            id, idempotency_key, message_id, sender, recipient, subject, body, status, attempts,
            next_attempt_at, last_error, created_at, sent_at
            """;

    private static final String ENQUEUE = """
            insert into mail_outbox (idempotency_key, message_id, sender, recipient, subject, body)
            values (?, ?, ?, ?, ?, ?)
            on conflict (idempotency_key) do nothing
            returning %s
            """.formatted(COLUMNS);

    private static final String FIND_BY_KEY = "select " + COLUMNS + " from mail_outbox where idempotency_key = ?";
    private static final String FIND_BY_ID = "select " + COLUMNS + " from mail_outbox where id = ?";

    /*
     * The lock of FOR UPDATE SKIP LOCKED lasts only this statement's transaction; the lease (a later
     * next_attempt_at) is what keeps other workers off the row while this one talks to SMTP.
     */
    private static final String CLAIM_DUE = """
            with due as (
                select id
                  from mail_outbox
                 where status = 'PENDING' and next_attempt_at <= now()
                 order by next_attempt_at, id
                 limit ?
                   for update skip locked
            )
            update mail_outbox m
               set attempts = m.attempts + 1,
                   next_attempt_at = now() + ? * interval '1 millisecond'
              from due
             where m.id = due.id
            returning m.*
            """;

    private static final String MARK_SENT = """
            update mail_outbox
               set status = 'SENT', sent_at = now(), last_error = null
             where id = ? and status = 'PENDING'
            """;

    private static final String RETRY_LATER = """
            update mail_outbox
               set last_error = ?, next_attempt_at = now() + ? * interval '1 millisecond'
             where id = ? and status = 'PENDING'
            """;

    private static final String MARK_FAILING = """
            update mail_outbox
               set status = 'FAILING', last_error = ?
             where id = ? and status = 'PENDING'
            """;

    private static final String FIND_FAILING = """
            select %s
              from mail_outbox
             where status = 'FAILING'
                or (status = 'PENDING' and last_error is not null)
             order by created_at, id
            """.formatted(COLUMNS);

    private final Jdbc jdbc;
    private final AlertRepository alerts;

    public JdbcMailOutbox(Jdbc jdbc, AlertRepository alerts) {
        this.jdbc = jdbc;
        this.alerts = alerts;
    }

    @Override
    public OutboxMessage enqueue(NewOutboxMessage message) {
        Objects.requireNonNull(message, "message");
        return jdbc.inTransaction("queue an email", () -> jdbc
                .queryOptional("queue an email", ENQUEUE, JdbcMailOutbox::message, message.idempotencyKey(),
                        newMessageId(message.sender()), message.sender(), message.recipient(), message.subject(),
                        message.body())
                .or(() -> findByIdempotencyKey(message.idempotencyKey()))
                .orElseThrow(
                        () -> new StorageException("An outbox email's idempotency key collided but its row is gone")));
    }

    @Override
    public List<OutboxMessage> claimDue(int limit, Duration lease) {
        if (limit < 1 || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("claim at least one email for a positive lease");
        }
        return jdbc.inTransaction("claim due emails",
                () -> jdbc.query("claim due emails", CLAIM_DUE, JdbcMailOutbox::message, limit, lease.toMillis()));
    }

    @Override
    public boolean markSent(long id) {
        return jdbc.update("mark an email sent", MARK_SENT, id) == 1;
    }

    @Override
    public boolean retryLater(long id, String error, Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a retry delay cannot be negative");
        }
        return jdbc.update("schedule an email's retry", RETRY_LATER, shorten(error), delay.toMillis(), id) == 1;
    }

    @Override
    public boolean markFailing(long id, String error) {
        return jdbc.inTransaction("give up on an email", () -> {
            if (jdbc.update("give up on an email", MARK_FAILING, shorten(error), id) != 1) {
                return false;
            }
            OutboxMessage failing = findById(id)
                    .orElseThrow(() -> new StorageException("An email vanished while failing"));
            alerts.raise("mail-outbox-failing:" + id, FAILING_ALERT_KIND, null, null,
                    "Email not delivered: " + failing.subject(),
                    "The email '" + failing.subject() + "' to " + failing.recipient() + " failed " + failing.attempts()
                            + " attempts and is no longer retried (outbox id " + id + "). Last error: "
                            + failing.lastError());
            return true;
        });
    }

    @Override
    public Optional<OutboxMessage> findById(long id) {
        return jdbc.queryOptional("find an email", FIND_BY_ID, JdbcMailOutbox::message, id);
    }

    @Override
    public Optional<OutboxMessage> findByIdempotencyKey(String idempotencyKey) {
        return jdbc.queryOptional("find an email", FIND_BY_KEY, JdbcMailOutbox::message, idempotencyKey);
    }

    @Override
    public List<OutboxMessage> findFailing() {
        return jdbc.query("find failing emails", FIND_FAILING, JdbcMailOutbox::message);
    }

    /** {@code <outbox.<uuid>@<sender's domain>>}: unique, stable for the row's life, and says where it came from. */
    static String newMessageId(String sender) {
        int at = sender.lastIndexOf('@');
        String domain = at < 0 || at == sender.length() - 1
                ? "ledgerline.invalid"
                : sender.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return "<outbox." + UUID.randomUUID() + "@" + (domain.isEmpty() ? "ledgerline.invalid" : domain) + ">";
    }

    private static String shorten(String error) {
        String text = error == null || error.isBlank() ? "unknown error" : error.strip();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private static OutboxMessage message(ResultSet row) throws SQLException {
        return new OutboxMessage(
                row.getLong("id"),
                row.getString("idempotency_key"),
                row.getString("message_id"),
                row.getString("sender"),
                row.getString("recipient"),
                row.getString("subject"),
                row.getString("body"),
                OutboxStatus.valueOf(row.getString("status")),
                row.getInt("attempts"),
                Jdbc.requiredInstant(row, "next_attempt_at"),
                row.getString("last_error"),
                Jdbc.requiredInstant(row, "created_at"),
                Jdbc.instant(row, "sent_at"));
    }
}
