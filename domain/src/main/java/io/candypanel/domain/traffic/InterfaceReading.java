package io.candypanel.domain.traffic;

import io.candypanel.domain.key.WgKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One running WireGuard interface as the kernel reported it, with its peers. */
public record InterfaceReading(String name, WgKey publicKey, int listenPort, List<PeerReading> peers) {
    public InterfaceReading {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(publicKey, "publicKey");
        peers = List.copyOf(peers);
    }

    /** Peers by public key, for lookups in a sync tick (built once per call; callers keep the map). */
    public Map<WgKey, PeerReading> peersByKey() {
        Map<WgKey, PeerReading> byKey = new LinkedHashMap<>(peers.size() * 2);
        for (PeerReading peer : peers) {
            byKey.put(peer.publicKey(), peer);
        }
        return byKey;
    }

    public Optional<PeerReading> peer(WgKey publicKey) {
        return peers.stream().filter(p -> p.publicKey().equals(publicKey)).findFirst();
    }
}
