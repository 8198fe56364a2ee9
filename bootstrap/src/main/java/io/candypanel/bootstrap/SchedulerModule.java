package io.candypanel.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.candypanel.application.port.in.reminder.SendRemindersUseCase;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.bootstrap.lifecycle.Service;
import io.candypanel.bootstrap.sync.DailyBackupScheduler;
import io.candypanel.bootstrap.sync.SyncScheduler;
import io.candypanel.application.port.in.backup.BackupUseCase;
import java.time.Clock;

/** Periodic work; started last, stopped first. */
final class SchedulerModule extends AbstractModule {
    @Provides
    @Singleton
    SyncScheduler syncScheduler(SyncUseCase sync, SendRemindersUseCase reminders, SettingsRepositoryPort settings) {
        return new SyncScheduler(sync, reminders, settings);
    }

    @Provides
    @Singleton
    DailyBackupScheduler dailyBackups(BackupUseCase backups, SettingsRepositoryPort settings, Clock clock) {
        return new DailyBackupScheduler(backups, settings, clock);
    }

    /** One service for both, so their order in the set does not depend on provider-method order. */
    @ProvidesIntoSet
    Service schedulerService(SyncScheduler scheduler, DailyBackupScheduler dailyBackups) {
        return Service.of("schedulers", () -> {
            scheduler.start();
            dailyBackups.start();
        }, () -> {
            dailyBackups.stop();
            scheduler.stop();
        });
    }
}
