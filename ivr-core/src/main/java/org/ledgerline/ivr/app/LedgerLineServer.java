package org.ledgerline.ivr.app;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.call.CallHandler;
import org.ledgerline.ivr.call.CallRunner;
import org.ledgerline.ivr.call.RecordingControl;
import org.ledgerline.ivr.call.control.CallControl;
import org.ledgerline.ivr.collector.CallRecorder;
import org.ledgerline.ivr.collector.RecordingArrivals;
import org.ledgerline.ivr.collector.desk.CollectorDesk;
import org.ledgerline.ivr.config.LedgerLineConfig;
import org.ledgerline.ivr.dispute.DisputeOpener;
import org.ledgerline.ivr.dispute.desk.DeskFormat;
import org.ledgerline.ivr.dispute.desk.DisputeDesk;
import org.ledgerline.ivr.http.ApiDocsRoutes;
import org.ledgerline.ivr.http.BackOfficeAuth;
import org.ledgerline.ivr.http.CallRoutes;
import org.ledgerline.ivr.http.ClickToDialCalls;
import org.ledgerline.ivr.http.ClickToDialCheck;
import org.ledgerline.ivr.http.CollectorDeskRoutes;
import org.ledgerline.ivr.http.CustomerDataReads;
import org.ledgerline.ivr.http.CustomerFlagRoutes;
import org.ledgerline.ivr.http.DisputeDeskRoutes;
import org.ledgerline.ivr.http.DisputeRoutes;
import org.ledgerline.ivr.http.HttpTls;
import org.ledgerline.ivr.http.HttpVerticle;
import org.ledgerline.ivr.http.OutboxRoutes;
import org.ledgerline.ivr.http.ReadinessCheck;
import org.ledgerline.ivr.http.ReconciliationRoutes;
import org.ledgerline.ivr.http.TranscriptPageRoutes;
import org.ledgerline.ivr.http.TranscriptSearchRoutes;
import org.ledgerline.ivr.http.TranscriptionRoutes;
import org.ledgerline.ivr.mail.MailSender;
import org.ledgerline.ivr.mail.OutboxDeliveryWorker;
import org.ledgerline.ivr.mail.OutboxSettings;
import org.ledgerline.ivr.mail.SmtpMailSender;
import org.ledgerline.ivr.payment.PaymentGateway;
import org.ledgerline.ivr.payment.SandboxPaymentGateway;
import org.ledgerline.ivr.promise.PromiseDateEntry;
import org.ledgerline.ivr.promise.PromiseRecorder;
import org.ledgerline.ivr.promise.PromiseSettings;
import org.ledgerline.ivr.promise.PromiseSettlementJob;
import org.ledgerline.ivr.prompt.FreeTtsSpeechSynthesizer;
import org.ledgerline.ivr.recording.CollectorCallPlayback;
import org.ledgerline.ivr.recording.DemoCollectorCalls;
import org.ledgerline.ivr.recording.DemoRecordingAudio;
import org.ledgerline.ivr.recording.RecordingFiles;
import org.ledgerline.ivr.recording.RecordingPlayback;
import org.ledgerline.ivr.search.CallListens;
import org.ledgerline.ivr.search.TranscriptReader;
import org.ledgerline.ivr.telephony.agi.AgiMetrics;
import org.ledgerline.ivr.telephony.agi.CallScript;
import org.ledgerline.ivr.telephony.agi.FastAgiServer;
import org.ledgerline.ivr.telephony.ami.AmiCallActivityFeed;
import org.ledgerline.ivr.telephony.ami.AmiCallControl;
import org.ledgerline.ivr.telephony.ami.AmiConnection;
import org.ledgerline.ivr.telephony.ami.AmiMetrics;
import org.ledgerline.ivr.telephony.ami.AmiRecordingControl;
import org.ledgerline.ivr.telephony.ami.AmiSettings;
import org.ledgerline.ivr.transcription.text.RuleBasedSegmentAnnotator;
import org.ledgerline.ivr.user.ApiTokenService;
import org.ledgerline.ivr.user.AuthSettings;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.ivr.user.SessionService;
import org.ledgerline.ivr.user.SignInService;
import org.ledgerline.ivr.user.UserAdministration;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.account.PinHasher;
import org.ledgerline.storage.reconciliation.JdbcPromiseReconciliation;
import org.ledgerline.storage.search.JdbcTranscriptSearch;
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
    /** How often a collector call's missing recording files are looked for until they appear or time out. */
    private static final Duration RECORDING_POLL_INTERVAL = Duration.ofSeconds(1);

    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();

    // Set by startAll(), which start() runs before handing the server out; null only while starting.
    private @Nullable Ledger ledger;
    private @Nullable AmiConnection ami;
    private @Nullable AmiCallControl callControl;
    private @Nullable PaymentGateway gateway;
    private @Nullable FastAgiServer agi;
    private @Nullable HttpVerticle http;
    private @Nullable PrometheusMeterRegistry registry;

    private LedgerLineServer() {}

    /** Starts a node with the system clock. */
    public static LedgerLineServer start(LedgerLineConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** Starts a node; {@code clock} decides "today" for aging, promises and the demo data. */
    public static LedgerLineServer start(LedgerLineConfig config, Clock clock) {
        LedgerLineServer server = new LedgerLineServer();
        server.startOrClose(config, clock);
        return server;
    }

    /**
     * Starts a node that stops in order when the JVM is told to exit (SIGTERM, Ctrl-C): the {@code
     * serve} command. The shutdown hook is in place before the first part starts, so a signal during
     * start-up stops what has started (once start-up is over: starting and closing take turns), and
     * it is the only hook: the embedded PostgreSQL is stopped by it, last, not by a hook of its own
     * racing this one. {@code stopped} runs once the node has closed.
     */
    public static void startUntilJvmExit(LedgerLineConfig config, Runnable stopped) {
        LedgerLineServer server = new LedgerLineServer();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.run();
        }, "ledgerline-shutdown"));
        server.startOrClose(config, Clock.systemUTC());
    }

    private synchronized void startOrClose(LedgerLineConfig config, Clock clock) {
        try {
            startAll(config, clock);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll(LedgerLineConfig config, Clock clock) {
        ledger = openLedger(config.database());
        toClose.push(ledger);
        if (config.database().seedDemoData()
                && DemoSeeder.seedIfEmpty(ledger, PinHasher.standard(), LocalDate.now(clock))) {
            // No PIN in a log line, not even the demo one: the rule only holds if it has no exceptions.
            LOG.info("Seeded the demo ledger: try account {} (caller ID {}) with the demo PIN (DemoSeeder.DEMO_PIN)",
                    DemoSeeder.DEMO_ACCOUNT_NUMBER, DemoSeeder.DEMO_PHONE_NUMBER);
        }
        if (config.database().seedDemoData()) {
            writeDemoRecordings(Path.of(config.recordings().dir()));
        }

        Vertx vertx = Vertx.vertx();
        toClose.push(() -> vertx.close().await());
        SmtpMailSender mail = new SmtpMailSender(vertx, CallWiring.smtpSettings(config));
        toClose.push(mail);

        CallWiring.Prompts prompts = CallWiring.preparePrompts(config.prompts());
        RecordingControl recording = startAmi(config.ami(), clock, ledger, config.recordings(),
                config.compliance().conversationMinimum());
        gateway = new SandboxPaymentGateway();
        CallRunner runner = CallWiring.callRunner(ledger, prompts.catalog(), config,
                new CallWiring.PaymentWiring(gateway, recording, config.payments()), clock);
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

        CallHandler calls = CallWiring.withCollectorPromise(
                CallWiring.callHandler(runner, Optional.of(CallWiring.collectorGatePorts(ledger)), prompts.catalog(),
                        config.compliance(), clock),
                ledger, prompts.catalog(), config, clock);
        agi = new FastAgiServer(new CallScript(calls, prompts.sounds(), new AgiMetrics(registry), clock),
                address(config.agi().host()), config.agi().port(), config.agi().backlog(),
                config.agi().allowedPeers());
        try {
            agi.start();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot listen for FastAGI on " + config.agi().host() + ":" + config.agi().port(), e);
        }
        toClose.push(agi::stop);

        List<ReadinessCheck> checks = new ArrayList<>(List.of(
                new ReadinessCheck("ledger", ledger::isReachable),
                new ReadinessCheck("fastagi", agi::isListening)));
        if (ami != null) {
            checks.add(new ReadinessCheck("ami", ami::isConnected));
        }
        TranscriptionWiring transcription = TranscriptionWiring.start(config, ledger,
                new RuleBasedSegmentAnnotator());
        toClose.push(transcription);
        http = new HttpVerticle(config.http().host(), config.http().port(), checks, registry,
                backOfficeAuth(config, clock, ledger),
                List.of(new DisputeRoutes(ledger.disputes(), ledger.audit(), config.backOffice().timeZone()),
                        disputeDesk(config, clock, ledger),
                        new OutboxRoutes(ledger.mailOutbox(), ledger.audit()),
                        new CustomerFlagRoutes(ledger.flags(), ledger.customers(), ledger.contactDetails(),
                                ledger.collectorAssignments(), ledger.audit(), clock),
                        clickToDial(ledger, config.compliance(), clock),
                        new ReconciliationRoutes(new JdbcPromiseReconciliation(ledger.jdbc()), ledger.audit(),
                                config.backOffice().timeZone()),
                        collectorDesk(config, clock, ledger),
                        new TranscriptionRoutes(ledger.transcriptionJobs(), ledger.audit(),
                                transcription::availability, config.backOffice().timeZone()),
                        transcriptSearch(config, ledger),
                        transcriptPages(config, clock, ledger),
                        new ApiDocsRoutes()),
                httpTls(config.http().tls()));
        // After the demo users and collectors' work (seeded while the back office is wired above).
        if (config.database().seedDemoData()) {
            writeDemoCollectorCalls(ledger, Path.of(config.recordings().dir()), LocalDate.now(clock));
        }
        deployHttp(vertx, config.http().tls());
        if (settlement != null) {
            settlement.start();
        }
        startOutboxDelivery(config, mail, ledger);
        LOG.info("LedgerLine ready: FastAGI on {}:{}, {} on {}:{}",
                config.agi().host(), agi.port(), http.tlsEnabled() ? "HTTPS" : "HTTP", config.http().host(),
                http.actualPort());
    }

    private static HttpTls httpTls(LedgerLineConfig.Tls tls) {
        return tls.enabled() ? HttpTls.fromPem(tls.certPem(), tls.keyPem()) : HttpTls.OFF;
    }

    /**
     * Starts the HTTP server. The PEM files were found readable at start-up, but only Vert.x parses
     * them; a file that is not a certificate or key fails here, named by its key and path (the
     * cause's message is Vert.x's and holds no key material).
     */
    private void deployHttp(Vertx vertx, LedgerLineConfig.Tls tls) {
        try {
            vertx.deployVerticle(http).await();
        } catch (RuntimeException e) {
            if (!tls.enabled()) {
                throw e;
            }
            throw new IllegalStateException("cannot start HTTPS with http.tls.certPem=" + tls.certPem()
                    + " and http.tls.keyPem=" + tls.keyPem() + ": " + e.getMessage(), e);
        }
    }

    /** Click-to-dial over the same gate ports as the dialplan's {@code gate} script. */
    private CallRoutes clickToDial(Ledger ledger, LedgerLineConfig.Compliance compliance, Clock clock) {
        ClickToDialCheck check = new ClickToDialCheck(ledger.accounts(), ledger.collectorAssignments(),
                ledger.contactDetails(), CallWiring.collectorGatePorts(ledger).gate(), ledger.audit(), clock);
        return new CallRoutes(check, new ClickToDialCalls(ledger, ledger.calls(), ledger.collectorCalls()),
                callControl(), compliance.clickToDialCallerId(), clock);
    }

    /** The collector's desk: worklist, account view and forms, over the same gate as click-to-dial. */
    private static CollectorDeskRoutes collectorDesk(LedgerLineConfig config, Clock clock, Ledger ledger) {
        CollectorDesk desk = new CollectorDesk(ledger, CallWiring.collectorGatePorts(ledger).gate(),
                new PromiseDateEntry(new PromiseSettings(config.promises().earliestDaysAhead(),
                        config.promises().latestDaysAhead())),
                new PromiseRecorder(ledger.promises()), new DisputeOpener(ledger.disputes()),
                CallWiring.disputeEscalation(ledger, config), new DeskFormat(config.backOffice().timeZone()), clock);
        return new CollectorDeskRoutes(desk, ledger.audit());
    }

    /** Transcript search, reading, listens and collector-call playback (issue 10 items 6-8). */
    private static TranscriptSearchRoutes transcriptSearch(LedgerLineConfig config, Ledger ledger) {
        JdbcTranscriptSearch search = new JdbcTranscriptSearch(ledger.jdbc());
        return new TranscriptSearchRoutes(new TranscriptReader(search, ledger.audit()), new CallListens(ledger.audit()),
                new CollectorCallPlayback(search, ledger.callRecordings(), ledger.audit(),
                        new RecordingFiles(Path.of(config.recordings().dir()))),
                config.backOffice().timeZone());
    }

    /** The auditor's pages: transcript search, one transcript beside its player, the promise report. */
    private static TranscriptPageRoutes transcriptPages(LedgerLineConfig config, Clock clock, Ledger ledger) {
        JdbcTranscriptSearch search = new JdbcTranscriptSearch(ledger.jdbc());
        return new TranscriptPageRoutes(new TranscriptReader(search, ledger.audit()), search,
                new CallListens(ledger.audit()), new JdbcPromiseReconciliation(ledger.jdbc()),
                new CustomerDataReads(ledger.audit()), config.backOffice().timeZone(), clock);
    }

    /** The disputes desk pages and recording playback, reading the ledger in the business time zone. */
    private static DisputeDeskRoutes disputeDesk(LedgerLineConfig config, Clock clock, Ledger ledger) {
        ZoneId zone = config.backOffice().timeZone();
        return new DisputeDeskRoutes(new DisputeDesk(ledger.disputes(), ledger.audit(), new DeskFormat(zone),
                ledger.transcripts(), ledger.transcriptionJobs()),
                new RecordingPlayback(ledger.recordings(), new JdbcTranscriptSearch(ledger.jdbc()), ledger.audit(),
                        new RecordingFiles(Path.of(config.recordings().dir()))),
                new CustomerDataReads(ledger.audit()), zone, clock);
    }

    /**
     * Sign-in, sessions, tokens and user administration over the ledger. Seeds the demo users on a
     * demo ledger; a node without users says, in one line, how to create the first admin.
     */
    private static BackOfficeAuth backOfficeAuth(LedgerLineConfig config, Clock clock, Ledger ledger) {
        AuthSettings settings = UserWiring.settings(config.auth());
        UserAdministration users = UserWiring.administration(ledger, settings);
        if (config.database().seedDemoData() && DemoUsers.seedIfNone(users)) {
            // Never the password in a log line, not even the demo one: the README documents it.
            LOG.info("Seeded demo back-office users {} (one per role) with the demo password in the README "
                    + "(\"Back office: roles and sign-in\"); change or disable them before real use",
                    DemoUsers.usernames());
        } else if (!users.anyUserExists()) {
            LOG.warn("No back-office users yet: create the first admin with "
                    + "'ledgerline users add <username> --role admin' (the password is asked for, never an argument)");
        }
        // The demo collectors' worklists need the demo users, which exist only from here on.
        if (config.database().seedDemoData()
                && DemoSeeder.seedCollectorWorkIfReady(ledger, LocalDate.now(clock))) {
            LOG.info("Seeded the demo collectors' worklists and call history");
        }
        return new BackOfficeAuth(
                new SignInService(ledger.users(), UserWiring.hashing(), settings, clock),
                new SessionService(ledger.sessions(), ledger.users(), settings, clock),
                new ApiTokenService(ledger.apiTokens(), clock),
                users,
                // Over HTTPS the cookie is always Secure; auth.secureCookies covers TLS ended in front of the node.
                config.auth().secureCookies() || config.http().tls().enabled());
    }

    /**
     * Opens the AMI connection in the background (Asterisk may start after us) when enabled, with call
     * control and its channel registry listening from the first login; without AMI the recording
     * cannot be paused, so card payments are refused with a person offered, and nobody can be called.
     * With AMI, every collector call's events also become its call record (collector_calls, the gate
     * attempt's outcome, per-leg recordings watched until they appear).
     */
    private RecordingControl startAmi(LedgerLineConfig.Ami config, Clock clock, Ledger ledger,
            LedgerLineConfig.Recordings recordings, Duration conversationMinimum) {
        if (!config.enabled()) {
            LOG.info("AMI disabled (ami.enabled=false): card payments by phone will be refused");
            return new UnavailableRecordingControl();
        }
        ami = new AmiConnection(new AmiSettings(config.host(), config.port(), config.username(), config.secret(),
                config.actionTimeout()));
        toClose.push(ami);
        callControl = AmiCallControl.over(ami, clock);
        AmiCallActivityFeed activity = new AmiCallActivityFeed(ami::sendAsync, callControl.registry(),
                CallRecorder.VARIABLES);
        ami.subscribe(activity);
        activity.subscribe(callRecorder(ledger, recordings, conversationMinimum, clock));
        ami.openInBackground(AMI_RETRY_INTERVAL);
        return new AmiRecordingControl(ami);
    }

    /**
     * The call recorder: ledger writes on virtual threads; one scheduler thread checks the recordings
     * the ledger still awaits (those of calls that ended before a restart included) every poll interval.
     */
    private CallRecorder callRecorder(Ledger ledger, LedgerLineConfig.Recordings recordings,
            Duration conversationMinimum, Clock clock) {
        ScheduledExecutorService fileChecks = Executors
                .newSingleThreadScheduledExecutor(Thread.ofVirtual().name("recording-arrivals").factory());
        toClose.push(fileChecks::shutdownNow);
        ExecutorService writes = Executors.newVirtualThreadPerTaskExecutor();
        toClose.push(writes::shutdownNow);
        RecordingArrivals arrivals = new RecordingArrivals(ledger, ledger.callRecordings(), ledger.alerts(),
                Path.of(recordings.dir()), Duration.ofSeconds(recordings.appearTimeoutSeconds()), fileChecks, clock);
        ScheduledFuture<?> _ = fileChecks.scheduleWithFixedDelay(arrivals::checkAwaitedQuietly,
                RECORDING_POLL_INTERVAL.toMillis(), RECORDING_POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return new CallRecorder(ledger, arrivals, writes, conversationMinimum);
    }

    /** The demo disputes' recorded descriptions, spoken into the recordings directory when missing. */
    private static void writeDemoRecordings(Path recordingsDir) {
        try {
            List<Path> written = new DemoRecordingAudio(recordingsDir, FreeTtsSpeechSynthesizer::new).writeMissing();
            if (!written.isEmpty()) {
                LOG.info("Wrote {} demo dispute recordings into {}", written.size(), recordingsDir);
            }
        } catch (IOException e) {
            // The node works without them; the desk then says the recording is not available.
            LOG.warn("Could not write the demo dispute recordings into {}: {}", recordingsDir, e.getMessage());
        }
    }

    /** The demo collector calls (two speakers, spoken at first start), registered and queued for transcription. */
    private static void writeDemoCollectorCalls(Ledger ledger, Path recordingsDir, LocalDate today) {
        try {
            List<String> registered = new DemoCollectorCalls(ledger, recordingsDir, FreeTtsSpeechSynthesizer::new)
                    .writeMissing(today);
            if (!registered.isEmpty()) {
                LOG.info("Registered {} demo collector calls {} for transcription", registered.size(), registered);
            }
        } catch (IOException e) {
            // The node works without them; there is then less to search.
            LOG.warn("Could not write the demo collector calls into {}: {}", recordingsDir, e.getMessage());
        }
    }

    /** Delivers the mail outbox from this node unless {@code mail.outbox.deliver} is off (then another node does). */
    private void startOutboxDelivery(LedgerLineConfig config, MailSender sender, Ledger ledger) {
        LedgerLineConfig.Outbox outbox = config.mail().outbox();
        if (!outbox.deliver()) {
            LOG.info("Mail outbox delivery off on this node (mail.outbox.deliver=false): emails are queued, not sent");
            return;
        }
        OutboxDeliveryWorker worker = new OutboxDeliveryWorker(ledger.mailOutbox(), sender,
                new OutboxSettings(outbox.pollInterval(), outbox.maxAttempts(), outbox.baseBackoff(),
                        outbox.maxBackoff(), config.mail().timeout()),
                new SecureRandom());
        toClose.push(worker);
        worker.start();
    }

    private Ledger openLedger(LedgerLineConfig.Database db) {
        OpenLedger opened = OpenLedger.openForNode(db);
        if (opened.embedded() != null) {
            toClose.push(opened.embedded());
        }
        return opened.ledger();
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve bind address " + host, e);
        }
    }

    public int agiPort() {
        return started(agi).port();
    }

    public int httpPort() {
        return started(http).actualPort();
    }

    /** The HTTP router once started, so a test can walk every route and its Access. */
    Router httpRouter() {
        return started(http).router();
    }

    /** The FastAGI listener, so a test can take it down while the rest of the node keeps running. */
    FastAgiServer fastAgi() {
        return started(agi);
    }

    /** Call control over AMI (originate, hang up, call progress); empty when {@code ami.enabled=false}. */
    public Optional<CallControl> callControl() {
        return Optional.ofNullable(callControl);
    }

    /** The payment gateway the flows charge through (the sandbox, so tests can count its charges). */
    PaymentGateway paymentGateway() {
        return started(gateway);
    }

    private static <T> T started(@Nullable T part) {
        return Objects.requireNonNull(part, "the server has not started");
    }

    public Ledger ledger() {
        return started(ledger);
    }

    public Optional<PrometheusMeterRegistry> metrics() {
        return Optional.ofNullable(registry);
    }

    /** Stops taking calls, then closes HTTP, the ledger and the embedded database, in that order. */
    @Override
    public synchronized void close() {
        if (toClose.isEmpty()) {
            return;
        }
        LOG.info("LedgerLine stopping: {} parts, in the reverse order of starting", toClose.size());
        while (!toClose.isEmpty()) {
            AutoCloseable next = toClose.pop();
            try {
                next.close();
            } catch (Exception e) {
                // Shutdown goes on with the rest; the stack trace says which part failed and why.
                LOG.warn("Error while shutting down {}", next, e);
            }
        }
        LOG.info("LedgerLine stopped");
    }
}
