package io.candypanel.adapter.wireguard;

import io.candypanel.adapter.wireguard.CommandRunner.Command;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link WireGuardPort} in kernel mode: the config file is written first (atomically, 0600), then
 * the running interface is changed with {@code wg} and {@code wg-quick}. Which interfaces run is
 * asked once per operation ({@code wg show interfaces}).
 *
 * <p>Live peer changes use {@code wg syncconf} or {@code wg set}, never {@code wg setconf}: setconf
 * re-creates every peer, which zeroes all counters and cuts every tunnel for about 15 s. Keys reach
 * {@code wg} on stdin ({@code /dev/stdin} as the file argument), so they never appear in an
 * argument list and no key file is ever left on disk.
 *
 * <p>Operations on one interface are serialised by a lock per interface held by this instance (one
 * instance per config directory); different interfaces proceed in parallel.
 */
public final class WgCliAdapter implements WireGuardPort {
    /** wg-quick down deletes the link at once, but userspace wireguard-go takes a moment to drop its socket. */
    static final Duration DEFAULT_GONE_TIMEOUT = Duration.ofSeconds(10);
    /**
     * wg-quick starts wireguard-go, loads every peer and runs the PostUp hooks: 0.6 s for 1,000 peers
     * on userspace WireGuard, growing with the peer count, so it gets more than the runner's default.
     */
    static final Duration WG_QUICK_TIMEOUT = Duration.ofSeconds(60);
    private static final long POLL_INTERVAL_NANOS = Duration.ofMillis(50).toNanos();
    /** Keys only wg-quick understands; a change in them cannot be applied with wg syncconf. */
    private static final Set<String> WG_QUICK_KEYS =
            Set.of("address", "dns", "mtu", "table", "preup", "postup", "predown", "postdown", "saveconfig");
    private static final String STDIN = "/dev/stdin";
    private static final Logger LOG = LoggerFactory.getLogger(WgCliAdapter.class);

    private final ConfigFiles files;
    private final CommandRunner runner;
    private final Clock clock;
    private final Duration goneTimeout;
    private final KernelStatus status;
    private final ConcurrentMap<InterfaceId, Object> interfaceLocks = new ConcurrentHashMap<>();

    /**
     * @param runner runs wg and wg-quick; bootstrap passes a {@link ProcessCommandRunner}
     * @param clock  stamps the snapshots of {@link #readAll()}
     */
    public WgCliAdapter(WireGuardConfig config, CommandRunner runner, Clock clock) {
        this(config, runner, clock, new WanInterfaceDetector(Path.of("/proc"))::detect, new AtomicFileWriter(),
                DEFAULT_GONE_TIMEOUT);
    }

    /**
     * @param wanInterface supplies the NAT interface for PostUp/PostDown; called once, on first use
     * @param writer       puts config files on disk; called under the interface's lock
     * @param goneTimeout  how long to wait for an interface to disappear after wg-quick down
     */
    WgCliAdapter(WireGuardConfig config, CommandRunner runner, Clock clock, Supplier<String> wanInterface,
                 ConfigFileWriter writer, Duration goneTimeout) {
        Objects.requireNonNull(config, "config");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.goneTimeout = Objects.requireNonNull(goneTimeout, "goneTimeout");
        this.files = new ConfigFiles(config.configDirectory(), wanInterface, writer);
        this.status = new KernelStatus(KernelStatus.Mode.KERNEL, "Kernel mode: WireGuard interfaces are driven with wg and "
                + "wg-quick (configs in " + config.configDirectory() + ").");
    }

    @Override
    public KernelStatus status() {
        return status;
    }

    /**
     * When a running interface must stop, wg-quick down reads the file it was started from (its
     * PostDown undoes its PostUp), and the new file is written afterwards.
     *
     * <p>Beyond the port's contract: when the interface runs but a wg-quick-only setting differs from
     * the file it was started from (address, MTU, PostUp/PostDown), syncconf cannot apply it, so
     * the interface is restarted instead. Otherwise the file would describe a state the kernel is
     * not in, and a later wg-quick down would run PostDown rules that were never added.
     */
    @Override
    public void applyInterface(WgInterface wgInterface, List<Client> enabledPeers) {
        Objects.requireNonNull(wgInterface, "wgInterface");
        Objects.requireNonNull(enabledPeers, "enabledPeers");
        String content = files.render(wgInterface, enabledPeers);
        InterfaceId id = wgInterface.id();
        synchronized (lockFor(id)) {
            boolean running = isRunning(wgInterface.name());
            if (!wgInterface.isUp()) {
                if (running) {
                    bringDown(wgInterface, content);
                }
                files.write(id, content);
            } else if (!running) {
                files.write(id, content);
                bringUp(wgInterface);
            } else if (needsRestart(files.read(id), content)) {
                LOG.info("{}: a wg-quick setting (address, MTU or hooks) changed; restarting it", wgInterface.name());
                bringDown(wgInterface, content);
                files.write(id, content);
                bringUp(wgInterface);
            } else {
                files.write(id, content);
                syncPeers(wgInterface, enabledPeers);
            }
        }
    }

    /** If the interface should run but does not, it is brought up instead, which loads every peer from the file. */
    @Override
    public void addPeer(WgInterface wgInterface, Client peer, List<Client> enabledPeers) {
        PeerChecks.requireAddable(wgInterface, peer, enabledPeers);
        String content = files.render(wgInterface, enabledPeers);
        synchronized (lockFor(wgInterface.id())) {
            files.write(wgInterface.id(), content);
            if (!wgInterface.isUp()) {
                return;
            }
            if (!isRunning(wgInterface.name())) {
                bringUp(wgInterface);
                return;
            }
            runner.run(Command.of("wg", "set", wgInterface.name(), "peer", peer.keys().publicKey().base64(),
                            "preshared-key", STDIN, "allowed-ips", AllowedIps.wgSetArgument(peer))
                    .withStdin(keyLine(peer.presharedKey())));
            LOG.debug("{}: added or updated {}", wgInterface.name(), peer);
        }
    }

    /** Removing a peer the kernel does not have succeeds ({@code wg set ... remove} is idempotent). */
    @Override
    public void removePeer(WgInterface wgInterface, WgKey publicKey, List<Client> enabledPeers) {
        PeerChecks.requireRemovable(wgInterface, publicKey, enabledPeers);
        String content = files.render(wgInterface, enabledPeers);
        synchronized (lockFor(wgInterface.id())) {
            files.write(wgInterface.id(), content);
            if (isRunning(wgInterface.name())) {
                runner.run(Command.of("wg", "set", wgInterface.name(), "peer", publicKey.base64(), "remove"));
                LOG.debug("{}: removed a peer", wgInterface.name());
            }
        }
    }

    /**
     * The running interface is stopped with the file it was started from (its PostDown undoes its
     * PostUp), then the new file is written and the interface started from it. An interface that
     * should be down stays down.
     */
    @Override
    public void restartInterface(WgInterface wgInterface, List<Client> enabledPeers) {
        Objects.requireNonNull(wgInterface, "wgInterface");
        Objects.requireNonNull(enabledPeers, "enabledPeers");
        String content = files.render(wgInterface, enabledPeers);
        synchronized (lockFor(wgInterface.id())) {
            if (isRunning(wgInterface.name())) {
                bringDown(wgInterface, content);
            }
            files.write(wgInterface.id(), content);
            if (wgInterface.isUp()) {
                bringUp(wgInterface);
            }
        }
    }

    @Override
    public void removeInterface(WgInterface wgInterface) {
        Objects.requireNonNull(wgInterface, "wgInterface");
        synchronized (lockFor(wgInterface.id())) {
            if (isRunning(wgInterface.name())) {
                bringDown(wgInterface, files.render(wgInterface, List.of()));
            }
            files.delete(wgInterface.id());
        }
        LOG.info("{}: removed, with its config file", wgInterface.name());
    }

    /** One process for every interface and peer; the snapshot includes interfaces the panel does not own. */
    @Override
    public KernelSnapshot readAll() {
        String dump = runner.run(Command.of("wg", "show", "all", "dump")).stdout();
        return WgDumpParser.parse(dump, clock.instant());
    }

    private boolean isRunning(String interfaceName) {
        return runningInterfaces().contains(interfaceName);
    }

    private List<String> runningInterfaces() {
        String names = runner.run(Command.of("wg", "show", "interfaces")).stdout().strip();
        return names.isEmpty() ? List.of() : List.of(names.split("\\s+"));
    }

    private void bringUp(WgInterface wgInterface) {
        runner.run(Command.of("wg-quick", "up", files.fileOf(wgInterface.id()).toString()).withTimeout(WG_QUICK_TIMEOUT));
        LOG.info("{}: brought up", wgInterface.name());
    }

    /**
     * wg-quick down with the file on disk, which describes what is running; only if there is none
     * is the new content written first, so wg-quick has a file to read. Returns once the interface
     * has disappeared, so that a following wg-quick up cannot collide with the old one.
     */
    private void bringDown(WgInterface wgInterface, String contentIfNoFile) {
        InterfaceId id = wgInterface.id();
        if (files.read(id).isEmpty()) {
            files.write(id, contentIfNoFile);
        }
        runner.run(Command.of("wg-quick", "down", files.fileOf(id).toString()).withTimeout(WG_QUICK_TIMEOUT));
        awaitGone(wgInterface.name());
        LOG.info("{}: brought down", wgInterface.name());
    }

    /** Polls {@code wg show interfaces}; a deadline, not a fixed sleep, so a kernel-module interface costs one check. */
    private void awaitGone(String interfaceName) {
        long deadline = System.nanoTime() + goneTimeout.toNanos();
        while (isRunning(interfaceName)) {
            if (System.nanoTime() - deadline >= 0) {
                throw new KernelOperationException("WireGuard interface " + interfaceName + " was brought down but still "
                        + "shows up after " + CommandMessages.duration(goneTimeout) + ".");
            }
            LockSupport.parkNanos(POLL_INTERVAL_NANOS);
            if (Thread.currentThread().isInterrupted()) {
                throw new KernelOperationException("Interrupted while waiting for " + interfaceName + " to go down.");
            }
        }
    }

    private void syncPeers(WgInterface wgInterface, List<Client> enabledPeers) {
        byte[] stripped = files.renderStripped(wgInterface, enabledPeers).getBytes(StandardCharsets.UTF_8);
        runner.run(Command.of("wg", "syncconf", wgInterface.name(), STDIN).withStdin(stripped));
        LOG.debug("{}: synchronised {} peer(s) with wg syncconf", wgInterface.name(), enabledPeers.size());
    }

    /** wg reads a key file as the base64 key followed by optional whitespace. */
    private static byte[] keyLine(WgKey key) {
        return (key.base64() + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** True when the file on disk was started with different wg-quick settings; an absent file gives no reason to restart. */
    static boolean needsRestart(Optional<String> current, String desired) {
        return current.isPresent() && !wgQuickSettings(current.get()).equals(wgQuickSettings(desired));
    }

    /** The wg-quick-only lines of the [Interface] section, normalised (key lower case, spaces trimmed), in file order. */
    static List<String> wgQuickSettings(String config) {
        List<String> settings = new ArrayList<>();
        boolean inInterface = false;
        for (String raw : config.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("[")) {
                inInterface = "[interface]".equalsIgnoreCase(line);
                continue;
            }
            int equals = line.indexOf('=');
            if (!inInterface || equals < 0) {
                continue;
            }
            String key = line.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            if (WG_QUICK_KEYS.contains(key)) {
                settings.add(key + "=" + line.substring(equals + 1).strip());
            }
        }
        return settings;
    }

    private Object lockFor(InterfaceId id) {
        return interfaceLocks.computeIfAbsent(id, key -> new Object());
    }
}
