package io.candypanel.application.service.sync;

import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.application.service.traffic.TrafficLedger;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

public final class SyncService implements SyncUseCase {
    private final KernelApplier kernel;
    private final TrafficLedger ledger;
    private final InterfaceRepositoryPort interfaces;
    private final SettingsRepositoryPort settings;
    private final Clock clock;
    private final AtomicReference<SyncReport> lastReport = new AtomicReference<>();
    /** Reads the kernel while the tick reads the database; one daemon thread, created when first needed. */
    private final Executor dumpReader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "candypanel-kernel-read");
        thread.setDaemon(true);
        return thread;
    });

    public SyncService(KernelApplier kernel, TrafficLedger ledger, InterfaceRepositoryPort interfaces,
                       SettingsRepositoryPort settings, Clock clock) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SyncReport sync() {
        // The kernel lock makes ticks, manual triggers and counter-resetting operations take turns.
        SyncReport report = kernel.exclusively(this::tick);
        lastReport.set(report);
        return report;
    }

    /** The last completed tick since start, for the dashboard. */
    public Optional<SyncReport> lastReport() {
        return Optional.ofNullable(lastReport.get());
    }

    private SyncReport tick() {
        Instant startedAt = clock.instant();
        long startNanos = System.nanoTime();
        List<String> actions = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        // The dump runs in another process; the clients are read from the database meanwhile.
        CompletableFuture<Optional<KernelSnapshot>> dump = kernel.readKernelAsync(dumpReader);
        Optional<TrafficLedger.Result> bookedOrNot = ledger.book(dump::join, TrafficLedger.Policy.BOOK_AND_ENFORCE);
        Optional<KernelSnapshot> snapshot = dump.join();
        if (snapshot.isEmpty()) {
            failures.add("The kernel could not be read; traffic was not booked in this tick.");
        }
        KernelSnapshot reading = snapshot.orElseGet(() -> KernelSnapshot.empty(startedAt));
        TrafficLedger.Result booked = bookedOrNot.orElseGet(() -> new TrafficLedger.Result(0, 0, List.of(), 0, Set.of(), Map.of()));

        Set<InterfaceId> restarted = new HashSet<>();
        if (snapshot.isPresent() && restartDue(startedAt)) {
            // Counters were booked just above, under the same lock: the restart loses nothing.
            for (WgInterface wgInterface : interfaces.findAll()) {
                if (wgInterface.isUp()) {
                    KernelOutcome outcome = kernel.restart(wgInterface.id());
                    (outcome.applied() ? actions : failures).add(outcome.message());
                    restarted.add(wgInterface.id());
                }
            }
        }
        Set<InterfaceId> handled = new HashSet<>(restarted);
        for (InterfaceId changed : booked.interfacesWithNewDesiredState()) {
            if (handled.add(changed)) {
                KernelOutcome outcome = kernel.apply(changed);
                (outcome.applied() ? actions : failures).add(outcome.message());
            }
        }
        if (snapshot.isPresent()) {
            for (String action : kernel.reconcile(reading, handled, booked.enabledPeers())) {
                (action.endsWith("(fixed)") ? actions : failures).add(action);
            }
        }
        return new SyncReport(startedAt, Duration.ofNanos(System.nanoTime() - startNanos).toMillis(), reading.peerCount(),
                booked.clientsUpdated(), booked.bytesCounted(), booked.disabled(), booked.reEnabled(), actions, failures);
    }

    /**
     * reset_time (hours, 0 = off) restarts the active interfaces on that period, as the original
     * did. The next due time is stored, so a panel restart neither skips nor repeats a restart.
     */
    private boolean restartDue(Instant now) {
        Settings current = settings.load();
        long hours = Long.parseLong(current.get(SettingKey.RESET_TIME));
        long next = Long.parseLong(current.get(SettingKey.NEXT_INTERFACE_RESTART));
        if (hours == 0) {
            if (next != 0) {
                settings.saveAll(Map.of(SettingKey.NEXT_INTERFACE_RESTART, "0"));
            }
            return false;
        }
        long nowSeconds = now.getEpochSecond();
        // A shortened period takes effect now rather than after the old, longer wait.
        if (next == 0 || next > nowSeconds + hours * 3600) {
            settings.saveAll(Map.of(SettingKey.NEXT_INTERFACE_RESTART, Long.toString(nowSeconds + hours * 3600)));
            return false;
        }
        if (nowSeconds < next) {
            return false;
        }
        settings.saveAll(Map.of(SettingKey.NEXT_INTERFACE_RESTART, Long.toString(nowSeconds + hours * 3600)));
        return true;
    }
}
