package org.ledgerline.ivr.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The whole typed configuration, built and validated once at start-up by {@link ConfigLoader}.
 * Every key, its default and its meaning is listed in {@code ledgerline-defaults.json} and the
 * README.
 */
public record LedgerLineConfig(
        Http http, Agi agi, Database database, Ami ami, Payments payments, Prompts prompts, Ivr ivr,
        Promises promises, Disputes disputes, Mail mail, Recordings recordings, BackOffice backOffice, Auth auth,
        Compliance compliance, Transcription transcription) {

    /** The HTTP listener: health, readiness, metrics, the back office; HTTPS when {@code tls} is on. */
    public record Http(String host, int port, Tls tls) {}

    /**
     * HTTPS for the HTTP listener from PEM files: {@code certPem} holds the certificate chain (the
     * server's certificate first), {@code keyPem} its private key (PKCS#8 or PKCS#1). Both files were
     * found readable at start-up when {@code enabled}; when not, the paths are ignored.
     */
    public record Tls(boolean enabled, Path certPem, Path keyPem) {}

    /**
     * The FastAGI listener Asterisk connects to; {@code backlog} absorbs call bursts. Only peers
     * inside {@code allowedPeers} (Asterisk's addresses) are served; any other connection is closed
     * before a byte is read or written.
     */
    public record Agi(String host, int port, int backlog, List<CidrBlock> allowedPeers) {
        public Agi {
            allowedPeers = List.copyOf(allowedPeers);
        }
    }

    /**
     * The ledger. An empty {@code url} means "run an embedded PostgreSQL" whose files live in
     * {@code embeddedDataDir}; otherwise {@code url}, {@code user} and {@code password} name a real
     * PostgreSQL server. The {@code password} is never rendered by {@link #toString()}.
     */
    public record Database(
            String url,
            String user,
            String password,
            int poolSize,
            Duration connectionTimeout,
            Path embeddedDataDir,
            int embeddedPort,
            boolean seedDemoData) {

        public boolean embedded() {
            return url.isBlank();
        }

        /** Never prints the password, nor the URL's query string (which may carry one). */
        @Override
        public String toString() {
            int query = url.indexOf('?');
            return "Database[url=" + (query < 0 ? url : url.substring(0, query)) + ", user=" + user
                    + ", password=****, poolSize="
                    + poolSize + ", connectionTimeout=" + connectionTimeout + ", embeddedDataDir=" + embeddedDataDir
                    + ", embeddedPort=" + embeddedPort + ", seedDemoData=" + seedDemoData + "]";
        }
    }

    /**
     * The Asterisk Manager Interface, used to pause the call recording while card digits are keyed.
     * When {@code enabled} is false (the default, for a node without Asterisk) or the connection is
     * down, card payments are refused and the caller is offered a person. The {@code secret} is
     * never rendered by {@link #toString()}.
     */
    public record Ami(boolean enabled, String host, int port, String username, String secret, Duration actionTimeout) {
        @Override
        public String toString() {
            return "Ami[enabled=" + enabled + ", host=" + host + ", port=" + port + ", username=" + username
                    + ", secret=****, actionTimeout=" + actionTimeout + "]";
        }
    }

    /**
     * Card payments: which {@code gateway} charges cards ({@code sandbox} is the only one so far),
     * and how often an approved charge is offered to a failing ledger before an alert takes over.
     */
    public record Payments(String gateway, int postAttempts, Duration postRetryDelay) {}

    /**
     * Prompt audio: generated into {@code soundsDir}; Asterisk reads the same files under
     * {@code asteriskSoundsPath} (the same directory unless Asterisk mounts it elsewhere).
     */
    public record Prompts(Path soundsDir, String asteriskSoundsPath, String defaultLanguage, boolean generateOnStart) {}

    /** Menu behaviour shared by the self-serve flows. */
    public record Ivr(
            String personDestination,
            Duration digitTimeout,
            Duration interDigitTimeout,
            int maxAttempts,
            int pinTriesPerCall,
            int lockThreshold,
            int accountNumberMaxDigits,
            int pinLength) {}

    /**
     * Promises to pay: the window a promised date must fall in (days from the customer's today) and
     * how often the settlement job marks promises kept or broken.
     */
    public record Promises(int earliestDaysAhead, int latestDaysAhead, Duration settlementInterval,
            boolean settlementEnabled) {}

    /**
     * Disputes: how long a recorded description may be, the silence that ends it, and the escalation
     * rules (a threshold of 0 switches a rule off; each rule may also transfer the caller at once).
     */
    public record Disputes(
            Duration maxDescription,
            Duration descriptionSilence,
            BigDecimal escalationAmount,
            boolean escalationAmountTransfers,
            int escalationOpenDisputes,
            boolean escalationOpenDisputesTransfers,
            int escalationInvoiceAgeDays,
            boolean escalationInvoiceAgeTransfers) {}

    /**
     * The SMTP server escalation emails go through, the credit manager's address, and how the mail
     * outbox delivers them.
     */
    public record Mail(
            String host,
            int port,
            String starttls,
            String username,
            String password,
            String from,
            String creditManager,
            Duration timeout,
            Outbox outbox) {

        /** Never prints the password. */
        @Override
        public String toString() {
            return "Mail[" + host + ":" + port + ", starttls " + starttls + ", from " + from + ", to " + creditManager
                    + "]";
        }
    }

    /**
     * The mail outbox's delivery: whether this node runs the worker ({@code deliver}), how often it
     * looks for due emails, how many attempts before an email is marked failing (one alert), and
     * the exponential back-off (with jitter) between attempts.
     */
    public record Outbox(boolean deliver, Duration pollInterval, int maxAttempts, Duration baseBackoff,
            Duration maxBackoff) {}

    /**
     * Recordings: the directory Asterisk writes callers' recordings to (a path on the Asterisk host),
     * and the public HTTP base URL links to them start with ({@code <publicBaseUrl>/recordings/<id>}).
     * {@code appearTimeoutSeconds}: how long after a collector call ends each of its MixMonitor files
     * may take to appear on disk (non-empty) before an alert is raised for it.
     */
    public record Recordings(String dir, String publicBaseUrl, int appearTimeoutSeconds) {}

    /** The back-office REST API: calendar-date filters are read in this business time zone. */
    public record BackOffice(ZoneId timeZone) {}

    /**
     * Back-office sign-in: session idle timeout and absolute lifetime, the failed sign-ins that lock a
     * user and for how long, the shortest password accepted, and whether the session cookie is
     * marked {@code Secure} (turn it on whenever browsers reach the node over HTTPS).
     */
    public record Auth(
            Duration sessionIdleTimeout,
            Duration sessionAbsoluteLifetime,
            int maxFailedSignIns,
            Duration lockout,
            int passwordMinLength,
            boolean secureCookies) {}

    /**
     * The collector gate's compliance choices. The gate itself is always on; {@code announceEveryCall}
     * plays the recording announcement on every collector call (the default), not only where the
     * customer may be in an all-party-consent state; {@code clickToDialCallerId} is shown on the
     * collector's own phone when click-to-dial rings it (e.g. {@code "LedgerLine" <2000>}; "" sets none);
     * {@code conversationMinimum} is how long an answered collector call must stay connected to count as
     * a "telephone conversation" (12 CFR 1006.14(b)(2)(i)(B): no call for 7 days after one), 0-60 s.
     */
    public record Compliance(boolean announceEveryCall, String clickToDialCallerId, Duration conversationMinimum) {
        /** Above a minute, real conversations (a customer saying "I'll pay Friday") would not count. */
        public static final int MAX_CONVERSATION_MINIMUM_SECONDS = 60;
    }

    /**
     * Transcription of recordings. {@code enabled}: this node runs transcription workers (off: it only
     * queues; another node transcribes). {@code workers}: platform threads decoding at once, at most
     * cores - 1 (never all cores: live calls need one). {@code lease}: how long a claimed job is held
     * without a progress report before another worker may take it. Failed jobs retry after an
     * exponential, jittered back-off and are parked after {@code maxAttempts}. {@code modelDir}: a Vosk
     * model directory to use instead of the bundled one (blank: the bundled small US-English model,
     * unpacked into {@code dataDir} at the first start).
     */
    public record Transcription(boolean enabled, int workers, Duration pollInterval, Duration lease, int maxAttempts,
            Duration baseBackoff, Duration maxBackoff, String modelDir, Path dataDir) {}
}
