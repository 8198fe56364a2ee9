package io.candypanel.application.port.out.kernel;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import java.util.Objects;

/**
 * WireGuard as the core sees it: the desired state of an interface goes in, the implementation
 * makes the config file (and, in kernel mode, the running interface) match it. Technical failures
 * are {@link KernelOperationException}s.
 */
public interface WireGuardPort {

    KernelStatus status();

    /**
     * Makes interface {@code wgInterface} carry exactly {@code enabledPeers} (idempotent): writes its
     * config file atomically with mode 0600 and, when driving the kernel, applies it live.
     */
    void applyInterface(WgInterface wgInterface, List<Client> enabledPeers);

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
