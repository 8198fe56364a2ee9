package io.candypanel.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.candypanel.adapter.wireguard.KernelModeResolver;
import io.candypanel.adapter.wireguard.ProcHostMetrics;
import io.candypanel.adapter.wireguard.ProcessCommandRunner;
import io.candypanel.adapter.wireguard.WgCliAdapter;
import io.candypanel.adapter.wireguard.WgConfigOnlyAdapter;
import io.candypanel.adapter.wireguard.WireGuardConfig;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.metrics.HostMetricsPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.bootstrap.lifecycle.Service;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** WireGuard (kernel or config-only, decided before the injector is built) and host metrics. */
final class WireGuardModule extends AbstractModule {
    private static final Logger LOG = LoggerFactory.getLogger(WireGuardModule.class);

    private final WireGuardConfig config;
    private final KernelModeResolver.Resolution mode;

    WireGuardModule(WireGuardConfig config, KernelModeResolver.Resolution mode) {
        this.config = Objects.requireNonNull(config, "config");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    @Provides
    @Singleton
    WireGuardPort wireGuard(Clock clock) {
        if (mode.mode() == WireGuardPort.KernelStatus.Mode.KERNEL) {
            return new WgCliAdapter(config, new ProcessCommandRunner(), clock);
        }
        return new WgConfigOnlyAdapter(config, mode.reason());
    }

    @Provides
    @Singleton
    HostMetricsPort hostMetrics() {
        return new ProcHostMetrics();
    }

    /**
     * At start: in kernel mode one sync tick books what the kernel counted while the panel was
     * away and reconciles (brings interfaces up, fixes peers); in config-only mode every config
     * file is rendered again from the database.
     */
    @ProvidesIntoSet
    Service reconcileAtStart(InterfaceRepositoryPort interfaces, KernelApplier kernel, WireGuardPort wireGuard, SyncUseCase sync) {
        return Service.of("wireguard", () -> {
            LOG.info("{}", wireGuard.status().description());
            if (wireGuard.status().mode() == WireGuardPort.KernelStatus.Mode.KERNEL) {
                SyncReport report = sync.sync();
                report.kernelActions().forEach(action -> LOG.info("Start-up reconcile: {}", action));
                report.kernelFailures().forEach(failure -> LOG.warn("Start-up reconcile: {}", failure));
                return;
            }
            for (WgInterface wgInterface : interfaces.findAll()) {
                KernelOutcome outcome = kernel.apply(wgInterface.id());
                if (!outcome.applied()) {
                    LOG.warn("{}", outcome.message());
                }
            }
        }, () -> { });
    }
}
