package io.candypanel.application.service.kernel;

import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.wginterface.InterfaceRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies committed state to WireGuard after a use case's transaction. The database is the truth:
 * a failure here never undoes the change; it is reported to the caller and kept as a dashboard
 * alert until the same interface is applied successfully.
 */
public final class KernelApplier {
    static final int MAX_ALERTS = 20;

    private final InterfaceRepositoryPort interfaces;
    private final ClientRepositoryPort clients;
    private final WireGuardPort wireGuard;
    private final Clock clock;
    private final ConcurrentHashMap<InterfaceId, InterfaceSlot> slots = new ConcurrentHashMap<>();
    private final Deque<Failure> failures = new ArrayDeque<>();

    public KernelApplier(InterfaceRepositoryPort interfaces, ClientRepositoryPort clients, WireGuardPort wireGuard, Clock clock) {
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.wireGuard = Objects.requireNonNull(wireGuard, "wireGuard");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Makes the interface match the database. Callers must have committed their change first.
     * The state is read inside a per-interface lock, so the last writer applies the newest state.
     * Concurrent callers coalesce: a caller whose change was already included in an apply that
     * started after its commit shares that apply's outcome instead of rewriting the same state.
     */
    public KernelOutcome apply(InterfaceId interfaceId) {
        InterfaceSlot slot = slots.computeIfAbsent(interfaceId, id -> new InterfaceSlot());
        long ticket;
        synchronized (slot) {
            ticket = ++slot.requested;
        }
        synchronized (slot.applyLock) {
            synchronized (slot) {
                if (slot.appliedUpTo >= ticket) {
                    return slot.lastOutcome;
                }
                ticket = slot.requested;
            }
            KernelOutcome outcome = applyNow(interfaceId);
            synchronized (slot) {
                slot.appliedUpTo = ticket;
                slot.lastOutcome = outcome;
            }
            return outcome;
        }
    }

    private KernelOutcome applyNow(InterfaceId interfaceId) {
        Optional<WgInterface> wgInterface = interfaces.findById(interfaceId);
        if (wgInterface.isEmpty()) {
            return KernelOutcome.applied("Interface " + interfaceId + " no longer exists; nothing to apply.");
        }
        List<Client> peers = clients.findEnabledOn(interfaceId);
        try {
            wireGuard.applyInterface(wgInterface.get(), peers);
            clearFailures(interfaceId);
            return KernelOutcome.applied("WireGuard " + interfaceId + " updated.");
        } catch (RuntimeException e) {
            String message = "Applying " + interfaceId + " to WireGuard failed: "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
            recordFailure(new Failure(interfaceId, clock.instant(), message));
            return KernelOutcome.failed(message);
        }
    }

    /** Recent failures that have not been healed by a later successful apply, oldest first. */
    public List<String> alerts() {
        synchronized (failures) {
            return failures.stream().map(f -> f.at() + " " + f.message()).toList();
        }
    }

    private void recordFailure(Failure failure) {
        synchronized (failures) {
            failures.addLast(failure);
            while (failures.size() > MAX_ALERTS) {
                failures.removeFirst();
            }
        }
    }

    private void clearFailures(InterfaceId interfaceId) {
        synchronized (failures) {
            failures.removeIf(f -> f.interfaceId().equals(interfaceId));
        }
    }

    /** Per-interface bookkeeping: tickets handed out to committed changes, and how far the kernel has caught up. */
    private static final class InterfaceSlot {
        final Object applyLock = new Object();
        long requested;
        long appliedUpTo;
        KernelOutcome lastOutcome;
    }

    private record Failure(InterfaceId interfaceId, Instant at, String message) {
    }
}
