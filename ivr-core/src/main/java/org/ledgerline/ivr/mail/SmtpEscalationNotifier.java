package org.ledgerline.ivr.mail;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ledgerline.ivr.dispute.EscalationNotificationException;
import org.ledgerline.ivr.dispute.EscalationNotifier;
import org.ledgerline.storage.dispute.DisputeView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emails the credit manager about an escalated dispute over SMTP with the Vert.x mail client. The
 * call's virtual thread waits on the send's {@code Future} ({@code await} with a timeout parks it;
 * Vert.x refuses that on an event loop, and so does this class). A failure or a timeout becomes
 * {@link EscalationNotificationException}; the dispute flow then raises an alert.
 */
public final class SmtpEscalationNotifier implements EscalationNotifier, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SmtpEscalationNotifier.class);

    private final MailClient client;
    private final SmtpSettings settings;

    public SmtpEscalationNotifier(Vertx vertx, SmtpSettings settings) {
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
    public void notifyEscalation(DisputeView dispute) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("escalation email must not block an event loop");
        }
        EscalationEmail email = EscalationEmail.of(dispute, settings);
        MailMessage message = new MailMessage()
                .setFrom(settings.from())
                .setTo(settings.creditManager())
                .setSubject(email.subject())
                .setText(email.body());
        try {
            client.sendMail(message).await(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            log.info("credit manager emailed about dispute {}", dispute.referenceNumber());
        } catch (TimeoutException e) {
            throw new EscalationNotificationException("SMTP server " + settings.host() + ":" + settings.port()
                    + " did not accept the email within " + settings.timeout(), e);
        } catch (RuntimeException e) {
            // The mail client fails its future with the SMTP or socket error; it is the adapter's boundary.
            throw new EscalationNotificationException("SMTP server " + settings.host() + ":" + settings.port()
                    + " refused or could not be reached: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
