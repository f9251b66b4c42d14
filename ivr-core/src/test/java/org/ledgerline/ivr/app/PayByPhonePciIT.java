package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordingStream;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.payment.SandboxTestCard;
import org.slf4j.LoggerFactory;

/**
 * PCI: payment calls with known card data (approved, declined, a mistyped number re-prompted), then
 * a search for that data everywhere the node could have put it: every log event of every logger at
 * TRACE (message, arguments, MDC, exceptions with causes and suppressed), the message of every
 * exception thrown anywhere in the JVM during the calls (JFR {@code jdk.JavaExceptionThrow}), every
 * text column of every ledger table, every file written under the node's directories and
 * {@code target/} during the test, and {@code /metrics}.
 *
 * <p>The expiry {@value #EXPIRY} and security code {@value #CVV} were chosen not to occur in
 * anything else a call produces (amounts, dates, ids, ports). Card numbers are searched in every
 * byte of every file; expiry and code in every text file. In binary files (PostgreSQL pages and WAL)
 * any short run of digits turns up by chance, so there the ledger is searched through its text
 * columns instead, comparing counts before and after the calls (the demo data holds short digit
 * runs of its own). Matches inside hexadecimal digests (32+ hex characters with a letter) do not
 * count: a 3-digit code turns up in SHA-256 sums by chance.
 */
class PayByPhonePciIT {
    private static final String APPROVED = SandboxTestCard.VISA_APPROVED.number();
    private static final String SECOND_CARD = SandboxTestCard.MASTERCARD_APPROVED.number();
    private static final String DECLINED = SandboxTestCard.DECLINED.number();
    /** A Luhn-failing number the caller "mistypes" first. */
    private static final String MISTYPED = "4111111111111112";
    static final String EXPIRY = "0931";
    static final String CVV = "739";
    private static final List<String> CARD_NUMBERS = List.of(APPROVED, SECOND_CARD, DECLINED, MISTYPED);
    private static final List<String> EVERYTHING = List.of(APPROVED, SECOND_CARD, DECLINED, MISTYPED, EXPIRY, CVV);

    @Test
    void cardNumbersExpiryAndSecurityCodeAppearInNoLogExceptionRowFileOrMetric() throws Exception {
        Instant started = Instant.now().minusSeconds(1);
        Path home = Path.of("target", "pci-it", Long.toString(System.nanoTime())).toAbsolutePath();
        Files.createDirectories(home);
        List<ILoggingEvent> events;
        Queue<String> exceptionMessages = new ConcurrentLinkedQueue<>();
        String metrics;
        Map<String, Long> rowsBefore;
        Map<String, Long> rowsAfter;

        try (PaymentNode payments = PaymentNode.start(null, Map.of(
                "ledgerline.database.url", "",
                "ledgerline.database.embeddedDataDir", home.resolve("postgres").toString(),
                "ledgerline.database.embeddedPort", "0"));
                AllLoggersAtTrace logs = new AllLoggersAtTrace();
                RecordingStream exceptions = new RecordingStream()) {
            exceptions.enable("jdk.JavaExceptionThrow");
            exceptions.enable("jdk.JavaErrorThrow");
            exceptions.onEvent(event -> exceptionMessages.add(
                    event.getClass("thrownClass").getName() + ": " + event.getString("message")));
            exceptions.startAsync();
            rowsBefore = textColumnsContaining(payments.node, EVERYTHING);

            List<String> approved = payments.call(PaymentNode.identified("100012",
                    "3 2 1 " + PaymentNode.card(APPROVED, EXPIRY, CVV) + " *")).transcript().promptKeys();
            List<String> declined = payments.call(PaymentNode.identified("100013",
                    "3 2 1 " + PaymentNode.card(DECLINED, EXPIRY, CVV) + " * *")).transcript().promptKeys();
            List<String> retyped = payments.call(PaymentNode.identified("100014",
                    "3 2 1 " + MISTYPED + "# " + PaymentNode.card(SECOND_CARD, EXPIRY, CVV) + " *")).transcript()
                    .promptKeys();
            assertThat(approved).contains("payment-approved");
            assertThat(declined).contains("payment-declined").doesNotContain("payment-approved");
            assertThat(retyped).containsSubsequence("payment-card-enter-number", "payment-card-number-invalid",
                    "payment-approved");

            exceptions.stop();
            events = logs.events();
            metrics = payments.node.get("/metrics").body();
            rowsAfter = textColumnsContaining(payments.node, EVERYTHING);
        }

        assertThat(events).as("Asterisk-Java's DEBUG lines were captured too")
                .anyMatch(e -> e.getLoggerName().startsWith("org.asteriskjava") && e.getLevel() == Level.DEBUG);
        assertThat(events).as("the payment attempts were logged")
                .anyMatch(e -> e.getLoggerName().endsWith("CardPaymentTaker"));
        List<String> leakingEvents = events.stream().map(PayByPhonePciIT::everythingIn)
                .filter(PayByPhonePciIT::mentionsCardData).toList();
        assertThat(leakingEvents).isEmpty();

        assertThat(exceptionMessages).as("the JFR exception recorder saw the refused card number")
                .anyMatch(message -> message.contains("CARD_NUMBER_CHECK_DIGIT_WRONG"));
        assertThat(exceptionMessages).noneMatch(PayByPhonePciIT::mentionsCardData);

        assertThat(rowsAfter).as("rows holding the digits, before and after the calls").isEqualTo(rowsBefore);
        assertThat(metrics).contains("ledgerline_agi_calls_served");
        assertThat(mentionsCardData(metrics)).isFalse();

        List<Path> written = filesWrittenSince(started, home, Path.of("target").toAbsolutePath());
        assertThat(written).as("files the node wrote during the test").isNotEmpty();
        assertThat(written.stream().filter(PayByPhonePciIT::fileHoldsCardData).toList()).isEmpty();
    }

    private static boolean mentionsCardData(String text) {
        return mentions(text, EVERYTHING);
    }

    /**
     * Whether {@code text} holds any needle, except inside a hexadecimal digest: a run of 32 or more
     * hex characters with at least one letter (a SHA-256 in the prompt manifest holds "739" by
     * chance as often as not). Keyed digits leak as runs of digits, which are never skipped.
     */
    private static boolean mentions(String text, List<String> needles) {
        for (String needle : needles) {
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
                int end = at + needle.length();
                if (!insideHexDigest(text, at, end) && (needle.length() >= 13 || standsAlone(text, at, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A card number is searched for anywhere. The 3-4 digit expiry and security code would also match
     * inside unrelated numbers (a timing "0.0739", a heap size, a call id), so they count only as a
     * digit run of their own: how a keyed value would be written.
     */
    private static boolean standsAlone(String text, int start, int end) {
        boolean digitOrPointBefore = start > 0
                && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.');
        boolean digitAfter = end < text.length() && Character.isDigit(text.charAt(end));
        boolean fractionAfter = end + 1 < text.length() && text.charAt(end) == '.'
                && Character.isDigit(text.charAt(end + 1));
        return !digitOrPointBefore && !digitAfter && !fractionAfter;
    }

    private static boolean insideHexDigest(String text, int start, int end) {
        int from = start;
        while (from > 0 && isHex(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && isHex(text.charAt(to))) {
            to++;
        }
        return to - from >= 32 && text.substring(from, to).chars().anyMatch(Character::isLetter);
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String everythingIn(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        if (event.getArgumentArray() != null) {
            text.append(Arrays.deepToString(event.getArgumentArray()));
        }
        text.append(event.getMDCPropertyMap());
        appendThrowable(text, event.getThrowableProxy());
        return text.toString();
    }

    private static void appendThrowable(StringBuilder text, IThrowableProxy throwable) {
        if (throwable == null) {
            return;
        }
        text.append(' ').append(throwable.getClassName()).append(": ").append(throwable.getMessage());
        for (IThrowableProxy suppressed : throwable.getSuppressed()) {
            appendThrowable(text, suppressed);
        }
        appendThrowable(text, throwable.getCause());
    }

    /**
     * How many rows hold each needle, per text-like column ("table.column needle" -> count, non-zero
     * counts only). The demo data may hold short digit runs by chance (a last four of 7390 contains
     * 739), so the test compares these counts before and after the calls.
     */
    private static Map<String, Long> textColumnsContaining(RunningServer node, List<String> needles)
            throws SQLException {
        Map<String, Long> found = new TreeMap<>();
        try (Connection c = node.server.ledger().dataSource().getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("""
                            select table_name, column_name
                              from information_schema.columns
                             where table_schema = 'public'
                               and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
                            """)) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            assertThat(columns).as("text columns in the ledger").hasSizeGreaterThan(20);
            for (String[] column : columns) {
                String sql = "select count(*) from \"" + column[0] + "\" where \"" + column[1] + "\"::text like ?";
                for (String needle : needles) {
                    try (PreparedStatement s = c.prepareStatement(sql)) {
                        s.setString(1, "%" + needle + "%");
                        try (ResultSet rows = s.executeQuery()) {
                            rows.next();
                            if (rows.getLong(1) > 0) {
                                found.put(column[0] + "." + column[1] + " " + needle, rows.getLong(1));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<Path> filesWrittenSince(Instant since, Path... roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(file -> modifiedSince(file, since)).forEach(files::add);
            }
        }
        return files;
    }

    private static boolean modifiedSince(Path file, Instant since) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(since);
        } catch (IOException vanished) {
            return false; // PostgreSQL removes temporary files while we walk
        }
    }

    private static boolean fileHoldsCardData(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        } catch (IOException vanished) {
            return false;
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        boolean binary = text.substring(0, Math.min(text.length(), 8192)).indexOf('\0') >= 0;
        return mentions(text, binary ? CARD_NUMBERS : EVERYTHING);
    }

    /** Every logger at TRACE with one list appender on the root; restores the levels on close. */
    private static final class AllLoggersAtTrace implements AutoCloseable {
        private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        private final Map<Logger, Level> previous = new HashMap<>();
        private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
        private final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

        AllLoggersAtTrace() {
            appender.setContext(context);
            appender.start();
            for (Logger logger : context.getLoggerList()) {
                previous.put(logger, logger.getLevel());
                logger.setLevel(logger == root ? Level.TRACE : null);
                logger.setAdditive(true);
            }
            root.addAppender(appender);
        }

        List<ILoggingEvent> events() {
            synchronized (appender) {
                return List.copyOf(appender.list);
            }
        }

        @Override
        public void close() {
            root.detachAppender(appender);
            appender.stop();
            previous.forEach(Logger::setLevel);
        }
    }
}
