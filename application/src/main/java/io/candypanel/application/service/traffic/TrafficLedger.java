package io.candypanel.application.service.traffic;

import io.candypanel.application.port.in.sync.SyncReport.DisabledClient;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.traffic.InterfaceReading;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.traffic.PeerReading;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Books kernel readings into client usage: one snapshot in, one transaction out, with one batched
 * update of the clients that changed. Cost grows linearly with clients: no query or process per
 * client. Callers hold the kernel lock, so nothing resets counters while a snapshot is booked.
 */
public final class TrafficLedger {
    private final UnitOfWorkPort unitOfWork;
    private final ClientRepositoryPort clients;
    private final InterfaceRepositoryPort interfaces;
    private final SettingsRepositoryPort settings;
    private final Clock clock;

    public TrafficLedger(UnitOfWorkPort unitOfWork, ClientRepositoryPort clients, InterfaceRepositoryPort interfaces,
                         SettingsRepositoryPort settings, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What to do besides booking traffic. */
    public enum Policy {
        /** Only book traffic (before an operation that removes peers or restarts an interface). */
        BOOK_ONLY,
        /** A sync tick: also disable expired and over-quota clients and run the monthly usage reset when due. */
        BOOK_AND_ENFORCE
    }

    /**
     * @param interfacesWithNewDesiredState interfaces whose enabled peers changed (enforcement or reset)
     */
    /**
     * @param enabledPeers the desired peers of every interface after this booking (enforcement
     *                     included), so a reconcile in the same tick needs no second read of the clients
     */
    public record Result(int clientsUpdated, long bytesCounted, List<DisabledClient> disabled, int reEnabled,
                         Set<InterfaceId> interfacesWithNewDesiredState, Map<InterfaceId, List<Client>> enabledPeers) {
    }

    public Result book(KernelSnapshot snapshot, Policy policy) {
        return book(() -> Optional.of(snapshot), policy).orElseThrow();
    }

    /**
     * Books a snapshot that may still be on its way: the clients are read while the kernel dump
     * runs, so a tick costs about the larger of the two rather than their sum. Empty, with nothing
     * changed, when the snapshot could not be read.
     */
    public Optional<Result> book(Supplier<Optional<KernelSnapshot>> pendingSnapshot, Policy policy) {
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            Settings current = settings.load();
            List<WgInterface> allInterfaces = interfaces.findAll();
            List<Client> allClients = clients.findAll();
            Optional<KernelSnapshot> received = pendingSnapshot.get();
            if (received.isEmpty()) {
                return Optional.<Result>empty();
            }
            KernelSnapshot snapshot = received.get();
            Map<InterfaceId, Map<WgKey, PeerReading>> running = new HashMap<>();
            for (WgInterface wgInterface : allInterfaces) {
                Optional<InterfaceReading> reading = snapshot.interfaceNamed(wgInterface.name());
                reading.ifPresent(r -> running.put(wgInterface.id(), r.peersByKey()));
            }
            Optional<YearMonth> duePeriod = policy == Policy.BOOK_AND_ENFORCE ? monthlyResetDue(current, now) : Optional.empty();
            boolean monthlyReset = duePeriod.isPresent();
            boolean startMonthlyCalendar = policy == Policy.BOOK_AND_ENFORCE && !monthlyReset
                    && !current.get(SettingKey.TRAFFIC_RESET_DAY).equals("0") && current.get(SettingKey.LAST_TRAFFIC_RESET).isEmpty();

            List<Client> changed = new ArrayList<>();
            List<DisabledClient> disabled = new ArrayList<>();
            Set<InterfaceId> newDesiredState = new HashSet<>();
            Map<InterfaceId, List<Client>> enabledPeers = new HashMap<>();
            long bytes = 0;
            int reEnabled = 0;
            for (Client client : allClients) {
                Map<WgKey, PeerReading> peers = running.get(client.interfaceId());
                PeerReading reading = peers == null ? null : peers.get(client.keys().publicKey());
                boolean clientChanged;
                if (reading != null) {
                    Client.Observation observation = client.observe(reading, now);
                    bytes += observation.added().total();
                    clientChanged = observation.changed() || observation.added().total() > 0;
                } else {
                    clientChanged = client.peerGone();
                }
                if (monthlyReset) {
                    boolean hadUsage = client.usage().total() > 0;
                    if (client.startNewUsagePeriod(now)) {
                        reEnabled++;
                        newDesiredState.add(client.interfaceId());
                        clientChanged = true;
                    }
                    clientChanged |= hadUsage;
                }
                if (policy == Policy.BOOK_AND_ENFORCE) {
                    Optional<DisabledReason> reason = client.enforceLimits(now);
                    if (reason.isPresent()) {
                        disabled.add(new DisabledClient(client.name().value(), reason.get()));
                        newDesiredState.add(client.interfaceId());
                        clientChanged = true;
                    }
                }
                if (clientChanged) {
                    changed.add(client);
                }
                if (client.isEnabled()) {
                    enabledPeers.computeIfAbsent(client.interfaceId(), id -> new ArrayList<>()).add(client);
                }
            }
            clients.updateAll(changed);
            Map<SettingKey, String> settingChanges = new HashMap<>();
            if (bytes > 0) {
                settingChanges.put(SettingKey.BANDWIDTH, Long.toString(saturatedAdd(current.bandwidthBytes(), bytes)));
            }
            if (monthlyReset || startMonthlyCalendar) {
                settingChanges.put(SettingKey.LAST_TRAFFIC_RESET,
                        duePeriod.orElseGet(() -> YearMonth.from(now.atZone(clock.getZone()))).toString());
            }
            if (!settingChanges.isEmpty()) {
                settings.saveAll(settingChanges);
            }
            return Optional.of(new Result(changed.size(), bytes, disabled, reEnabled, newDesiredState, enabledPeers));
        });
    }

    /**
     * Due once a month, on the first tick on or after the configured day (1-28; 0 = off). When the
     * day is first set, the current month counts as done: turning the feature on never wipes the
     * usage of the month in progress.
     */
    private Optional<YearMonth> monthlyResetDue(Settings current, Instant now) {
        int resetDay = Integer.parseInt(current.get(SettingKey.TRAFFIC_RESET_DAY));
        String lastReset = current.get(SettingKey.LAST_TRAFFIC_RESET);
        if (resetDay == 0 || lastReset.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(clock.getZone());
        YearMonth thisMonth = YearMonth.from(local);
        YearMonth period = local.getDayOfMonth() >= resetDay ? thisMonth : thisMonth.minusMonths(1);
        return period.isAfter(YearMonth.parse(lastReset)) ? Optional.of(period) : Optional.empty();
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
