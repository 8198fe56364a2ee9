package io.candypanel.adapter.wireguard;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import java.util.Objects;

/**
 * Guards for the one-peer fast paths. The file is written from {@code enabledPeers} and the kernel
 * is changed for one peer; if the two disagreed (the added peer missing from the list, the removed
 * one still in it) the file and the kernel would drift apart until the next full apply, so such
 * calls are refused before anything is touched, and so is a peer whose copy in the list carries
 * other routes (an IPv6 address on one side only, say): the file would get one set of allowed IPs,
 * the kernel the other. Messages name clients, never keys.
 */
final class PeerChecks {
    private PeerChecks() {
    }

    static void requireAddable(WgInterface wgInterface, Client peer, List<Client> enabledPeers) {
        Objects.requireNonNull(wgInterface, "wgInterface");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(enabledPeers, "enabledPeers");
        if (!peer.interfaceId().equals(wgInterface.id())) {
            throw new IllegalArgumentException(peer + " does not belong to " + wgInterface.name());
        }
        if (!peer.isEnabled()) {
            throw new IllegalArgumentException(peer + " is disabled and cannot be added to " + wgInterface.name());
        }
        WgKey key = peer.keys().publicKey();
        Client listed = enabledPeers.stream().filter(other -> other.keys().publicKey().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(peer + " must be among the enabled peers written to "
                        + wgInterface.name() + ".conf"));
        if (!AllowedIps.of(listed).equals(AllowedIps.of(peer))) {
            throw new IllegalArgumentException(peer + " would get the allowed IPs " + AllowedIps.of(peer) + " live but "
                    + AllowedIps.of(listed) + " in " + wgInterface.name() + ".conf");
        }
    }

    static void requireRemovable(WgInterface wgInterface, WgKey publicKey, List<Client> enabledPeers) {
        Objects.requireNonNull(wgInterface, "wgInterface");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(enabledPeers, "enabledPeers");
        for (Client other : enabledPeers) {
            if (other.keys().publicKey().equals(publicKey)) {
                throw new IllegalArgumentException("The peer to remove from " + wgInterface.name()
                        + " is still among its enabled peers (" + other + ")");
            }
        }
    }
}
