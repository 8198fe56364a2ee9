package io.candypanel.domain.key;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Objects;
import javax.crypto.KeyAgreement;

/**
 * WireGuard keys in pure Java (X25519 through the JDK's XDH provider), byte-for-byte what
 * {@code wg genkey}, {@code wg pubkey} and {@code wg genpsk} produce, without a process per key.
 */
public final class WgKeyGenerator {
    private static final BigInteger BASE_POINT = BigInteger.valueOf(9);
    private final SecureRandom random;

    public WgKeyGenerator(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    public WgKeyPair newKeyPair() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        // Clamp as RFC 7748 and wg genkey do, so we store exactly the bytes wg would.
        secret[0] &= (byte) 248;
        secret[31] &= 127;
        secret[31] |= 64;
        WgKey privateKey = WgKey.ofBytes(secret);
        return new WgKeyPair(privateKey, publicKeyOf(privateKey));
    }

    public WgKey newPresharedKey() {
        byte[] psk = new byte[32];
        random.nextBytes(psk);
        return WgKey.ofBytes(psk);
    }

    /** public = X25519(private, 9); the shared secret with the base point is already WireGuard's little-endian encoding. */
    public static WgKey publicKeyOf(WgKey privateKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("XDH");
            PrivateKey secret = factory.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, privateKey.bytes()));
            PublicKey base = factory.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, BASE_POINT));
            KeyAgreement agreement = KeyAgreement.getInstance("XDH");
            agreement.init(secret);
            agreement.doPhase(base, true);
            return WgKey.ofBytes(agreement.generateSecret());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK's X25519 provider is unavailable", e);
        }
    }
}
