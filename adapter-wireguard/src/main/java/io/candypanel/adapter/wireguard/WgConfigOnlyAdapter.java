package io.candypanel.adapter.wireguard;

import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link WireGuardPort} without the kernel: every interface's {@code wgN.conf} is rendered from the
 * desired state and written atomically (0600), but no {@code wg}/{@code wg-quick} command runs:
 * the live half of each operation is a no-op and {@link #readAll()} sees no interface. The panel
 * keeps working without the tools or root, and the status says so plainly; the reconciler applies
 * the files once kernel mode is available.
 *
 * <p>One instance per config directory (bootstrap binds it as a singleton): writes to the same
 * interface are serialised by a per-interface lock held by this instance.
 */
public final class WgConfigOnlyAdapter implements WireGuardPort {
    private static final Logger LOG = LoggerFactory.getLogger(WgConfigOnlyAdapter.class);

    private final ConfigFiles files;
    private final KernelStatus status;
    private final Clock clock;
    private final ConcurrentMap<InterfaceId, Object> interfaceLocks = new ConcurrentHashMap<>();

    /**
     * @param reasonForConfigOnly why the kernel is not driven, shown to the admin as is
     *                            (e.g. "wg was not found on PATH")
     */
    public WgConfigOnlyAdapter(WireGuardConfig config, String reasonForConfigOnly) {
        this(config, reasonForConfigOnly, Clock.systemUTC());
    }

    /** @param clock stamps the (empty) snapshots of {@link #readAll()} */
    public WgConfigOnlyAdapter(WireGuardConfig config, String reasonForConfigOnly, Clock clock) {
        this(config, reasonForConfigOnly, clock, new WanInterfaceDetector(Path.of("/proc"))::detect, new AtomicFileWriter());
    }

    WgConfigOnlyAdapter(WireGuardConfig config, String reasonForConfigOnly, Supplier<String> wanInterface,
                        ConfigFileWriter writer) {
        this(config, reasonForConfigOnly, Clock.systemUTC(), wanInterface, writer);
    }

    /**
     * @param wanInterface supplies the NAT interface; called once, on the first write
     * @param writer       puts the file on disk; called under the interface's lock
     */
    WgConfigOnlyAdapter(WireGuardConfig config, String reasonForConfigOnly, Clock clock, Supplier<String> wanInterface,
                        ConfigFileWriter writer) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(reasonForConfigOnly, "reasonForConfigOnly");
        if (reasonForConfigOnly.isBlank()) {
            throw new IllegalArgumentException("reasonForConfigOnly must say why the kernel is not driven");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.files = new ConfigFiles(config.configDirectory(), wanInterface, writer);
        this.status = new KernelStatus(KernelStatus.Mode.CONFIG_ONLY,
                "Config-only mode: configs are written to " + config.configDirectory()
                        + " but WireGuard is not driven (" + reasonForConfigOnly + ").");
    }

    @Override
    public KernelStatus status() {
        return status;
    }

    @Override
    public void applyInterface(WgInterface wgInterface, List<Client> enabledPeers) {
        writeFile(wgInterface, enabledPeers);
    }

    @Override
    public void addPeer(WgInterface wgInterface, Client peer, List<Client> enabledPeers) {
        PeerChecks.requireAddable(wgInterface, peer, enabledPeers);
        writeFile(wgInterface, enabledPeers);
    }

    @Override
    public void removePeer(WgInterface wgInterface, WgKey publicKey, List<Client> enabledPeers) {
        PeerChecks.requireRemovable(wgInterface, publicKey, enabledPeers);
        writeFile(wgInterface, enabledPeers);
    }

    @Override
    public void restartInterface(WgInterface wgInterface, List<Client> enabledPeers) {
        writeFile(wgInterface, enabledPeers);
    }

    @Override
    public void removeInterface(WgInterface wgInterface) {
        Objects.requireNonNull(wgInterface, "wgInterface");
        synchronized (lockFor(wgInterface.id())) {
            files.delete(wgInterface.id());
        }
        LOG.debug("Deleted {}; WireGuard is not driven (config-only mode)", files.fileOf(wgInterface.id()));
    }

    /** Nothing runs under this adapter's control, so there is nothing to read. */
    @Override
    public KernelSnapshot readAll() {
        return KernelSnapshot.empty(clock.instant());
    }

    Path configFile(InterfaceId id) {
        return files.fileOf(id);
    }

    private void writeFile(WgInterface wgInterface, List<Client> enabledPeers) {
        Objects.requireNonNull(wgInterface, "wgInterface");
        Objects.requireNonNull(enabledPeers, "enabledPeers");
        String content = files.render(wgInterface, enabledPeers);
        synchronized (lockFor(wgInterface.id())) {
            files.write(wgInterface.id(), content);
        }
        LOG.debug("Wrote {} with {} peer(s); WireGuard is not driven (config-only mode)",
                files.fileOf(wgInterface.id()), enabledPeers.size());
    }

    private Object lockFor(InterfaceId id) {
        return interfaceLocks.computeIfAbsent(id, key -> new Object());
    }
}
