package io.candypanel.adapter.persistence;

import java.util.logging.Level;
import liquibase.logging.Logger;
import liquibase.logging.core.AbstractLogService;
import liquibase.logging.core.AbstractLogger;
import org.slf4j.LoggerFactory;

/**
 * Sends Liquibase's log to SLF4J instead of java.util.logging, so the panel's logging configuration
 * governs it and nothing is printed to stderr behind its back. Liquibase narrates every migration
 * at INFO ("Running Changeset", "Update has been successful"), so INFO becomes DEBUG here;
 * {@link Database} logs one INFO line of its own instead. Warnings and errors keep their level.
 */
final class LiquibaseLogBridge extends AbstractLogService {

    @Override
    public int getPriority() {
        return PRIORITY_SPECIALIZED;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface declares the raw type
    public Logger getLog(Class clazz) {
        return new Slf4jLogger(LoggerFactory.getLogger(clazz));
    }

    private static final class Slf4jLogger extends AbstractLogger {
        private final org.slf4j.Logger target;

        Slf4jLogger(org.slf4j.Logger target) {
            this.target = target;
        }

        @Override
        public void log(Level level, String message, Throwable e) {
            int value = level.intValue();
            if (value == Level.OFF.intValue()) {
                // Liquibase passes OFF for messages it means to suppress (e.g. its analytics notices).
                return;
            }
            if (value >= Level.SEVERE.intValue()) {
                target.error(message, e);
            } else if (value >= Level.WARNING.intValue()) {
                target.warn(message, e);
            } else if (value >= Level.CONFIG.intValue()) {
                target.debug(message, e);
            } else {
                target.trace(message, e);
            }
        }

        /** Nothing to release: SLF4J owns the appenders. */
        @Override
        public void close() {
        }
    }
}
