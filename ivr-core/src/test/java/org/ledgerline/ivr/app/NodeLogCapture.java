package org.ledgerline.ivr.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures every event any logger of the node writes (an appender on Logback's root logger), so a
 * test sees what an operator would: Asterisk-Java's connection handler, HikariCP and the ledger as
 * well as our own classes. The root level is lowered to {@code level} while capturing; loggers
 * configured with a level of their own (Asterisk-Java, HikariCP at WARN) keep it, as in production.
 */
final class NodeLogCapture implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level previousLevel = root.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private NodeLogCapture(Level level) {
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
        root.setLevel(level);
    }

    /** Starts capturing events at {@code level} and above, from every logger and thread. */
    static NodeLogCapture from(Level level) {
        return new NodeLogCapture(level);
    }

    /** Everything captured so far, in the order it was logged. */
    List<ILoggingEvent> events() {
        // The appender adds under its own lock (AppenderBase.doAppend is synchronized), so copy under it.
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    /** Events logged on a thread whose name starts with one of {@code prefixes}. */
    List<ILoggingEvent> onThreadsNamed(String... prefixes) {
        return events().stream()
                .filter(e -> List.of(prefixes).stream().anyMatch(e.getThreadName()::startsWith))
                .toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(previousLevel);
        appender.stop();
    }
}
