package io.candypanel.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import io.candypanel.adapter.http.HttpServer;
import io.candypanel.adapter.persistence.Database;
import io.candypanel.adapter.wireguard.KernelModeResolver;
import io.candypanel.adapter.wireguard.WireGuardConfig;
import io.candypanel.bootstrap.config.AppConfig;
import io.candypanel.bootstrap.lifecycle.Lifecycle;
import io.candypanel.bootstrap.lifecycle.Service;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The assembled panel: the injector plus the lifecycle of its services. Used by {@link Main}, tests and benchmarks. */
public final class CandyPanelApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CandyPanelApp.class);

    private final Injector injector;
    private final Lifecycle lifecycle;
    private final Runnable closer;

    private CandyPanelApp(Injector injector, Lifecycle lifecycle) {
        this.injector = injector;
        this.lifecycle = lifecycle;
        this.closer = lifecycle::stop;
    }

    private CandyPanelApp(Injector injector, Database database) {
        this.injector = injector;
        this.lifecycle = null;
        this.closer = database::close;
    }

    /**
     * The core and the database only, for the command-line maintenance commands: no HTTP server,
     * no scheduler, and WireGuard in config-only mode so nothing on the host is changed.
     */
    public static CandyPanelApp openForMaintenance(AppConfig config, Clock clock) {
        Objects.requireNonNull(config, "config");
        KernelModeResolver.Resolution configOnly = new KernelModeResolver.Resolution(
                io.candypanel.application.port.out.kernel.WireGuardPort.KernelStatus.Mode.CONFIG_ONLY,
                "a maintenance command never drives WireGuard");
        Injector injector = Guice.createInjector(Stage.PRODUCTION, List.of(
                new StrictSettingsModule(),
                new PersistenceModule(config.persistence()),
                new ApplicationModule(clock),
                new WireGuardModule(config.wireGuard(), configOnly),
                new ChatModule(),
                new HttpModule(config.http()),
                new SchedulerModule()));
        Database database = injector.getInstance(Database.class);
        database.start();
        return new CandyPanelApp(injector, database);
    }

    /** Wires every module and starts the services in order: database, WireGuard, HTTP, the Telegram bot, schedulers. */
    public static CandyPanelApp start(AppConfig config, Clock clock) throws Exception {
        Objects.requireNonNull(config, "config");
        List<Module> modules = new ArrayList<>(List.of(
                new StrictSettingsModule(),
                new PersistenceModule(config.persistence()),
                new ApplicationModule(clock),
                new WireGuardModule(config.wireGuard(), resolveMode(config.wireGuard())),
                new ChatModule(),
                new HttpModule(config.http()),
                new TelegramModule(config.chat()),
                new SchedulerModule()));
        Injector injector = Guice.createInjector(Stage.PRODUCTION, modules);
        // Multibinder keeps binding order, which is the module order above.
        Set<Service> services = injector.getInstance(Key.get(new TypeLiteral<Set<Service>>() { }));
        Lifecycle lifecycle = new Lifecycle(List.copyOf(services));
        lifecycle.start();
        return new CandyPanelApp(injector, lifecycle);
    }

    /** Kernel mode needs root and the wg tools; decided once, before wiring, with a plain {@code if}. */
    private static KernelModeResolver.Resolution resolveMode(WireGuardConfig config) {
        KernelModeResolver.Resolution resolution = new KernelModeResolver().resolve(config.requestedMode());
        LOG.info("WireGuard mode: {} ({})", resolution.mode(), resolution.reason());
        return resolution;
    }

    public int httpPort() {
        return injector.getInstance(HttpServer.class).port();
    }

    /** A wired component (a port or a use case), for embedding tests and benchmarks. */
    public <T> T component(Class<T> type) {
        return injector.getInstance(type);
    }

    public void stopOnShutdown() {
        if (lifecycle != null) {
            lifecycle.stopOnShutdown();
        }
    }

    @Override
    public void close() {
        closer.run();
    }
}
