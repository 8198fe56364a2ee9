package io.candypanel.domain.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Compares the pure-Java keys with the real {@code wg} tool. {@code wg} must be installed (CI
 * installs wireguard-tools); when it is missing the test fails rather than skips, because this is
 * the only check that our keys are the ones WireGuard computes.
 */
class WgKeyGeneratorWgToolIT {
    private static final String INSTALL_HINT =
            "The 'wg' command was not found: install wireguard-tools (apt-get install wireguard-tools) to run this test.";

    private final WgKeyGenerator generator = new WgKeyGenerator(new SecureRandom());

    @Test
    void javaPublicKeysMatchWgPubkeyFor20GeneratedPrivateKeys() {
        for (int i = 0; i < 20; i++) {
            WgKeyPair pair = generator.newKeyPair();
            assertEquals(pair.publicKey().base64(), wg("pubkey", pair.privateKey().base64() + "\n"),
                    "public key of generated private key #" + i);
        }
    }

    @Test
    void javaPublicKeysMatchWgPubkeyFor5KeysFromWgGenkey() {
        for (int i = 0; i < 5; i++) {
            WgKey privateKey = new WgKey(wg("genkey", ""));
            assertEquals(wg("pubkey", privateKey.base64() + "\n"), WgKeyGenerator.publicKeyOf(privateKey).base64(),
                    "public key of wg genkey key #" + i);
        }
    }

    @Test
    void wgAcceptsJavaPresharedKeysAndProducesTheSameShape() {
        WgKey fromWg = new WgKey(wg("genpsk", ""));
        WgKey fromJava = generator.newPresharedKey();
        assertEquals(fromWg.base64().length(), fromJava.base64().length());
        assertEquals(32, fromJava.bytes().length);
    }

    /** Runs {@code wg <command>} with the key on stdin (never in argv) and returns its trimmed stdout. */
    private static String wg(String command, String stdin) {
        Process process;
        try {
            process = new ProcessBuilder("wg", command).start();
        } catch (IOException e) {
            return fail(INSTALL_HINT + " (" + e.getMessage() + ")");
        }
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            process.destroyForcibly();
            return fail("could not write to 'wg " + command + "': " + e.getMessage());
        }
        // stdout and stderr are read apart: wg genkey warns on stderr when the umask is permissive.
        try (InputStream out = process.getInputStream(); InputStream err = process.getErrorStream()) {
            String output = new String(out.readAllBytes(), StandardCharsets.US_ASCII).trim();
            String errors = new String(err.readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail("'wg " + command + "' did not finish within 10 s");
            }
            if (process.exitValue() != 0) {
                return fail("'wg " + command + "' exited with " + process.exitValue() + ": " + errors);
            }
            return output;
        } catch (IOException e) {
            return fail("could not read the output of 'wg " + command + "': " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for 'wg " + command + "'");
        }
    }
}
