package io.candypanel.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.bootstrap.lifecycle.Service;
import io.candypanel.bootstrap.sync.SyncScheduler;

/** Periodic work; started last, stopped first. */
final class SchedulerModule extends AbstractModule {
    @Provides
    @Singleton
    SyncScheduler syncScheduler(SyncUseCase sync, SettingsRepositoryPort settings) {
        return new SyncScheduler(sync, settings);
    }

    @ProvidesIntoSet
    Service schedulerService(SyncScheduler scheduler) {
        return Service.of("sync scheduler", scheduler::start, scheduler::stop);
    }
}
