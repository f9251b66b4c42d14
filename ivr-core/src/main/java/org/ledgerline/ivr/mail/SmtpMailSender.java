package org.ledgerline.ivr.mail;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ledgerline.storage.mail.OutboxMessage;

/**
 * Sends outbox emails over SMTP with the Vert.x mail client. The outbox worker's thread waits on
 * the send (never an event loop: this class refuses that); a refusal, a socket error or a time-out
 * becomes {@link MailDeliveryException}, whose text has the configured password (and user name)
 * masked, since it ends up in the outbox row, the log and the back office.
 */
public final class SmtpMailSender implements MailSender, AutoCloseable {
    private static final String MASK = "****";

    private final MailClient client;
    private final SmtpSettings settings;

    public SmtpMailSender(Vertx vertx, SmtpSettings settings) {
        this.settings = settings;
        MailConfig config = new MailConfig()
                .setHostname(settings.host())
                .setPort(settings.port())
                .setStarttls(StartTLSOptions.valueOf(settings.starttls()))
                .setKeepAlive(false);
        config.setConnectTimeout(Math.toIntExact(settings.timeout().toMillis()));
        if (settings.username().isEmpty()) {
            config.setLogin(LoginOption.DISABLED);
        } else {
            config.setLogin(LoginOption.REQUIRED).setUsername(settings.username()).setPassword(settings.password());
        }
        this.client = MailClient.create(vertx, config);
    }

    @Override
    public void send(OutboxMessage outgoing) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("an email must not be sent from an event loop");
        }
        MailMessage message = new MailMessage()
                .setFrom(outgoing.sender())
                .setTo(outgoing.recipient())
                .setSubject(outgoing.subject())
                .setText(outgoing.body());
        // Ours, not the client's generated one: every attempt for this row carries the same id.
        message.addHeader("Message-ID", outgoing.messageId());
        try {
            client.sendMail(message).toCompletionStage().toCompletableFuture()
                    .get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new MailDeliveryException(
                    "SMTP server " + where() + " did not accept the email within " + settings.timeout(), e);
        } catch (ExecutionException e) {
            Throwable refusal = Objects.requireNonNullElse(e.getCause(), e);
            // The mail client fails its future with the SMTP reply or the socket error: this adapter's boundary.
            throw new MailDeliveryException("SMTP server " + where() + " refused or could not be reached: "
                    + masked(String.valueOf(refusal.getMessage())), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailDeliveryException("interrupted while sending to " + where(), e);
        }
    }

    private String where() {
        return settings.host() + ":" + settings.port();
    }

    /** The server's words, minus anything that could be a credential echoed back. */
    private String masked(String text) {
        String result = text;
        if (!settings.password().isEmpty()) {
            result = result.replace(settings.password(), MASK);
        }
        if (!settings.username().isEmpty()) {
            result = result.replace(settings.username(), MASK);
        }
        return result;
    }

    @Override
    public void close() {
        client.close();
    }
}
