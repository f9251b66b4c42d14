package org.ledgerline.ivr.app;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.ledgerline.ivr.call.CallRunner;
import org.ledgerline.ivr.call.RecordingControl;
import org.ledgerline.ivr.call.control.CallControl;
import org.ledgerline.ivr.config.LedgerLineConfig;
import org.ledgerline.ivr.http.DisputeRoutes;
import org.ledgerline.ivr.http.HttpVerticle;
import org.ledgerline.ivr.http.ReadinessCheck;
import org.ledgerline.ivr.payment.PaymentGateway;
import org.ledgerline.ivr.payment.SandboxPaymentGateway;
import org.ledgerline.ivr.mail.SmtpEscalationNotifier;
import org.ledgerline.ivr.mail.SmtpSettings;
import org.ledgerline.ivr.promise.PromiseSettlementJob;
import org.ledgerline.ivr.telephony.agi.AgiMetrics;
import org.ledgerline.ivr.telephony.agi.CallScript;
import org.ledgerline.ivr.telephony.agi.FastAgiServer;
import org.ledgerline.ivr.telephony.ami.AmiCallControl;
import org.ledgerline.ivr.telephony.ami.AmiConnection;
import org.ledgerline.ivr.telephony.ami.AmiMetrics;
import org.ledgerline.ivr.telephony.ami.AmiRecordingControl;
import org.ledgerline.ivr.telephony.ami.AmiSettings;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.account.PinHasher;
import org.ledgerline.storage.jdbc.EmbeddedLedgerServer;
import org.ledgerline.storage.seed.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running LedgerLine node: the ledger (embedded PostgreSQL or a real one), the prompts, the
 * FastAGI server on virtual threads, the Vert.x HTTP endpoints, the escalation mailer and the
 * promise settlement job. {@link #start} brings them up in dependency order; {@link #close} takes
 * them down in reverse, also when start-up fails halfway.
 */
public final class LedgerLineServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerLineServer.class);

    /** How long to wait between AMI login tries while Asterisk is not (yet) reachable. */
    private static final Duration AMI_RETRY_INTERVAL = Duration.ofSeconds(5);

    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();

    private Ledger ledger;
    private AmiConnection ami;
    private AmiCallControl callControl;
    private PaymentGateway gateway;
    private FastAgiServer agi;
    private HttpVerticle http;
    private PrometheusMeterRegistry registry;

    private LedgerLineServer() {}

    /** Starts a node with the system clock. */
    public static LedgerLineServer start(LedgerLineConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** Starts a node; {@code clock} decides "today" for aging, promises and the demo data. */
    public static LedgerLineServer start(LedgerLineConfig config, Clock clock) {
        LedgerLineServer server = new LedgerLineServer();
        try {
            server.startAll(config, clock);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void startAll(LedgerLineConfig config, Clock clock) {
        ledger = openLedger(config.database());
        toClose.push(ledger);
        if (config.database().seedDemoData() && DemoSeeder.seedIfEmpty(ledger, PinHasher.standard(), LocalDate.now(clock))) {
            // No PIN in a log line, not even the demo one: the rule only holds if it has no exceptions.
            LOG.info("Seeded the demo ledger: try account {} (caller ID {}) with the demo PIN (DemoSeeder.DEMO_PIN)",
                    DemoSeeder.DEMO_ACCOUNT_NUMBER, DemoSeeder.DEMO_PHONE_NUMBER);
        }

        Vertx vertx = Vertx.vertx();
        toClose.push(() -> vertx.close().await());
        SmtpEscalationNotifier mail = new SmtpEscalationNotifier(vertx, smtpSettings(config));
        toClose.push(mail);

        CallWiring.Prompts prompts = CallWiring.preparePrompts(config.prompts());
        RecordingControl recording = startAmi(config.ami(), clock);
        gateway = new SandboxPaymentGateway();
        CallRunner runner = CallWiring.callRunner(ledger, prompts.catalog(), config,
                new CallWiring.PaymentWiring(gateway, recording, config.payments()), mail, clock);
        PromiseSettlementJob settlement = null;
        if (config.promises().settlementEnabled()) {
            settlement = new PromiseSettlementJob(ledger.promises(), clock, config.promises().settlementInterval());
            toClose.push(settlement);
        }

        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        toClose.push(registry::close);
        if (ami != null) {
            AmiMetrics.bind(registry, ami);
        }

        agi = new FastAgiServer(new CallScript(runner, prompts.sounds(), new AgiMetrics(registry), clock),
                address(config.agi().host()), config.agi().port(), config.agi().backlog());
        try {
            agi.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for FastAGI on " + config.agi().host() + ":" + config.agi().port(), e);
        }
        toClose.push(agi::stop);

        List<ReadinessCheck> checks = new ArrayList<>(List.of(
                new ReadinessCheck("ledger", ledger::isReachable),
                new ReadinessCheck("fastagi", agi::isListening)));
        if (ami != null) {
            checks.add(new ReadinessCheck("ami", ami::isConnected));
        }
        http = new HttpVerticle(config.http().host(), config.http().port(), checks, registry,
                List.of(new DisputeRoutes(ledger.disputes(), config.backOffice().timeZone())));
        vertx.deployVerticle(http).await();
        if (settlement != null) {
            settlement.start();
        }
        LOG.info("LedgerLine ready: FastAGI on {}:{}, HTTP on {}:{}",
                config.agi().host(), agi.port(), config.http().host(), http.actualPort());
    }

    /**
     * Opens the AMI connection in the background (Asterisk may start after us) when enabled, with call
     * control and its channel registry listening from the first login; without AMI the recording
     * cannot be paused, so card payments are refused with a person offered, and nobody can be called.
     */
    private RecordingControl startAmi(LedgerLineConfig.Ami config, Clock clock) {
        if (!config.enabled()) {
            LOG.info("AMI disabled (ami.enabled=false): card payments by phone will be refused");
            return new UnavailableRecordingControl();
        }
        ami = new AmiConnection(new AmiSettings(config.host(), config.port(), config.username(), config.secret(),
                config.actionTimeout()));
        toClose.push(ami);
        callControl = AmiCallControl.over(ami, clock);
        ami.openInBackground(AMI_RETRY_INTERVAL);
        return new AmiRecordingControl(ami);
    }

    private static SmtpSettings smtpSettings(LedgerLineConfig config) {
        LedgerLineConfig.Mail mail = config.mail();
        return new SmtpSettings(mail.host(), mail.port(), mail.starttls(), mail.username(), mail.password(),
                mail.from(), mail.creditManager(), mail.timeout(), config.recordings().publicBaseUrl());
    }

    private Ledger openLedger(LedgerLineConfig.Database db) {
        if (!db.embedded()) {
            return Ledger.open(new LedgerSettings(db.url(), db.user(), db.password(), db.poolSize(), db.connectionTimeout()));
        }
        EmbeddedLedgerServer embedded = EmbeddedLedgerServer.builder()
                .dataDirectory(db.embeddedDataDir())
                .port(db.embeddedPort())
                .start();
        toClose.push(embedded);
        LOG.info("Embedded PostgreSQL on port {} with data in {}", embedded.port(), db.embeddedDataDir().toAbsolutePath());
        return Ledger.open(new LedgerSettings(embedded.jdbcUrl(), embedded.user(), embedded.password(),
                db.poolSize(), db.connectionTimeout()));
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve bind address " + host, e);
        }
    }

    public int agiPort() {
        return agi.port();
    }

    public int httpPort() {
        return http.actualPort();
    }

    /** The FastAGI listener, so a test can take it down while the rest of the node keeps running. */
    FastAgiServer fastAgi() {
        return agi;
    }

    /** Call control over AMI (originate, hang up, call progress); empty when {@code ami.enabled=false}. */
    public Optional<CallControl> callControl() {
        return Optional.ofNullable(callControl);
    }

    /** The payment gateway the flows charge through (the sandbox, so tests can count its charges). */
    PaymentGateway paymentGateway() {
        return gateway;
    }

    public Ledger ledger() {
        return ledger;
    }

    public Optional<PrometheusMeterRegistry> metrics() {
        return Optional.ofNullable(registry);
    }

    /** Stops taking calls, then closes HTTP, the ledger and the embedded database, in that order. */
    @Override
    public synchronized void close() {
        while (!toClose.isEmpty()) {
            AutoCloseable next = toClose.pop();
            try {
                next.close();
            } catch (Exception e) {
                // Shutdown goes on with the rest; the stack trace says which part failed and why.
                LOG.warn("Error while shutting down {}", next, e);
            }
        }
    }
}
