package io.candypanel.domain.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WgKeyGeneratorTest {
    private final WgKeyGenerator generator = new WgKeyGenerator(new SecureRandom());

    private static WgKey fromHex(String hex) {
        return WgKey.ofBytes(HexFormat.of().parseHex(hex));
    }

    /** A SecureRandom that always returns the same byte, to see clamping on extreme inputs. */
    private static SecureRandom constant(int value) {
        return new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, (byte) value);
            }
        };
    }

    @Test
    void derivesThePublicKeyOfRfc7748TestVectorAlice() {
        WgKey alicePrivate = fromHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        WgKey alicePublic = fromHex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        assertEquals("dwdtCnMYpX08FsFyUbJmRd9ML4frwJkqsXf7pR25LCo=", alicePrivate.base64());
        assertEquals("hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo=", alicePublic.base64());
        assertEquals(alicePublic, WgKeyGenerator.publicKeyOf(alicePrivate));
    }

    @Test
    void derivesThePublicKeyOfRfc7748TestVectorBob() {
        WgKey bobPrivate = fromHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        WgKey bobPublic = fromHex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        assertEquals(bobPublic, WgKeyGenerator.publicKeyOf(bobPrivate));
    }

    @Test
    void privateKeysAreClamped() {
        for (int i = 0; i < 200; i++) {
            byte[] secret = generator.newKeyPair().privateKey().bytes();
            assertClamped(secret);
        }
    }

    @Test
    void clampingFixesTheExtremeRandomOutputs() {
        byte[] allOnes = new WgKeyGenerator(constant(0xff)).newKeyPair().privateKey().bytes();
        assertClamped(allOnes);
        assertEquals((byte) 0xf8, allOnes[0]);
        assertEquals((byte) 0x7f, allOnes[31]);
        assertEquals((byte) 0xff, allOnes[15]);

        byte[] allZeros = new WgKeyGenerator(constant(0)).newKeyPair().privateKey().bytes();
        assertClamped(allZeros);
        assertEquals((byte) 0x00, allZeros[0]);
        assertEquals((byte) 0x40, allZeros[31]);
    }

    @Test
    void theStoredPublicKeyIsDerivedFromTheStoredPrivateKey() {
        for (int i = 0; i < 20; i++) {
            WgKeyPair pair = generator.newKeyPair();
            assertEquals(pair.publicKey(), WgKeyGenerator.publicKeyOf(pair.privateKey()));
            assertNotEquals(pair.privateKey(), pair.publicKey());
        }
    }

    @Test
    void clampingDoesNotChangeThePublicKey() {
        byte[] raw = HexFormat.of().parseHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        byte[] clamped = raw.clone();
        clamped[0] &= (byte) 248;
        clamped[31] &= 127;
        clamped[31] |= 64;
        assertEquals(WgKeyGenerator.publicKeyOf(WgKey.ofBytes(raw)), WgKeyGenerator.publicKeyOf(WgKey.ofBytes(clamped)));
    }

    @Test
    void keysAreFreshEachTime() {
        Set<WgKey> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            WgKeyPair pair = generator.newKeyPair();
            assertTrue(seen.add(pair.privateKey()));
            assertTrue(seen.add(pair.publicKey()));
            assertTrue(seen.add(generator.newPresharedKey()));
        }
    }

    @Test
    void presharedKeysAre44CharactersOf32RandomBytes() {
        WgKey psk = generator.newPresharedKey();
        assertEquals(44, psk.base64().length());
        assertTrue(psk.base64().endsWith("="));
        assertEquals(32, Base64.getDecoder().decode(psk.base64()).length);
    }

    @Test
    void presharedKeysAreNotClamped() {
        byte[] allOnes = new WgKeyGenerator(constant(0xff)).newPresharedKey().bytes();
        byte[] expected = new byte[32];
        Arrays.fill(expected, (byte) 0xff);
        assertEquals(Arrays.toString(expected), Arrays.toString(allOnes));
    }

    @Test
    void needsARandomSource() {
        assertThrows(NullPointerException.class, () -> new WgKeyGenerator(null));
    }

    private static void assertClamped(byte[] secret) {
        assertEquals(32, secret.length);
        assertEquals(0, secret[0] & 7, "the three low bits of the first byte are cleared");
        assertEquals(0, secret[31] & 0x80, "the top bit of the last byte is cleared");
        assertEquals(0x40, secret[31] & 0x40, "the second-highest bit of the last byte is set");
    }
}
