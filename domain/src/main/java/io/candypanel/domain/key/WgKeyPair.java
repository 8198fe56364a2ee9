package io.candypanel.domain.key;

import java.util.Objects;

/** A WireGuard private key and the public key derived from it. */
public record WgKeyPair(WgKey privateKey, WgKey publicKey) {
    public WgKeyPair {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
    }
}
