package io.candypanel.adapter.telegram.botapi;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/** Collects everything the adapter logs, down to DEBUG and with stack traces, while open. */
final class LogCapture implements AutoCloseable {
    private static final String ADAPTER = "io.candypanel.adapter.telegram";

    private final Logger logger = (Logger) LoggerFactory.getLogger(ADAPTER);
    private final Level previousLevel = logger.getLevel();
    private final boolean previousAdditivity = logger.isAdditive();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LogCapture() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        logger.setAdditive(false);
    }

    // AppenderBase.doAppend holds the appender's lock while it adds to the list.
    /** Every event: level, formatted message and the full stack trace with all causes. */
    String text() {
        synchronized (appender) {
            return appender.list.stream()
                    .map(event -> event.getLevel() + " " + event.getFormattedMessage()
                            + (event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy())))
                    .collect(Collectors.joining("\n"));
        }
    }

    int size() {
        synchronized (appender) {
            return appender.list.size();
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(previousLevel);
        logger.setAdditive(previousAdditivity);
        appender.stop();
    }
}
