package io.candypanel.adapter.wireguard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WanInterfaceDetectorTest {
    private static final String HEADER =
            "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n";

    @TempDir
    Path proc;

    @Test
    void findsTheDefaultRouteInARecordedTable() throws IOException {
        Files.createDirectories(proc.resolve("net"));
        try (InputStream recorded = Objects.requireNonNull(getClass().getResourceAsStream("/proc/net-route"))) {
            Files.copy(recorded, proc.resolve("net/route"));
        }
        assertEquals("eth0", new WanInterfaceDetector(proc).detect());
    }

    @Test
    void picksTheDefaultRouteWithTheLowestMetric() throws IOException {
        routes("wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n"
                + "enp3s0\t00000000\t0100000A\t0003\t0\t0\t100\t00000000\t0\t0\t0\n"
                + "enp3s0\t0000000A\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n");
        assertEquals("enp3s0", new WanInterfaceDetector(proc).detect());
    }

    @Test
    void ignoresRoutesThatAreNotDefaultOrNotUp() throws IOException {
        routes("docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0\n"
                + "ens4\t00000000\t0100000A\t0002\t0\t0\t0\t00000000\t0\t0\t0\n"
                + "ens5\t00000000\t0100000A\t0003\t0\t0\t50\t00000000\t0\t0\t0\n");
        assertEquals("ens5", new WanInterfaceDetector(proc).detect());
    }

    @Test
    void skipsAnInterfaceNameThatCouldNotBeWrittenSafely() throws IOException {
        routes("bad;name\t00000000\t0100000A\t0003\t0\t0\t0\t00000000\t0\t0\t0\n"
                + "ens6\t00000000\t0100000A\t0003\t0\t0\t10\t00000000\t0\t0\t0\n");
        assertEquals("ens6", new WanInterfaceDetector(proc).detect());
    }

    @Test
    void fallsBackToEth0WithoutADefaultRoute() throws IOException {
        routes("ens4\t0000000A\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n");
        assertEquals("eth0", new WanInterfaceDetector(proc).detect());
    }

    @Test
    void fallsBackToEth0WithoutTheFileOrWithGarbage() throws IOException {
        assertEquals("eth0", new WanInterfaceDetector(proc).detect());
        routes("ens4\t00000000\t0100000A\tzz\t0\t0\tx\t00000000\n\n");
        assertEquals("eth0", new WanInterfaceDetector(proc).detect());
    }

    private void routes(String lines) throws IOException {
        Files.createDirectories(proc.resolve("net"));
        Files.writeString(proc.resolve("net/route"), HEADER + lines);
    }
}
