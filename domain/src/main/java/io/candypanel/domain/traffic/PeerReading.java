package io.candypanel.domain.traffic;

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
 * @param receivedBytes    cumulative bytes received from the peer since it was added (the dump's rx)
 * @param sentBytes        cumulative bytes sent to the peer since it was added (the dump's tx)
 * @param allowedIps       the routes it carries, e.g. {@code 10.0.0.2/32}
 * @param hasPresharedKey  whether a preshared key is set (the dump shows it, we do not keep it)
 */
public record PeerReading(WgKey publicKey, Optional<String> endpoint, Optional<Instant> latestHandshake,
                          long receivedBytes, long sentBytes, List<String> allowedIps, boolean hasPresharedKey) {
    public PeerReading {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(latestHandshake, "latestHandshake");
        if (receivedBytes < 0 || sentBytes < 0) {
            throw new IllegalArgumentException("transfer counters cannot be negative");
        }
        allowedIps = List.copyOf(allowedIps);
    }
}
