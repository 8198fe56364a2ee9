package io.candypanel.application.service.kernel;

import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.application.service.traffic.TrafficLedger;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.traffic.InterfaceReading;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.traffic.PeerReading;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The only way the core changes WireGuard. The database is the truth: callers commit first, then
 * ask for the kernel change. A kernel failure never undoes the database; it is reported to the
 * caller, kept as a dashboard alert, and healed by the next reconciliation.
 *
 * <p>One fair lock covers every kernel operation and every booking of traffic, so counters are
 * never read while another operation resets them. Operations that destroy counters (removing a
 * peer, restarting an interface) run inside {@link #withCountersBooked}, which books the traffic
 * of every peer first: no byte is lost and none is counted twice.
 */
public final class KernelApplier {
    static final int MAX_ALERTS = 20;

    private final InterfaceRepositoryPort interfaces;
    private final ClientRepositoryPort clients;
    private final UnitOfWorkPort unitOfWork;
    private final WireGuardPort wireGuard;
    private final TrafficLedger ledger;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Deque<Failure> failures = new ArrayDeque<>();

    public KernelApplier(InterfaceRepositoryPort interfaces, ClientRepositoryPort clients, UnitOfWorkPort unitOfWork,
                         WireGuardPort wireGuard, TrafficLedger ledger, Clock clock) {
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.wireGuard = Objects.requireNonNull(wireGuard, "wireGuard");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs {@code work} holding the kernel lock, without booking traffic first. */
    public <T> T exclusively(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Books every peer's traffic, then runs {@code work} (a database change and the kernel
     * operation that goes with it) before anything else can read or reset counters.
     */
    public <T> T withCountersBooked(Supplier<T> work) {
        lock.lock();
        try {
            readKernel().ifPresent(snapshot -> ledger.book(snapshot, TrafficLedger.Policy.BOOK_ONLY));
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Starts one {@code wg show all dump} on {@code executor} and returns at once. The caller must
     * hold the kernel lock (see {@link #exclusively}) until it has the result, so nothing changes
     * the kernel meanwhile. Empty (and an alert) when the kernel cannot be read.
     */
    public CompletableFuture<Optional<KernelSnapshot>> readKernelAsync(Executor executor) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("readKernelAsync needs the kernel lock");
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                KernelSnapshot snapshot = wireGuard.readAll();
                clearFailures("read");
                return Optional.of(snapshot);
            } catch (RuntimeException e) {
                recordFailure("read", "Reading WireGuard counters failed: " + messageOf(e));
                return Optional.<KernelSnapshot>empty();
            }
        }, executor);
    }

    /** One {@code wg show all dump}; empty (and an alert) when the kernel cannot be read. */
    public Optional<KernelSnapshot> readKernel() {
        lock.lock();
        try {
            KernelSnapshot snapshot = wireGuard.readAll();
            clearFailures("read");
            return Optional.of(snapshot);
        } catch (RuntimeException e) {
            recordFailure("read", "Reading WireGuard counters failed: " + messageOf(e));
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /** Makes the interface match the database: config file, peers, and up or down. */
    public KernelOutcome apply(InterfaceId interfaceId) {
        return onInterface(interfaceId, "updated", wgInterface ->
                wireGuard.applyInterface(wgInterface, clients.findEnabledOn(interfaceId)));
    }

    /** A new or re-enabled client: its peer is added live (the fast path) and the config file rewritten. */
    public KernelOutcome addPeer(Client client) {
        return onInterface(client.interfaceId(), "peer added", wgInterface ->
                wireGuard.addPeer(wgInterface, client, clients.findEnabledOn(client.interfaceId())));
    }

    /** A disabled or deleted client: its peer is removed live and the config file rewritten. Book traffic first. */
    public KernelOutcome removePeer(InterfaceId interfaceId, WgKey publicKey) {
        return onInterface(interfaceId, "peer removed", wgInterface ->
                wireGuard.removePeer(wgInterface, publicKey, clients.findEnabledOn(interfaceId)));
    }

    /**
     * Restarts an interface from its config. Book traffic first: after a successful restart every
     * peer's counters start again at zero, and so do the readings we compare them with.
     */
    public KernelOutcome restart(InterfaceId interfaceId) {
        // Held across the restart and the zeroing, so no booking can see new counters against old readings.
        lock.lock();
        try {
            KernelOutcome outcome = onInterface(interfaceId, "restarted", wgInterface ->
                    wireGuard.restartInterface(wgInterface, clients.findEnabledOn(interfaceId)));
            if (outcome.applied()) {
                unitOfWork.run(() -> {
                    List<Client> onInterface = clients.findOn(interfaceId);
                    List<Client> changed = onInterface.stream().filter(Client::peerGone).toList();
                    clients.updateAll(changed);
                });
            }
            return outcome;
        } finally {
            lock.unlock();
        }
    }

    /** Takes a deleted interface out of WireGuard. Book traffic first. */
    public KernelOutcome removeInterface(WgInterface wgInterface) {
        lock.lock();
        try {
            wireGuard.removeInterface(wgInterface);
            clearFailures(wgInterface.name());
            return KernelOutcome.applied("WireGuard " + wgInterface.name() + " removed.");
        } catch (RuntimeException e) {
            String message = "Removing " + wgInterface.name() + " from WireGuard failed: " + messageOf(e);
            recordFailure(wgInterface.name(), message);
            return KernelOutcome.failed(message);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Compares the kernel with the database and fixes every difference with one full apply per
     * interface: missing peers added, stray peers removed, a down interface that should be up
     * brought up (and the reverse). Interfaces that already match are not touched, so a timer
     * never re-applies an unchanged state. Config-only mode has no kernel to compare with.
     */
    public List<String> reconcile(KernelSnapshot snapshot, Set<InterfaceId> skip) {
        return reconcile(snapshot, skip, null);
    }

    /**
     * As {@link #reconcile(KernelSnapshot, Set)}, with the desired peers per interface already known
     * (a sync tick has just read every client), so the clients are not read a second time.
     */
    public List<String> reconcile(KernelSnapshot snapshot, Set<InterfaceId> skip, Map<InterfaceId, List<Client>> enabledPeers) {
        lock.lock();
        try {
            if (wireGuard.status().mode() == WireGuardPort.KernelStatus.Mode.CONFIG_ONLY) {
                return List.of();
            }
            List<String> actions = new ArrayList<>();
            for (WgInterface wgInterface : interfaces.findAll()) {
                if (skip.contains(wgInterface.id())) {
                    continue;
                }
                List<Client> desired = enabledPeers != null
                        ? enabledPeers.getOrDefault(wgInterface.id(), List.of())
                        : clients.findEnabledOn(wgInterface.id());
                Optional<String> drift = drift(wgInterface, snapshot.interfaceNamed(wgInterface.name()), desired);
                if (drift.isPresent()) {
                    KernelOutcome outcome = apply(wgInterface.id());
                    actions.add(wgInterface.name() + ": " + drift.get() + (outcome.applied() ? " (fixed)" : " (fix failed)"));
                }
            }
            return actions;
        } finally {
            lock.unlock();
        }
    }

    private Optional<String> drift(WgInterface wgInterface, Optional<InterfaceReading> running, List<Client> desired) {
        if (!wgInterface.isUp()) {
            return running.map(r -> "running but should be down");
        }
        if (running.isEmpty()) {
            return Optional.of("down but should be up");
        }
        InterfaceReading reading = running.get();
        if (reading.listenPort() != wgInterface.listenPort().value()) {
            return Optional.of("listens on " + reading.listenPort() + " instead of " + wgInterface.listenPort());
        }
        if (!reading.publicKey().equals(wgInterface.keys().publicKey())) {
            return Optional.of("runs with another key");
        }
        Map<WgKey, PeerReading> actual = new HashMap<>(reading.peersByKey());
        int missing = 0;
        int wrong = 0;
        for (Client client : desired) {
            PeerReading peer = actual.remove(client.keys().publicKey());
            if (peer == null) {
                missing++;
            } else if (!Set.copyOf(peer.allowedIps()).equals(allowedIps(client)) || !peer.hasPresharedKey()) {
                wrong++;
            }
        }
        if (missing == 0 && wrong == 0 && actual.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(missing + " peer(s) missing, " + actual.size() + " stray, " + wrong + " misconfigured");
    }

    /**
     * The host routes a client's peer must have: its IPv4 address and, on a dual-stack interface, its IPv6
     * address. A set: the kernel keeps routes in the order they were set, so a dump may list IPv6 first.
     */
    private static Set<String> allowedIps(Client client) {
        return client.ipv6Address().map(ipv6 -> Set.of(client.address() + "/32", ipv6 + "/128"))
                .orElseGet(() -> Set.of(client.address() + "/32"));
    }

    /** Recent failures not yet healed by a later success on the same target, oldest first. */
    public List<String> alerts() {
        synchronized (failures) {
            return failures.stream().map(f -> f.at() + " " + f.message()).toList();
        }
    }

    private KernelOutcome onInterface(InterfaceId interfaceId, String done, KernelOperation operation) {
        lock.lock();
        try {
            Optional<WgInterface> wgInterface = interfaces.findById(interfaceId);
            if (wgInterface.isEmpty()) {
                return KernelOutcome.applied("Interface " + interfaceId + " no longer exists; nothing to apply.");
            }
            operation.run(wgInterface.get());
            clearFailures(interfaceId.interfaceName());
            return KernelOutcome.applied("WireGuard " + interfaceId + " " + done + ".");
        } catch (RuntimeException e) {
            String message = "Applying " + interfaceId + " to WireGuard failed: " + messageOf(e);
            recordFailure(interfaceId.interfaceName(), message);
            return KernelOutcome.failed(message);
        } finally {
            lock.unlock();
        }
    }

    private static String messageOf(RuntimeException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private void recordFailure(String target, String message) {
        synchronized (failures) {
            failures.addLast(new Failure(target, clock.instant(), message));
            while (failures.size() > MAX_ALERTS) {
                failures.removeFirst();
            }
        }
    }

    private void clearFailures(String target) {
        synchronized (failures) {
            failures.removeIf(f -> f.target().equals(target));
        }
    }

    @FunctionalInterface
    private interface KernelOperation {
        void run(WgInterface wgInterface);
    }

    private record Failure(String target, Instant at, String message) {
    }
}
