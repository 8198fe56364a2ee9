package io.candypanel.adapter.wireguard;

import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link WireGuardPort} without the kernel: every interface's {@code wgN.conf} is rendered from the
 * desired state and written atomically (0600), but no {@code wg}/{@code wg-quick} command runs.
 * The panel keeps working without the tools or root, and the status says so plainly; the
 * reconciler applies the files once kernel mode is available.
 *
 * <p>One instance per config directory (bootstrap binds it as a singleton): writes to the same
 * interface are serialised by a per-interface lock held by this instance.
 */
public final class WgConfigOnlyAdapter implements WireGuardPort {
    private static final Logger LOG = LoggerFactory.getLogger(WgConfigOnlyAdapter.class);

    private final Path configDirectory;
    private final KernelStatus status;
    private final Supplier<String> wanInterface;
    private final ConfigFileWriter writer;
    private final ConcurrentMap<InterfaceId, Object> interfaceLocks = new ConcurrentHashMap<>();
    private final Object rendererLock = new Object();
    private ServerConfigRenderer renderer; // guarded by rendererLock; created on first use, see renderer()

    /**
     * @param reasonForConfigOnly why the kernel is not driven, shown to the admin as is
     *                            (e.g. "wg was not found on PATH")
     */
    public WgConfigOnlyAdapter(WireGuardConfig config, String reasonForConfigOnly) {
        this(config, reasonForConfigOnly, new WanInterfaceDetector(Path.of("/proc"))::detect, new AtomicFileWriter());
    }

    /**
     * @param wanInterface supplies the NAT interface; called once, on the first write
     * @param writer       puts the file on disk; called under the interface's lock
     */
    WgConfigOnlyAdapter(WireGuardConfig config, String reasonForConfigOnly, Supplier<String> wanInterface,
                        ConfigFileWriter writer) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(reasonForConfigOnly, "reasonForConfigOnly");
        if (reasonForConfigOnly.isBlank()) {
            throw new IllegalArgumentException("reasonForConfigOnly must say why the kernel is not driven");
        }
        this.configDirectory = config.configDirectory();
        this.wanInterface = Objects.requireNonNull(wanInterface, "wanInterface");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.status = new KernelStatus(KernelStatus.Mode.CONFIG_ONLY,
                "Config-only mode: configs are written to " + configDirectory
                        + " but WireGuard is not driven (" + reasonForConfigOnly + ").");
    }

    @Override
    public KernelStatus status() {
        return status;
    }

    @Override
    public void applyInterface(WgInterface wgInterface, List<Client> enabledPeers) {
        Objects.requireNonNull(wgInterface, "wgInterface");
        Objects.requireNonNull(enabledPeers, "enabledPeers");
        String content = renderer().render(wgInterface, enabledPeers);
        Path target = configFile(wgInterface.id());
        synchronized (interfaceLocks.computeIfAbsent(wgInterface.id(), id -> new Object())) {
            try {
                writer.write(target, content);
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // UnsupportedOperationException: a file system without POSIX permissions cannot hold the file safely.
                throw new KernelOperationException("Could not write the WireGuard config " + target + " (" + describe(e) + ").", e);
            }
        }
        LOG.debug("Wrote {} with {} peer(s); WireGuard is not driven (config-only mode)", target, enabledPeers.size());
    }

    Path configFile(InterfaceId id) {
        return configDirectory.resolve(id.interfaceName() + ".conf");
    }

    /**
     * Detects the WAN interface on the first write rather than in the constructor, so constructing
     * the adapter (inside a Guice provider) does no I/O.
     */
    private ServerConfigRenderer renderer() {
        synchronized (rendererLock) {
            if (renderer == null) {
                renderer = new ServerConfigRenderer(wanInterface.get());
            }
            return renderer;
        }
    }

    /** The cause's class and, for file system errors, the OS reason ("Not a directory"); never file content. */
    private static String describe(Exception e) {
        if (e instanceof FileSystemException fileSystemError && fileSystemError.getReason() != null) {
            return e.getClass().getSimpleName() + ": " + fileSystemError.getReason();
        }
        return e.getClass().getSimpleName();
    }
}
