package io.candypanel.adapter.wireguard;

import static io.candypanel.adapter.wireguard.Fixtures.alice;
import static io.candypanel.adapter.wireguard.Fixtures.threePeers;
import static io.candypanel.adapter.wireguard.Fixtures.wg0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.candypanel.adapter.wireguard.CommandRunner.Command;
import io.candypanel.adapter.wireguard.CommandRunner.Result;
import io.candypanel.domain.client.Client;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our stripped form must be exactly what the real {@code wg-quick strip} makes of the file we
 * write, because the kernel step feeds it to {@code wg syncconf}. wg-quick is required: a missing
 * tool fails this test instead of skipping it, so a green build always means the check ran.
 */
class WgQuickStripIT {
    private static Path wgQuick;

    @TempDir
    Path temp;

    @BeforeAll
    static void findWgQuick() {
        wgQuick = new KernelModeResolver(Objects.requireNonNullElse(System.getenv("PATH"), ""), Path.of("/proc"))
                .findOnPath("wg-quick")
                .orElseGet(() -> fail("wg-quick was not found on PATH. This integration test needs the real tool: "
                        + "install it with 'apt-get install wireguard-tools'."));
    }

    @Test
    void stripOfAFileWithoutPeers() throws Exception {
        assertStripMatches(List.of());
    }

    @Test
    void stripOfAFileWithOnePeer() throws Exception {
        assertStripMatches(List.of(alice()));
    }

    @Test
    void stripOfAFileWithThreePeers() throws Exception {
        assertStripMatches(threePeers());
    }

    private void assertStripMatches(List<Client> peers) throws Exception {
        Path dir = temp.resolve("wireguard");
        new WgConfigOnlyAdapter(new WireGuardConfig(dir, WireGuardConfig.Mode.CONFIG_ONLY), "test", () -> "eth0", new AtomicFileWriter())
                .applyInterface(wg0(), peers);
        Path file = dir.resolve("wg0.conf"); // wg-quick insists on an interface name followed by .conf

        Result strip = new ProcessCommandRunner().run(Command.of(wgQuick.toString(), "strip", file.toString()));

        assertEquals(0, strip.exitCode(), strip.stderr());
        // Also proves the file is private: wg-quick warns on stderr when it is world accessible.
        assertEquals("", strip.stderr());
        String ours = new ServerConfigRenderer("eth0").renderStripped(wg0(), peers);
        // cmd_strip is `echo "$WG_CONFIG"`: the kept lines, then the one newline echo adds.
        assertEquals(ours + "\n", strip.stdout());
        assertTrue(strip.stdout().contains("PrivateKey = " + Fixtures.SERVER_PRIVATE + "\n"));
    }
}
