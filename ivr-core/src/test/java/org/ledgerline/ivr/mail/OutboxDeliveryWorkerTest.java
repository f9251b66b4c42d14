package org.ledgerline.ivr.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.mail.MailOutbox;
import org.ledgerline.storage.mail.NewOutboxMessage;
import org.ledgerline.storage.mail.OutboxMessage;
import org.ledgerline.storage.mail.OutboxStatus;

/** The worker's decisions over an in-memory outbox and a scripted sender (the SMTP side is in OutboxDeliveryIT). */
class OutboxDeliveryWorkerTest {
    private static final OutboxSettings SETTINGS = new OutboxSettings(
            Duration.ofSeconds(5), 3, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofSeconds(10));

    /** Every row is always due; records what the worker did to each. */
    private static final class RecordingOutbox implements MailOutbox {
        final Map<Long, OutboxMessage> rows = new LinkedHashMap<>();
        final List<String> calls = new ArrayList<>();

        void add(long id, int attemptsSoFar) {
            rows.put(id,
                    new OutboxMessage(id, "key-" + id, "<m" + id + "@x>", "from@x", "to@x", "subject " + id, "body",
                            OutboxStatus.PENDING, attemptsSoFar, Instant.EPOCH, null, Instant.EPOCH, null));
        }

        @Override
        public OutboxMessage enqueue(NewOutboxMessage message) {
            throw new UnsupportedOperationException("the worker never queues");
        }

        @Override
        public List<OutboxMessage> claimDue(int limit, Duration lease) {
            List<OutboxMessage> claimed = new ArrayList<>();
            for (OutboxMessage row : List.copyOf(rows.values())) {
                if (row.status() == OutboxStatus.PENDING && claimed.size() < limit
                        && !calls.contains("claimed " + row.id())) {
                    OutboxMessage leased = new OutboxMessage(row.id(), row.idempotencyKey(), row.messageId(),
                            row.sender(),
                            row.recipient(), row.subject(), row.body(), row.status(), row.attempts() + 1,
                            row.nextAttemptAt(),
                            row.lastError(), row.createdAt(), row.sentAt());
                    rows.put(row.id(), leased);
                    calls.add("claimed " + row.id());
                    claimed.add(leased);
                }
            }
            return claimed;
        }

        @Override
        public boolean markSent(long id) {
            calls.add("sent " + id);
            return true;
        }

        @Override
        public boolean retryLater(long id, String error, Duration delay) {
            calls.add("retry " + id + " in " + delay + ": " + error);
            return true;
        }

        @Override
        public boolean markFailing(long id, String error) {
            calls.add("failing " + id + ": " + error);
            return true;
        }

        @Override
        public Optional<OutboxMessage> findById(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<OutboxMessage> findByIdempotencyKey(String idempotencyKey) {
            return rows.values().stream().filter(row -> row.idempotencyKey().equals(idempotencyKey)).findFirst();
        }

        @Override
        public List<OutboxMessage> findFailing() {
            return List.of();
        }
    }

    private final RecordingOutbox outbox = new RecordingOutbox();
    private final List<String> refused = new ArrayList<>();
    private final MailSender sender = message -> {
        if (refused.contains(message.idempotencyKey())) {
            throw new MailDeliveryException("421 try later", null);
        }
    };
    /** Always the top of the jitter range, so the waits are exact. */
    private final RandomGenerator highest = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    @Test
    void anAcceptedEmailIsMarkedSentAndAFailedOneIsRetriedAfterItsBackOffUntilTheLastAttemptGivesUp() {
        outbox.add(1, 0);
        outbox.add(2, 0);
        outbox.add(3, 1);
        outbox.add(4, 2);
        refused.addAll(List.of("key-2", "key-3", "key-4"));
        OutboxDeliveryWorker worker = new OutboxDeliveryWorker(outbox, sender, SETTINGS, highest);

        assertThat(worker.deliverDue()).isEqualTo(1);

        assertThat(outbox.calls).filteredOn(call -> !call.startsWith("claimed")).containsExactly(
                "sent 1",
                "retry 2 in PT30S: 421 try later",
                "retry 3 in PT1M: 421 try later",
                "failing 4: 421 try later");
        worker.close();
    }
}
