package io.candypanel.application.port.out.kernel;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import java.util.Objects;

/**
 * WireGuard as the core sees it. The database is the truth; these operations make the config files
 * and (in kernel mode) the running interfaces match it. In config-only mode the live operations do
 * nothing and {@link #readAll()} returns an empty snapshot. Technical failures are
 * {@link KernelOperationException}s with messages safe to show the admin.
 */
public interface WireGuardPort {

    KernelStatus status();

    /**
     * The whole desired state of one interface (idempotent): writes {@code wgN.conf} atomically
     * (mode 0600) with these peers, then, in kernel mode: if the interface should be up and is not
     * running, brings it up ({@code wg-quick up}); if it is running, applies the peers and port live
     * with {@code wg syncconf} (counters and sessions of unchanged peers survive); if it should be
     * down and is running, brings it down ({@code wg-quick down}).
     */
    void applyInterface(WgInterface wgInterface, List<Client> enabledPeers);

    /** Fast path for one change: writes the config file with {@code enabledPeers}, then adds or updates {@code peer} live with {@code wg set}. */
    void addPeer(WgInterface wgInterface, Client peer, List<Client> enabledPeers);

    /** Fast path for one change: writes the config file with {@code enabledPeers}, then removes the peer live with {@code wg set ... remove}. */
    void removePeer(WgInterface wgInterface, WgKey publicKey, List<Client> enabledPeers);

    /** Stops a running interface and starts it again from its config file ({@code wg-quick down}, {@code wg-quick up}); counters restart at zero. */
    void restartInterface(WgInterface wgInterface, List<Client> enabledPeers);

    /** Brings the interface down if it runs and deletes its config file. */
    void removeInterface(WgInterface wgInterface);

    /** Every running interface and peer, from one {@code wg show all dump}. */
    KernelSnapshot readAll();

    /** How WireGuard is driven, for the dashboard. */
    record KernelStatus(Mode mode, String description) {
        public enum Mode { KERNEL, CONFIG_ONLY }

        public KernelStatus {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(description, "description");
        }
    }

    /** A WireGuard tool or file operation failed; the message is safe to show to the admin (no secrets). */
    final class KernelOperationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public KernelOperationException(String message, Throwable cause) {
            super(message, cause);
        }

        public KernelOperationException(String message) {
            super(message);
        }
    }
}
