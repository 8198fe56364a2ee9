package io.candypanel.bootstrap.sync;

import io.candypanel.application.port.in.reminder.RemindersSent;
import io.candypanel.application.port.in.reminder.SendRemindersUseCase;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.setting.SettingKey;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a sync tick every {@code sync_interval_seconds}, read again after each tick so a changed
 * setting takes effect without a restart, and then the bot users' reminders, which read the usage the
 * tick just booked. A tick that fails is logged and the schedule goes on.
 */
public final class SyncScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

    private final SyncUseCase sync;
    private final SendRemindersUseCase reminders;
    private final SettingsRepositoryPort settings;
    private ScheduledExecutorService executor;

    public SyncScheduler(SyncUseCase sync, SendRemindersUseCase reminders, SettingsRepositoryPort settings) {
        this.sync = Objects.requireNonNull(sync, "sync");
        this.reminders = Objects.requireNonNull(reminders, "reminders");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "candypanel-sync");
            thread.setDaemon(true);
            return thread;
        });
        scheduleNext();
    }

    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    private synchronized void scheduleNext() {
        if (executor == null || executor.isShutdown()) {
            return;
        }
        long seconds;
        try {
            seconds = Long.parseLong(settings.load().get(SettingKey.SYNC_INTERVAL_SECONDS));
        } catch (RuntimeException e) {
            LOG.warn("Could not read sync_interval_seconds; using the default", e);
            seconds = Long.parseLong(SettingKey.SYNC_INTERVAL_SECONDS.defaultValue());
        }
        executor.schedule(this::tick, seconds, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            SyncReport report = sync.sync();
            report.disabled().forEach(d -> LOG.info("Client {} disabled: {}", d.name(), d.reason().wireName()));
            report.kernelActions().forEach(action -> LOG.info("Sync: {}", action));
            report.kernelFailures().forEach(failure -> LOG.warn("Sync: {}", failure));
        } catch (RuntimeException e) {
            LOG.error("Sync tick failed", e);
        }
        try {
            RemindersSent sent = reminders.sendReminders();
            if (sent.due() > 0) {
                LOG.info("Reminders: {} due, {} delivered", sent.due(), sent.delivered());
            }
        } catch (RuntimeException e) {
            LOG.error("Sending reminders failed", e);
        } finally {
            scheduleNext();
        }
    }
}
