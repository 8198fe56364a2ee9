package io.candypanel.bootstrap.lifecycle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts services in order and stops the started ones in reverse: on {@link #stop()}, on a failed
 * start, and from the JVM shutdown hook (SIGTERM, SIGINT).
 */
public final class Lifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    private final List<Service> services;
    private final Deque<Service> started = new ArrayDeque<>();
    private boolean stopped;

    public Lifecycle(List<Service> services) {
        this.services = List.copyOf(Objects.requireNonNull(services, "services"));
    }

    public synchronized void start() throws Exception {
        for (Service service : services) {
            LOG.debug("Starting {}", service.name());
            try {
                service.start();
            } catch (Exception e) {
                LOG.error("{} failed to start; stopping what was started", service.name());
                stop();
                throw e;
            }
            started.push(service);
        }
    }

    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        while (!started.isEmpty()) {
            Service service = started.pop();
            try {
                service.stop();
            } catch (RuntimeException e) {
                LOG.warn("{} did not stop cleanly", service.name(), e);
            }
        }
    }

    public void stopOnShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "candypanel-shutdown"));
    }
}
