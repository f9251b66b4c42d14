package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.user.AuthSettings;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.mail.MailOutbox;
import org.ledgerline.storage.mail.NewOutboxMessage;
import org.ledgerline.storage.mail.OutboxMessage;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.user.Role;

/**
 * {@code GET /api/outbox?status=failing} over real HTTP against a real ledger: admins and credit
 * managers see the emails that keep failing; everyone else is refused.
 */
class FailingOutboxApiIT {
    private static Ledger ledger;
    private static Vertx vertx;
    private static BackOfficeClient client;
    private static OutboxMessage givenUp;
    private static OutboxMessage retrying;

    @BeforeAll
    static void start() {
        ledger = TestLedgers.newLedger();
        TestBackOffice.addUser(ledger, "admin", Role.ADMIN);
        TestBackOffice.addUser(ledger, "manager", Role.CREDIT_MANAGER);
        TestBackOffice.addUser(ledger, "auditor", Role.AUDITOR);
        TestBackOffice.addUser(ledger, "collector", Role.COLLECTOR);
        MailOutbox outbox = ledger.mailOutbox();
        givenUp = outbox.enqueue(email("dispute-escalated:1", "Escalated dispute D-1"));
        retrying = outbox.enqueue(email("dispute-escalated:2", "Escalated dispute D-2"));
        OutboxMessage sent = outbox.enqueue(email("dispute-escalated:3", "Escalated dispute D-3"));
        outbox.enqueue(email("dispute-escalated:4", "Escalated dispute D-4"));
        outbox.claimDue(3, Duration.ofMinutes(1));
        outbox.markFailing(givenUp.id(),
                "SMTP server smtp.example:25 refused or could not be reached: 550 no such user");
        outbox.retryLater(retrying.id(), "SMTP server smtp.example:25 did not accept the email within PT10S",
                Duration.ofMinutes(5));
        outbox.markSent(sent.id());
        vertx = Vertx.vertx();
        HttpVerticle http = new HttpVerticle("127.0.0.1", 0, List.of(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                TestBackOffice.auth(ledger, AuthSettings.defaults(), Clock.systemUTC(), false),
                List.of(new OutboxRoutes(ledger.mailOutbox(), ledger.audit())));
        vertx.deployVerticle(http).await();
        client = new BackOfficeClient(http.actualPort());
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
        ledger.close();
    }

    private static NewOutboxMessage email(String key, String subject) {
        return new NewOutboxMessage(key, "ledgerline@bank.example", "credit@bank.example", subject, "body");
    }

    @Test
    void anAdminAndACreditManagerSeeTheEmailsThatKeepFailingWithWhyAndWhenNext() {
        for (String who : List.of("admin", "manager")) {
            BackOfficeClient.Answer answer = client.get("/api/outbox?status=failing",
                    client.signInOk(who, TestBackOffice.PASSWORD).id());

            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            List<JsonObject> messages = answer.json().getJsonArray("messages").stream().map(JsonObject.class::cast)
                    .toList();
            assertThat(messages).extracting(m -> m.getLong("id")).containsExactly(givenUp.id(), retrying.id());
            JsonObject first = messages.getFirst();
            assertThat(first.getString("status")).isEqualTo("FAILING");
            assertThat(first.getString("recipient")).isEqualTo("credit@bank.example");
            assertThat(first.getString("subject")).isEqualTo("Escalated dispute D-1");
            assertThat(first.getInteger("attempts")).isEqualTo(1);
            assertThat(first.getString("lastError")).contains("550 no such user");
            assertThat(first.getValue("nextAttemptAt")).as("given up: no next attempt").isNull();
            JsonObject second = messages.get(1);
            assertThat(second.getString("status")).isEqualTo("PENDING");
            assertThat(second.getString("nextAttemptAt")).isNotBlank();
        }
        assertThat(ledger.audit().findBySubject("mail_outbox", "failing"))
                .extracting(AuditEntry::actor).containsExactly("admin", "manager");
    }

    @Test
    void anAuditorOrACollectorIsRefusedAndNobodySignedInIsAskedToSignIn() {
        for (String who : List.of("auditor", "collector")) {
            assertThat(client.get("/api/outbox?status=failing", client.signInOk(who, TestBackOffice.PASSWORD).id())
                    .status())
                    .as(who).isEqualTo(403);
        }
        assertThat(client.get("/api/outbox?status=failing", null).status()).isEqualTo(401);
    }

    @Test
    void anyOtherListIsABadRequestThatSaysWhy() {
        String session = client.signInOk("admin", TestBackOffice.PASSWORD).id();
        for (String query : List.of("", "?status=sent", "?status=failing&status=pending", "?status=%3Cscript%3E")) {
            BackOfficeClient.Answer answer = client.get("/api/outbox" + query, session);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.json().getString("field")).isEqualTo("status");
            assertThat(answer.body()).doesNotContain("<script>");
        }
    }
}
