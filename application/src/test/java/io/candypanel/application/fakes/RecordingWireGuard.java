package io.candypanel.application.fakes;

import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A WireGuardPort that records every call in order (with the interface and the names of the
 * enabled peers it was given), returns a settable {@link KernelSnapshot} from {@link #readAll},
 * fails on demand, and measures whether two calls ever ran at the same time.
 */
public final class RecordingWireGuard implements WireGuardPort {
    public static final String READ_ALL = "readAll";
    public static final String APPLY = "apply";
    public static final String ADD_PEER = "addPeer";
    public static final String REMOVE_PEER = "removePeer";
    public static final String RESTART = "restart";
    public static final String REMOVE_INTERFACE = "removeInterface";

    /**
     * One call. {@code interfaceName} is null for {@link #readAll}; {@code peer} is the added client's
     * name (addPeer) or null; {@code peerKey} the added or removed peer's public key, or null.
     */
    public record Call(String operation, String interfaceName, List<String> enabledPeers, String peer, WgKey peerKey) {
        /** e.g. {@code "removePeer wg0"} or {@code "readAll"}. */
        public String brief() {
            return interfaceName == null ? operation : operation + " " + interfaceName;
        }
    }

    private final List<Call> calls = new ArrayList<>();
    private final Map<String, RuntimeException> failures = new HashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile KernelStatus status = new KernelStatus(KernelStatus.Mode.KERNEL, "test kernel");
    private volatile KernelSnapshot snapshot = KernelSnapshot.empty(Instant.EPOCH);
    private volatile Consumer<Call> during = call -> { };

    public void setSnapshot(KernelSnapshot snapshot) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    }

    public void setMode(KernelStatus.Mode mode) {
        this.status = new KernelStatus(mode, mode == KernelStatus.Mode.KERNEL ? "test kernel" : "config only");
    }

    /** Every later {@code operation} on {@code interfaceName} (null: on any interface, or readAll) throws {@code failure}. */
    public synchronized void failOn(String operation, String interfaceName, RuntimeException failure) {
        failures.put(key(operation, interfaceName), Objects.requireNonNull(failure, "failure"));
    }

    public synchronized void stopFailing() {
        failures.clear();
    }

    /** Runs inside every call, after it was recorded (to pause, or to look at the database meanwhile). */
    public void whileRunning(Consumer<Call> action) {
        this.during = Objects.requireNonNull(action, "action");
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<String> briefs() {
        return calls.stream().map(Call::brief).toList();
    }

    public synchronized List<Call> calls(String operation) {
        return calls.stream().filter(c -> c.operation().equals(operation)).toList();
    }

    /** Calls that change something (everything but readAll). */
    public synchronized List<Call> changes() {
        return calls.stream().filter(c -> !c.operation().equals(READ_ALL)).toList();
    }

    public synchronized void clearCalls() {
        calls.clear();
    }

    /** The most calls that were running at the same moment (1 = never overlapped). */
    public int maxConcurrentCalls() {
        return maxInFlight.get();
    }

    @Override
    public KernelStatus status() {
        return status;
    }

    @Override
    public void applyInterface(WgInterface wgInterface, List<Client> enabledPeers) {
        run(new Call(APPLY, wgInterface.name(), names(enabledPeers), null, null));
    }

    @Override
    public void addPeer(WgInterface wgInterface, Client peer, List<Client> enabledPeers) {
        run(new Call(ADD_PEER, wgInterface.name(), names(enabledPeers), peer.name().value(), peer.keys().publicKey()));
    }

    @Override
    public void removePeer(WgInterface wgInterface, WgKey publicKey, List<Client> enabledPeers) {
        run(new Call(REMOVE_PEER, wgInterface.name(), names(enabledPeers), null, publicKey));
    }

    @Override
    public void restartInterface(WgInterface wgInterface, List<Client> enabledPeers) {
        run(new Call(RESTART, wgInterface.name(), names(enabledPeers), null, null));
    }

    @Override
    public void removeInterface(WgInterface wgInterface) {
        run(new Call(REMOVE_INTERFACE, wgInterface.name(), List.of(), null, null));
    }

    @Override
    public KernelSnapshot readAll() {
        run(new Call(READ_ALL, null, List.of(), null, null));
        return snapshot;
    }

    private void run(Call call) {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            RuntimeException failure;
            synchronized (this) {
                calls.add(call);
                failure = failures.getOrDefault(key(call.operation(), call.interfaceName()),
                        failures.get(key(call.operation(), null)));
            }
            during.accept(call);
            if (failure != null) {
                throw failure;
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static String key(String operation, String interfaceName) {
        return operation + "@" + (interfaceName == null ? "*" : interfaceName);
    }

    private static List<String> names(List<Client> clients) {
        return clients.stream().map(c -> c.name().value()).toList();
    }
}
