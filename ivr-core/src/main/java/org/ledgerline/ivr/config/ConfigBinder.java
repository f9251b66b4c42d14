package org.ledgerline.ivr.config;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the flat, layered key/value map into the typed record tree and checks every value. */
final class ConfigBinder {
    private static final Pattern DESTINATION = Pattern.compile("[A-Za-z0-9_-]+,[A-Za-z0-9_+*#-]+,[0-9]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}(_[A-Z]{2})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Set<String> STARTTLS = Set.of("DISABLED", "OPTIONAL", "REQUIRED");

    private final Map<String, Object> values;

    ConfigBinder(Map<String, Object> values) {
        this.values = values;
    }

    LedgerLineConfig bind() {
        var http = new LedgerLineConfig.Http(text("http.host"), port("http.port"), tls());
        var agi = new LedgerLineConfig.Agi(text("agi.host"), port("agi.port"), positive("agi.backlog"),
                cidrList("agi.allowedPeers"));
        var database = new LedgerLineConfig.Database(
                jdbcUrl("database.url"),
                string("database.user"),
                string("database.password"),
                positive("database.poolSize"),
                millis("database.connectionTimeoutMs"),
                Path.of(text("database.embeddedDataDir")),
                port("database.embeddedPort"),
                bool("database.seedDemoData"));
        var ami = new LedgerLineConfig.Ami(
                bool("ami.enabled"),
                string("ami.host"),
                port("ami.port"),
                string("ami.username"),
                string("ami.secret"),
                millis("ami.actionTimeoutMs"));
        if (ami.enabled()) {
            text("ami.host");
            text("ami.username");
            text("ami.secret");
            if (ami.port() == 0) {
                throw new ConfigException(
                        "configuration key 'ami.port' must be Asterisk's AMI port (usually 5038), got 0");
            }
        }
        var payments = new LedgerLineConfig.Payments(
                gateway("payments.gateway"), positive("payments.postAttempts"),
                nonNegativeMillis("payments.postRetryDelayMs"));
        Path soundsDir = Path.of(text("prompts.soundsDir")).toAbsolutePath().normalize();
        String asteriskPath = string("prompts.asteriskSoundsPath");
        var prompts = new LedgerLineConfig.Prompts(
                soundsDir,
                asteriskPath.isBlank() ? soundsDir.toString() : asteriskPath,
                language("prompts.defaultLanguage"),
                bool("prompts.generateOnStart"));
        var ivr = new LedgerLineConfig.Ivr(
                destination("ivr.personDestination"),
                millis("ivr.digitTimeoutMs"),
                millis("ivr.interDigitTimeoutMs"),
                positive("ivr.maxAttempts"),
                positive("ivr.pinTriesPerCall"),
                positive("ivr.lockThreshold"),
                positive("ivr.accountNumberMaxDigits"),
                positive("ivr.pinLength"));
        return new LedgerLineConfig(http, agi, database, ami, payments, prompts, ivr, promises(), disputes(), mail(),
                recordings(),
                new LedgerLineConfig.BackOffice(zone("backOffice.timeZone")), auth(),
                new LedgerLineConfig.Compliance(bool("compliance.announceEveryCall"),
                        callerId("compliance.clickToDialCallerId"), conversationMinimum()),
                transcription());
    }

    private LedgerLineConfig.Auth auth() {
        int idle = positive("auth.sessionIdleTimeoutMinutes");
        int absolute = positive("auth.sessionAbsoluteHours");
        if (Duration.ofHours(absolute).compareTo(Duration.ofMinutes(idle)) < 0) {
            throw new ConfigException("configuration key 'auth.sessionAbsoluteHours' (" + absolute
                    + ") must not be shorter than auth.sessionIdleTimeoutMinutes (" + idle + " minutes)");
        }
        int minLength = positive("auth.passwordMinLength");
        if (minLength < 8 || minLength > 128) {
            throw new ConfigException(
                    "configuration key 'auth.passwordMinLength' must be between 8 and 128, got " + minLength);
        }
        return new LedgerLineConfig.Auth(
                Duration.ofMinutes(idle),
                Duration.ofHours(absolute),
                positive("auth.maxFailedSignIns"),
                Duration.ofMinutes(positive("auth.lockoutMinutes")),
                minLength,
                bool("auth.secureCookies"));
    }

    /**
     * The HTTPS settings; when on, both PEM files must be readable regular files, and the message of
     * a refusal names the key and the path (never the file's content).
     */
    private LedgerLineConfig.Tls tls() {
        boolean enabled = bool("http.tls.enabled");
        String cert = string("http.tls.certPem").trim();
        String key = string("http.tls.keyPem").trim();
        if (!enabled) {
            return new LedgerLineConfig.Tls(false, Path.of(cert), Path.of(key));
        }
        return new LedgerLineConfig.Tls(true, readableFile("http.tls.certPem", cert),
                readableFile("http.tls.keyPem", key));
    }

    private static Path readableFile(String key, String value) {
        if (value.isEmpty()) {
            throw new ConfigException(
                    "configuration key '" + key + "' must name a PEM file when http.tls.enabled is true");
        }
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new ConfigException("configuration key '" + key + "' names " + path + ", which is not a file");
        }
        if (!Files.isReadable(path)) {
            throw new ConfigException(
                    "configuration key '" + key + "' names " + path + ", which this process cannot read");
        }
        return path;
    }

    private LedgerLineConfig.Promises promises() {
        int earliest = nonNegative("promises.earliestDaysAhead");
        int latest = positive("promises.latestDaysAhead");
        if (latest < earliest || latest > 300) {
            throw new ConfigException("configuration key 'promises.latestDaysAhead' must be between "
                    + "promises.earliestDaysAhead (" + earliest + ") and 300, got " + latest);
        }
        return new LedgerLineConfig.Promises(earliest, latest, millis("promises.settlementIntervalMs"),
                bool("promises.settlementEnabled"));
    }

    private LedgerLineConfig.Disputes disputes() {
        return new LedgerLineConfig.Disputes(
                Duration.ofSeconds(positive("disputes.maxDescriptionSeconds")),
                Duration.ofSeconds(positive("disputes.descriptionSilenceSeconds")),
                money("disputes.escalationAmount"),
                bool("disputes.escalationAmountTransfers"),
                nonNegative("disputes.escalationOpenDisputes"),
                bool("disputes.escalationOpenDisputesTransfers"),
                nonNegative("disputes.escalationInvoiceAgeDays"),
                bool("disputes.escalationInvoiceAgeTransfers"));
    }

    private LedgerLineConfig.Mail mail() {
        String starttls = text("mail.starttls");
        if (!STARTTLS.contains(starttls)) {
            throw new ConfigException(
                    "configuration key 'mail.starttls' must be one of " + STARTTLS + ", got '" + starttls + "'");
        }
        return new LedgerLineConfig.Mail(text("mail.host"), port("mail.port"), starttls, string("mail.username"),
                string("mail.password"), address("mail.from"), address("mail.creditManager"), millis("mail.timeoutMs"),
                outbox());
    }

    private LedgerLineConfig.Transcription transcription() {
        int cap = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        int workers = integer("transcription.workers");
        if (workers < 0 || workers > cap) {
            throw new ConfigException("configuration key 'transcription.workers' must be 0 (cores - 1) to " + cap
                    + " (cores - 1 on this machine: one core stays free for live calls), got " + workers);
        }
        Duration base = millis("transcription.baseBackoffMs");
        Duration max = millis("transcription.maxBackoffMs");
        if (max.compareTo(base) < 0) {
            throw new ConfigException("configuration key 'transcription.maxBackoffMs' must be at least"
                    + " transcription.baseBackoffMs (" + base.toMillis() + "), got " + max.toMillis());
        }
        return new LedgerLineConfig.Transcription(bool("transcription.enabled"), workers == 0 ? cap : workers,
                millis("transcription.pollIntervalMs"), Duration.ofSeconds(positive("transcription.leaseSeconds")),
                positive("transcription.maxAttempts"), base, max, string("transcription.modelDir").strip(),
                Path.of(text("transcription.dataDir")));
    }

    private LedgerLineConfig.Outbox outbox() {
        Duration base = millis("mail.outbox.baseBackoffMs");
        Duration max = millis("mail.outbox.maxBackoffMs");
        if (max.compareTo(base) < 0) {
            throw new ConfigException(
                    "configuration key 'mail.outbox.maxBackoffMs' must be at least mail.outbox.baseBackoffMs ("
                            + base.toMillis() + "), got " + max.toMillis());
        }
        return new LedgerLineConfig.Outbox(bool("mail.outbox.deliver"), millis("mail.outbox.pollIntervalMs"),
                positive("mail.outbox.maxAttempts"), base, max);
    }

    private LedgerLineConfig.Recordings recordings() {
        String dir = Path.of(text("recordings.dir")).toAbsolutePath().normalize().toString();
        String base = text("recordings.publicBaseUrl");
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            throw new ConfigException(
                    "configuration key 'recordings.publicBaseUrl' must be an http(s):// URL, got '" + base + "'");
        }
        return new LedgerLineConfig.Recordings(dir, base, positive("recordings.appearTimeoutSeconds"));
    }

    /** A comma-separated list of CIDR blocks, at least one (an empty allow-list would refuse every call). */
    private List<CidrBlock> cidrList(String key) {
        List<CidrBlock> blocks = new ArrayList<>();
        for (String entry : text(key).split(",", -1)) {
            if (entry.isBlank()) {
                throw new ConfigException("configuration key '" + key + "' has an empty entry; write CIDR blocks "
                        + "separated by commas, e.g. '127.0.0.0/8, ::1/128'");
            }
            try {
                blocks.add(CidrBlock.parse(entry));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("configuration key '" + key + "' must be CIDR blocks separated by commas "
                        + "(e.g. '10.0.0.5/32, 2001:db8::/64'): " + e.getMessage());
            }
        }
        return blocks;
    }

    private ZoneId zone(String key) {
        String value = text(key);
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new ConfigException("configuration key '" + key
                    + "' must be a time zone such as 'UTC' or 'America/Chicago', got '" + value + "'");
        }
    }

    private int nonNegative(String key) {
        int value = integer(key);
        if (value < 0) {
            throw new ConfigException("configuration key '" + key + "' must be 0 or more, got " + value);
        }
        return value;
    }

    private BigDecimal money(String key) {
        String value = text(key).trim();
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0 || amount.scale() > 2) {
                throw new NumberFormatException();
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new ConfigException("configuration key '" + key
                    + "' must be an amount such as '5000.00' (0 or more, at most two decimals), got '" + value + "'");
        }
    }

    private String address(String key) {
        String value = text(key).trim();
        if (!EMAIL.matcher(value).matches()) {
            throw new ConfigException("configuration key '" + key + "' must be an email address, got '" + value + "'");
        }
        return value;
    }

    private String string(String key) {
        return (String) present(key);
    }

    /** A caller ID for AMI: one short line ("" for none), since it travels as an AMI header. */
    private String callerId(String key) {
        String value = string(key);
        if (value.length() > 80 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new ConfigException("configuration key '" + key + "' must be one line of at most 80 characters");
        }
        return value;
    }

    private String text(String key) {
        String value = string(key);
        if (value.isBlank()) {
            throw new ConfigException("configuration key '" + key + "' must not be empty");
        }
        return value;
    }

    /**
     * How long a collector call must stay connected to count as a conversation (1006.14(b)(2)(i)(B)
     * starts its 7-day period at a "telephone conversation"). 0 counts every answered call, the
     * strictest reading; longer thresholds count fewer calls as conversations, so the key is capped.
     */
    private Duration conversationMinimum() {
        String key = "compliance.conversationMinimumSeconds";
        int value = integer(key);
        if (value < 0 || value > LedgerLineConfig.Compliance.MAX_CONVERSATION_MINIMUM_SECONDS) {
            throw new ConfigException("configuration key '" + key + "' must be 0-"
                    + LedgerLineConfig.Compliance.MAX_CONVERSATION_MINIMUM_SECONDS
                    + " seconds (how long an answered collector call must last to count as a conversation), got "
                    + value);
        }
        return Duration.ofSeconds(value);
    }

    private int integer(String key) {
        return (Integer) present(key);
    }

    private boolean bool(String key) {
        return (Boolean) present(key);
    }

    /** ConfigLoader starts from the defaults file, which holds every key; the message still names the key. */
    private Object present(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw new ConfigException("configuration key '" + key + "' is missing");
        }
        return value;
    }

    private int positive(String key) {
        int value = integer(key);
        if (value < 1) {
            throw new ConfigException("configuration key '" + key + "' must be at least 1, got " + value);
        }
        return value;
    }

    private int port(String key) {
        int value = integer(key);
        if (value < 0 || value > 65535) {
            throw new ConfigException(
                    "configuration key '" + key + "' must be a TCP port 0-65535 (0 = any free port), got " + value);
        }
        return value;
    }

    private Duration millis(String key) {
        return Duration.ofMillis(positive(key));
    }

    private Duration nonNegativeMillis(String key) {
        int value = integer(key);
        if (value < 0) {
            throw new ConfigException("configuration key '" + key + "' must be 0 or more milliseconds, got " + value);
        }
        return Duration.ofMillis(value);
    }

    private String gateway(String key) {
        String value = text(key);
        if (!value.equals("sandbox")) {
            throw new ConfigException(
                    "configuration key '" + key + "' must be 'sandbox' (the only payment gateway so far), got '"
                            + value + "'");
        }
        return value;
    }

    private String jdbcUrl(String key) {
        String value = string(key).trim();
        if (!value.isEmpty() && !value.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("configuration key '" + key
                    + "' must be empty (embedded PostgreSQL) or a jdbc:postgresql:// URL, got '" + value + "'");
        }
        return value;
    }

    private String destination(String key) {
        String value = text(key);
        if (!DESTINATION.matcher(value).matches()) {
            throw new ConfigException("configuration key '" + key
                    + "' must be a dialplan destination 'context,extension,priority', got '" + value + "'");
        }
        return value;
    }

    private String language(String key) {
        String value = text(key);
        if (!LANGUAGE.matcher(value).matches()) {
            throw new ConfigException(
                    "configuration key '" + key + "' must be a language code such as 'en', got '" + value + "'");
        }
        return value;
    }
}
