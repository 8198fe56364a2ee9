package io.candypanel.adapter.wireguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.traffic.InterfaceReading;
import io.candypanel.domain.traffic.KernelSnapshot;
import io.candypanel.domain.traffic.PeerReading;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dumps in the exact format of {@code wg show all dump} (wireguard-tools v1.0.20210914), with keys
 * made by {@code wg genkey}: tabs between fields, the interface name first on every line.
 */
class WgDumpParserTest {
    private static final Instant TAKEN_AT = Instant.parse("2026-11-26T23:00:00Z");

    private static final String WG0_PRIVATE = "+MUNiuoQf1nwFfDdm4D3Cg+1jobSuk8e4HVu52XJ2n4=";
    private static final String WG0_PUBLIC = "hMwKyUq+Ep5wbdQd/AIYvejeBHupcXYnntsOJB4Spk0=";
    private static final String WG1_PRIVATE = "EOnF96ssMATBtPDX3zpxgovZuRwtGWZfrcLTCvwGXWk=";
    private static final String WG1_PUBLIC = "A1iefePZg5/W9N3RDgoA78gXfSsX1WmE9etHkKywnnI=";
    private static final String OPERATOR_PRIVATE = "gDlvsmJf2bVZ99lUrsQ2HJvap+b0OBEr3Zt2G/KyU3c=";
    private static final String OPERATOR_PUBLIC = "z9Osd36w15D1NMTLltbG7KdmqeX2TfHCJnvi5LoqqnU=";
    private static final String ALICE = "Hr2IuBsLXjXhtTE3L48drAV39/CFH40xtMuOvleSy1U=";
    private static final String ALICE_PSK = "S8rckmom09l5YRjX1o6+miK2gBUWLX5D63M2ZXjPH2M=";
    private static final String BOB = "qzpb7Ybi+yOOpNfMJ8CGYrKL/XhOFJkaQAQRHkQb4W0=";
    private static final String CAROL = "qh5WHnE3TigW/A328vcPSLsw5u2YcMZT0TUtI1QTjmA=";
    private static final String CAROL_PSK = "uXIkQ99kD1U878tH0u0zLM+xzS6sK8/qH31HIl9NxHc=";
    private static final String DAVE = "hvlEyQnpeRPheM87Dtc7HaFaGYqeIDCB7ZXLgUlluSI=";

    private static final List<String> SECRETS = List.of(WG0_PRIVATE, WG1_PRIVATE, OPERATOR_PRIVATE, ALICE_PSK, CAROL_PSK);

    /**
     * wg0: alice after a few pings, bob added but never connected, carol on IPv6 with a keepalive
     * and two allowed IPs. wg1: a fwmark and a peer without allowed IPs. wg-ops: an operator's own
     * interface without peers. wg9: created but never given a key. Ends with a newline, like wg.
     */
    static final String DUMP = String.join("\n",
            "wg0\t" + WG0_PRIVATE + "\t" + WG0_PUBLIC + "\t51820\toff",
            "wg0\t" + ALICE + "\t" + ALICE_PSK + "\t10.200.0.2:60617\t10.66.0.2/32\t1795727455\t564\t476\toff",
            "wg0\t" + BOB + "\t(none)\t(none)\t10.66.0.3/32\t0\t0\t0\toff",
            "wg0\t" + CAROL + "\t" + CAROL_PSK + "\t[fd00::2]:51820\t10.66.0.4/32,fd00::4/128\t1795727810\t22104\t21928\t25",
            "wg1\t" + WG1_PRIVATE + "\t" + WG1_PUBLIC + "\t51821\t0xca6c",
            "wg1\t" + DAVE + "\t(none)\t(none)\t(none)\t0\t0\t0\toff",
            "wg-ops\t" + OPERATOR_PRIVATE + "\t" + OPERATOR_PUBLIC + "\t443\toff",
            "wg9\t(none)\t(none)\t0\toff",
            "");

    @Test
    void readsEveryInterfaceWithItsPortAndPublicKey() {
        KernelSnapshot snapshot = WgDumpParser.parse(DUMP, TAKEN_AT);

        assertEquals(TAKEN_AT, snapshot.takenAt());
        assertEquals(3, snapshot.interfaces().size());
        assertEquals(new InterfaceReading("wg1", new WgKey(WG1_PUBLIC), 51821,
                List.of(new PeerReading(new WgKey(DAVE), Optional.empty(), Optional.empty(), 0, 0, List.of(), false))),
                snapshot.interfaceNamed("wg1").orElseThrow());
        InterfaceReading operators = snapshot.interfaceNamed("wg-ops").orElseThrow();
        assertEquals(new WgKey(OPERATOR_PUBLIC), operators.publicKey());
        assertEquals(443, operators.listenPort());
        assertEquals(List.of(), operators.peers());
        assertEquals(4, snapshot.peerCount());
    }

    @Test
    void readsAPeerAfterSomeTraffic() {
        PeerReading alice = peer("wg0", ALICE);

        assertEquals(Optional.of("10.200.0.2:60617"), alice.endpoint());
        assertEquals(Optional.of(Instant.ofEpochSecond(1_795_727_455L)), alice.latestHandshake());
        assertEquals(564, alice.receivedBytes());
        assertEquals(476, alice.sentBytes());
        assertEquals(List.of("10.66.0.2/32"), alice.allowedIps());
        assertTrue(alice.hasPresharedKey());
    }

    @Test
    void noneFieldsAndAZeroHandshakeBecomeEmpty() {
        assertEquals(new PeerReading(new WgKey(BOB), Optional.empty(), Optional.empty(), 0, 0, List.of("10.66.0.3/32"), false),
                peer("wg0", BOB));
    }

    @Test
    void readsAnIpv6EndpointAndSeveralAllowedIps() {
        PeerReading carol = peer("wg0", CAROL);

        assertEquals(Optional.of("[fd00::2]:51820"), carol.endpoint());
        assertEquals(List.of("10.66.0.4/32", "fd00::4/128"), carol.allowedIps());
        assertEquals(22_104, carol.receivedBytes());
        assertEquals(21_928, carol.sentBytes());
    }

    /**
     * A dual-stack peer as wireguard-go dumps it: the routes in the order they were set, so after
     * {@code wg set ... allowed-ips fd42:42:42::2/128,10.66.0.2/32} the IPv6 one comes first. The
     * parser keeps the kernel's text and order; comparing with the desired routes is a set comparison.
     */
    @Test
    void readsBothFamiliesOfADualStackPeerInTheKernelsOrder() {
        String dump = String.join("\n", "wg0\t" + WG0_PRIVATE + "\t" + WG0_PUBLIC + "\t51820\toff",
                "wg0\t" + ALICE + "\t" + ALICE_PSK + "\t10.200.0.2:60637\t10.66.0.2/32,fd42:42:42::2/128\t1795746018\t11460\t11404\toff",
                "wg0\t" + BOB + "\t" + ALICE_PSK + "\t10.200.0.3:60638\tfd42:42:42::3/128,10.66.0.3/32\t1795746018\t11748\t11404\toff",
                "wg0\t" + CAROL + "\t(none)\t(none)\t10.66.0.4/32\t0\t0\t0\toff", "");

        InterfaceReading wg0 = WgDumpParser.parse(dump, TAKEN_AT).interfaceNamed("wg0").orElseThrow();

        assertEquals(List.of("10.66.0.2/32", "fd42:42:42::2/128"), wg0.peer(new WgKey(ALICE)).orElseThrow().allowedIps());
        assertEquals(List.of("fd42:42:42::3/128", "10.66.0.3/32"), wg0.peer(new WgKey(BOB)).orElseThrow().allowedIps());
        assertEquals(List.of("10.66.0.4/32"), wg0.peer(new WgKey(CAROL)).orElseThrow().allowedIps(), "a peer that lost its IPv6 route");
        assertEquals(11_460, wg0.peer(new WgKey(ALICE)).orElseThrow().receivedBytes(), "the counters cover both families");
    }

    @Test
    void keepsThePeersInDumpOrder() {
        List<WgKey> keys = WgDumpParser.parse(DUMP, TAKEN_AT).interfaceNamed("wg0").orElseThrow().peers().stream()
                .map(PeerReading::publicKey).toList();
        assertEquals(List.of(new WgKey(ALICE), new WgKey(BOB), new WgKey(CAROL)), keys);
    }

    /** Created with `ip link add` and never configured; the next syncconf gives it a key. */
    @Test
    void leavesOutAnInterfaceWithoutAKey() {
        String dump = DUMP + "wg9\t" + DAVE + "\t(none)\t(none)\t10.9.0.2/32\t0\t0\t0\toff\n";

        KernelSnapshot snapshot = WgDumpParser.parse(dump, TAKEN_AT);

        assertEquals(Optional.empty(), snapshot.interfaceNamed("wg9"));
        assertEquals(4, snapshot.peerCount());
    }

    @Test
    void keepsNoPrivateOrPresharedKey() {
        KernelSnapshot snapshot = WgDumpParser.parse(DUMP, TAKEN_AT);

        for (InterfaceReading reading : snapshot.all()) {
            assertFalse(SECRETS.contains(reading.publicKey().base64()), reading.name());
            for (PeerReading peer : reading.peers()) {
                assertFalse(SECRETS.contains(peer.publicKey().base64()));
                assertTrue(peer.allowedIps().stream().noneMatch(SECRETS::contains));
                assertTrue(peer.endpoint().stream().noneMatch(SECRETS::contains));
            }
        }
    }

    @Test
    void anEmptyDumpIsAnEmptySnapshot() {
        assertEquals(KernelSnapshot.empty(TAKEN_AT), WgDumpParser.parse("", TAKEN_AT));
        assertEquals(KernelSnapshot.empty(TAKEN_AT), WgDumpParser.parse("\n", TAKEN_AT));
    }

    @Test
    void blankLinesAndCarriageReturnsAreTolerated() {
        String spaced = "\n\n" + DUMP.replace("\n", "\r\n\n   \n") + "\n\n";

        KernelSnapshot snapshot = WgDumpParser.parse(spaced, TAKEN_AT);

        assertEquals(WgDumpParser.parse(DUMP, TAKEN_AT), snapshot);
    }

    /** Each garbled line is line 3 of the dump; the message names it and never quotes a value. */
    static List<String> garbledLines() {
        return List.of(
            "wg0\t" + BOB + "\t(none)\t(none)\t10.66.0.3/32\t0\t0\t0",                      // 8 fields
            "wg0\t" + BOB + "\t(none)\t(none)\t10.66.0.3/32\t0\t0\t0\toff\textra",           // 10 fields
            "wg0 " + BOB + " (none) (none) 10.66.0.3/32 0 0 0 off",                          // spaces, not tabs
            "wg0\t" + ALICE_PSK.substring(1) + "\t(none)\t(none)\t10.66.0.3/32\t0\t0\t0\toff", // not a key
            "wg0\t(none)\t(none)\t(none)\t10.66.0.3/32\t0\t0\t0\toff",                        // peer without key
            "wg0\t" + BOB + "\t(none)\t(none)\t10.66.0.3/32\tsoon\t0\t0\toff",
            "wg0\t" + BOB + "\t(none)\t(none)\t10.66.0.3/32\t0\t-5\t0\toff",
            "wg0\t" + BOB + "\t(none)\t(none)\t10.66.0.3/32\t0\t0\t99999999999999999999\toff",
            "wg0\t" + BOB + "\t(none)\t(none)\t10.66.0.3/32\t0\t0\t0\tsometimes",
            "wg0\t" + BOB + "\t(none)\t(none)\t10.66.0.3/32,\t0\t0\t0\toff",
            "wg0\t" + BOB + "\t(none)\t(none)\t10.66.0.3/32,,fd42:42:42::3/128\t0\t0\t0\toff",
            "wg0\t" + WG1_PRIVATE + "\t" + WG1_PUBLIC + "\t51821\toff",                       // wg0 twice
            "wg1\t" + WG1_PRIVATE + "\t" + WG1_PUBLIC + "\t70000\toff",                       // port out of range
            "wg1\t" + WG1_PRIVATE + "\t" + WG1_PUBLIC + "\t51821\tmark",
            "\t" + WG1_PRIVATE + "\t" + WG1_PUBLIC + "\t51821\toff",                          // no name
            "wg5\t" + BOB + "\t(none)\t(none)\t10.66.0.3/32\t0\t0\t0\toff",                   // peer of an unseen interface
            "PrivateKey = " + WG1_PRIVATE);
    }

    @ParameterizedTest
    @MethodSource("garbledLines")
    void aMalformedLineIsRefusedNamingItsNumberButNoValue(String garbage) {
        String dump = String.join("\n", "wg0\t" + WG0_PRIVATE + "\t" + WG0_PUBLIC + "\t51820\toff",
                "wg0\t" + ALICE + "\t" + ALICE_PSK + "\t10.200.0.2:60617\t10.66.0.2/32\t1795727455\t564\t476\toff",
                garbage, "");

        KernelOperationException e = assertThrows(KernelOperationException.class, () -> WgDumpParser.parse(dump, TAKEN_AT));

        assertTrue(e.getMessage().startsWith("Unreadable output of `wg show all dump`, line 3: "), e.getMessage());
        for (String value : List.of(WG0_PRIVATE, WG1_PRIVATE, ALICE_PSK, ALICE_PSK.substring(1), BOB, WG1_PUBLIC)) {
            assertFalse(e.getMessage().contains(value), "no key in: " + e.getMessage());
        }
    }

    @Test
    void theMessageSaysWhatIsWrong() {
        String dump = "wg0\t" + WG0_PRIVATE + "\t" + WG0_PUBLIC + "\t51820\toff\n"
                + "wg0\t" + BOB + "\t(none)\t(none)\t10.66.0.3/32\t0\t12x\t0\toff\n";

        KernelOperationException e = assertThrows(KernelOperationException.class, () -> WgDumpParser.parse(dump, TAKEN_AT));

        assertEquals("Unreadable output of `wg show all dump`, line 2: the received bytes is not a number.", e.getMessage());
    }

    @Test
    void countsUpToTheLargestLong() {
        String dump = "wg0\t" + WG0_PRIVATE + "\t" + WG0_PUBLIC + "\t51820\toff\n"
                + "wg0\t" + BOB + "\t(none)\t(none)\t10.66.0.3/32\t0\t9223372036854775807\t0\toff\n";

        assertEquals(Long.MAX_VALUE, WgDumpParser.parse(dump, TAKEN_AT).interfaceNamed("wg0").orElseThrow()
                .peers().get(0).receivedBytes());
    }

    private static PeerReading peer(String interfaceName, String publicKey) {
        Map<WgKey, PeerReading> peers = WgDumpParser.parse(DUMP, TAKEN_AT).interfaceNamed(interfaceName).orElseThrow().peersByKey();
        return peers.get(new WgKey(publicKey));
    }
}
