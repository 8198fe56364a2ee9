package io.candypanel.bootstrap.sync;

import io.candypanel.application.port.in.backup.BackupInfo;
import io.candypanel.application.port.in.backup.BackupUseCase;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code auto_backup=1}, makes a snapshot when the newest one is a day old (checked hourly and
 * at start, so a panel that was down catches up); the backup use case keeps the last 14.
 */
public final class DailyBackupScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(DailyBackupScheduler.class);
    static final Duration INTERVAL = Duration.ofDays(1);
    static final Duration CHECK_EVERY = Duration.ofHours(1);

    private final BackupUseCase backups;
    private final SettingsRepositoryPort settings;
    private final Clock clock;
    private ScheduledExecutorService executor;

    public DailyBackupScheduler(BackupUseCase backups, SettingsRepositoryPort settings, Clock clock) {
        this.backups = Objects.requireNonNull(backups, "backups");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "candypanel-backup");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::backupIfDue, 1, CHECK_EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    /** Makes a snapshot when automatic backups are on and the newest is at least a day old; returns whether it did. */
    public boolean backupIfDue() {
        try {
            Settings current = settings.load();
            if (!current.isInstalled() || !"1".equals(current.get(SettingKey.AUTO_BACKUP))) {
                return false;
            }
            List<BackupInfo> existing = backups.list();
            Instant now = clock.instant();
            if (!existing.isEmpty() && existing.get(0).createdAt().plus(INTERVAL).isAfter(now)) {
                return false;
            }
            BackupInfo made = backups.create();
            LOG.info("Daily backup written: {}", made.name());
            return true;
        } catch (RuntimeException e) {
            LOG.error("Daily backup failed", e);
            return false;
        }
    }
}
