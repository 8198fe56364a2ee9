package io.candypanel.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.candypanel.adapter.wireguard.ProcHostMetrics;
import io.candypanel.adapter.wireguard.WgConfigOnlyAdapter;
import io.candypanel.adapter.wireguard.WireGuardConfig;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.metrics.HostMetricsPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.bootstrap.lifecycle.Service;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** WireGuard and host metrics. This release writes configs only; kernel control plugs in here later. */
final class WireGuardModule extends AbstractModule {
    private static final Logger LOG = LoggerFactory.getLogger(WireGuardModule.class);

    private final WireGuardConfig config;

    WireGuardModule(WireGuardConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Provides
    @Singleton
    WgConfigOnlyAdapter configOnlyAdapter() {
        String reason = config.requestedMode() == WireGuardConfig.Mode.CONFIG_ONLY
                ? "config-only mode was requested"
                : "kernel control arrives in a later release; '" + config.requestedMode().configValue() + "' was requested";
        return new WgConfigOnlyAdapter(config, reason);
    }

    @Provides
    WireGuardPort wireGuard(WgConfigOnlyAdapter adapter) {
        return adapter;
    }

    @Provides
    @Singleton
    HostMetricsPort hostMetrics() {
        return new ProcHostMetrics();
    }

    /** At start, render every interface from the database, so the config files match it even after a manual edit or a restore. */
    @ProvidesIntoSet
    Service reconcileAtStart(InterfaceRepositoryPort interfaces, KernelApplier kernel, WireGuardPort wireGuard) {
        return Service.of("wireguard", () -> {
            LOG.info("{}", wireGuard.status().description());
            for (WgInterface wgInterface : interfaces.findAll()) {
                KernelOutcome outcome = kernel.apply(wgInterface.id());
                if (!outcome.applied()) {
                    LOG.warn("{}", outcome.message());
                }
            }
        }, () -> { });
    }
}
