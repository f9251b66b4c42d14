package org.ledgerline.ivr.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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
        var http = new LedgerLineConfig.Http(text("http.host"), port("http.port"));
        var agi = new LedgerLineConfig.Agi(text("agi.host"), port("agi.port"), positive("agi.backlog"));
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
                throw new ConfigException("configuration key 'ami.port' must be Asterisk's AMI port (usually 5038), got 0");
            }
        }
        var payments = new LedgerLineConfig.Payments(
                gateway("payments.gateway"), positive("payments.postAttempts"), nonNegativeMillis("payments.postRetryDelayMs"));
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
        return new LedgerLineConfig(http, agi, database, ami, payments, prompts, ivr, promises(), disputes(), mail(), recordings(),
                new LedgerLineConfig.BackOffice(zone("backOffice.timeZone")));
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
            throw new ConfigException("configuration key 'mail.starttls' must be one of " + STARTTLS + ", got '" + starttls + "'");
        }
        return new LedgerLineConfig.Mail(text("mail.host"), port("mail.port"), starttls, string("mail.username"),
                string("mail.password"), address("mail.from"), address("mail.creditManager"), millis("mail.timeoutMs"));
    }

    private LedgerLineConfig.Recordings recordings() {
        String dir = Path.of(text("recordings.dir")).toAbsolutePath().normalize().toString();
        String base = text("recordings.publicBaseUrl");
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            throw new ConfigException("configuration key 'recordings.publicBaseUrl' must be an http(s):// URL, got '" + base + "'");
        }
        return new LedgerLineConfig.Recordings(dir, base);
    }

    private ZoneId zone(String key) {
        String value = text(key);
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new ConfigException("configuration key '" + key + "' must be a time zone such as 'UTC' or 'America/Chicago', got '" + value + "'");
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

    private String text(String key) {
        String value = string(key);
        if (value.isBlank()) {
            throw new ConfigException("configuration key '" + key + "' must not be empty");
        }
        return value;
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
            throw new ConfigException("configuration key '" + key + "' must be a TCP port 0-65535 (0 = any free port), got " + value);
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
            throw new ConfigException("configuration key '" + key + "' must be 'sandbox' (the only payment gateway so far), got '"
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
            throw new ConfigException("configuration key '" + key + "' must be a language code such as 'en', got '" + value + "'");
        }
        return value;
    }
}
