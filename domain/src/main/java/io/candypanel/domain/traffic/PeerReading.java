package io.candypanel.domain.traffic;

import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.key.WgKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One peer as the kernel reported it ({@code wg show all dump}).
 *
 * @param endpoint         the peer's current address, when it has one
 * @param latestHandshake  when the last handshake completed, when there was one
 * @param counters         cumulative bytes since the peer was added (rx = from the peer, tx = to it)
 * @param allowedIps       the routes it carries, e.g. {@code 10.0.0.2/32}
 * @param hasPresharedKey  whether a preshared key is set (the dump shows it, we do not keep it)
 */
public record PeerReading(WgKey publicKey, Optional<String> endpoint, Optional<Instant> latestHandshake,
                          KernelCounters counters, List<String> allowedIps, boolean hasPresharedKey) {
    public PeerReading {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(latestHandshake, "latestHandshake");
        Objects.requireNonNull(counters, "counters");
        allowedIps = List.copyOf(allowedIps);
    }
}
