package io.candypanel.adapter.wireguard;

import static io.candypanel.adapter.wireguard.Fixtures.ALICE_PSK;
import static io.candypanel.adapter.wireguard.Fixtures.ALICE_PUBLIC;
import static io.candypanel.adapter.wireguard.Fixtures.BOB_PUBLIC;
import static io.candypanel.adapter.wireguard.Fixtures.CLIENT_PRIVATE;
import static io.candypanel.adapter.wireguard.Fixtures.alice;
import static io.candypanel.adapter.wireguard.Fixtures.bob;
import static io.candypanel.adapter.wireguard.Fixtures.carol;
import static io.candypanel.adapter.wireguard.Fixtures.threeDualStackPeers;
import static io.candypanel.adapter.wireguard.Fixtures.threePeers;
import static io.candypanel.adapter.wireguard.Fixtures.wg0;
import static io.candypanel.adapter.wireguard.Fixtures.wg0DualStack;
import static io.candypanel.adapter.wireguard.Fixtures.withIpv6;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerConfigRendererTest {
    private final ServerConfigRenderer renderer = new ServerConfigRenderer("eth0");

    private static final String INTERFACE_SECTION = """
            [Interface]
            Address = 10.0.0.1/24
            ListenPort = 51820
            PrivateKey = 6LVf4Zlo/PMS6Nu++uPdDpuVuzYk/Zcv1EdZV/hu0nY=
            MTU = 1420
            Table = off
            PostUp = sysctl -q -w net.ipv4.ip_forward=1; iptables -A FORWARD -i wg0 -j ACCEPT; iptables -A FORWARD -o wg0 -j ACCEPT; iptables -t nat -A POSTROUTING -s 10.0.0.0/24 -o eth0 -j MASQUERADE
            PostDown = iptables -D FORWARD -i wg0 -j ACCEPT; iptables -D FORWARD -o wg0 -j ACCEPT; iptables -t nat -D POSTROUTING -s 10.0.0.0/24 -o eth0 -j MASQUERADE
            """;

    private static final String ALICE_SECTION = """

            [Peer]
            # alice
            PublicKey = 0gQQ2q9unrY5c9cYsZeYr+i7jiPeHy5S9tG1taCdvmQ=
            PresharedKey = nP8m6YS6WERlChgcewgRjdDwBT5Gzx3GizGZWTkokGk=
            AllowedIPs = 10.0.0.2/32
            """;

    private static final String BOB_AND_CAROL_SECTIONS = """

            [Peer]
            # bob.mobile
            PublicKey = Wt17+5Rraf+7Ii40nMHcvzM1dklUUtLpj2VRP7m0Zzw=
            PresharedKey = vH4RZ5M1RsDmDHh82UGLbWaDXBGKQG91cnxmYSY0J4k=
            AllowedIPs = 10.0.0.3/32

            [Peer]
            # carol_laptop-2
            PublicKey = VHaSfu5uSTKd3uO6qDhqdEIgL4256AN9YrLMdZpekA4=
            PresharedKey = 3Yo0WCmZF2fB6eHWN3A/eJsHfRUuxo57TcMnBvQueMg=
            AllowedIPs = 10.0.0.4/32
            """;

    private static final String STRIPPED_INTERFACE_SECTION = """
            [Interface]
            ListenPort = 51820
            PrivateKey = 6LVf4Zlo/PMS6Nu++uPdDpuVuzYk/Zcv1EdZV/hu0nY=
            """;

    private static final String DUAL_STACK_FILE = """
            [Interface]
            Address = 10.0.0.1/24, fd42:42:42::1/64
            ListenPort = 51820
            PrivateKey = 6LVf4Zlo/PMS6Nu++uPdDpuVuzYk/Zcv1EdZV/hu0nY=
            MTU = 1420
            Table = off
            PostUp = sysctl -q -w net.ipv4.ip_forward=1; iptables -A FORWARD -i wg0 -j ACCEPT; iptables -A FORWARD -o wg0 -j ACCEPT; iptables -t nat -A POSTROUTING -s 10.0.0.0/24 -o eth0 -j MASQUERADE; sysctl -q -w net.ipv6.conf.all.forwarding=1; ip6tables -A FORWARD -i wg0 -j ACCEPT; ip6tables -A FORWARD -o wg0 -j ACCEPT; ip6tables -t nat -A POSTROUTING -s fd42:42:42::/64 -o eth0 -j MASQUERADE
            PostDown = iptables -D FORWARD -i wg0 -j ACCEPT; iptables -D FORWARD -o wg0 -j ACCEPT; iptables -t nat -D POSTROUTING -s 10.0.0.0/24 -o eth0 -j MASQUERADE; ip6tables -D FORWARD -i wg0 -j ACCEPT; ip6tables -D FORWARD -o wg0 -j ACCEPT; ip6tables -t nat -D POSTROUTING -s fd42:42:42::/64 -o eth0 -j MASQUERADE

            [Peer]
            # alice
            PublicKey = 0gQQ2q9unrY5c9cYsZeYr+i7jiPeHy5S9tG1taCdvmQ=
            PresharedKey = nP8m6YS6WERlChgcewgRjdDwBT5Gzx3GizGZWTkokGk=
            AllowedIPs = 10.0.0.2/32, fd42:42:42::2/128

            [Peer]
            # bob.mobile
            PublicKey = Wt17+5Rraf+7Ii40nMHcvzM1dklUUtLpj2VRP7m0Zzw=
            PresharedKey = vH4RZ5M1RsDmDHh82UGLbWaDXBGKQG91cnxmYSY0J4k=
            AllowedIPs = 10.0.0.3/32, fd42:42:42::3/128

            [Peer]
            # carol_laptop-2
            PublicKey = VHaSfu5uSTKd3uO6qDhqdEIgL4256AN9YrLMdZpekA4=
            PresharedKey = 3Yo0WCmZF2fB6eHWN3A/eJsHfRUuxo57TcMnBvQueMg=
            AllowedIPs = 10.0.0.4/32, fd42:42:42::4/128
            """;

    @Test
    void rendersAnInterfaceWithoutPeers() {
        assertEquals(INTERFACE_SECTION, renderer.render(wg0(), List.of()));
    }

    @Test
    void rendersAnInterfaceWithOnePeer() {
        assertEquals(INTERFACE_SECTION + ALICE_SECTION, renderer.render(wg0(), List.of(alice())));
    }

    @Test
    void rendersAnInterfaceWithThreePeers() {
        assertEquals(INTERFACE_SECTION + ALICE_SECTION + BOB_AND_CAROL_SECTIONS, renderer.render(wg0(), threePeers()));
    }

    @Test
    void rendersADualStackInterfaceWithBothAddressesBothHostRoutesAndTheIp6tablesTwins() {
        assertEquals(DUAL_STACK_FILE, renderer.render(wg0DualStack(), threeDualStackPeers()));
    }

    @Test
    void theStrippedDualStackFileCarriesBothHostRoutesForSyncconf() {
        String stripped = renderer.renderStripped(wg0DualStack(), threeDualStackPeers());

        assertEquals(STRIPPED_INTERFACE_SECTION, stripped.substring(0, STRIPPED_INTERFACE_SECTION.length()));
        assertEquals(3, stripped.lines().filter(line -> line.matches("AllowedIPs = 10\\.0\\.0\\.\\d/32, fd42:42:42::\\d/128")).count(),
                stripped);
        assertFalse(stripped.contains("ip6tables"));
        assertFalse(stripped.contains("Address"));
    }

    /** The only difference an IPv6 range makes to an IPv4-only file is in the Address, PostUp, PostDown and AllowedIPs lines. */
    @Test
    void anIpv6RangeAddsToTheIpv4FileAndChangesNothingElse() {
        List<String> ipv4Only = renderer.render(wg0(), threePeers()).lines().toList();
        List<String> dualStack = renderer.render(wg0DualStack(), threeDualStackPeers()).lines().toList();

        assertEquals(ipv4Only.size(), dualStack.size());
        for (int i = 0; i < ipv4Only.size(); i++) {
            String line = ipv4Only.get(i);
            if (line.matches("(Address|PostUp|PostDown|AllowedIPs) = .*")) {
                assertTrue(dualStack.get(i).startsWith(line) && dualStack.get(i).length() > line.length(), dualStack.get(i));
            } else {
                assertEquals(line, dualStack.get(i));
            }
        }
    }

    @Test
    void aDualStackInterfaceUsesTheNetworkOfItsIpv6RangeForTheNatRule() {
        WgInterface wg3 = WgInterface.create(new InterfaceId(3),
                new WgKeyPair(new WgKey(Fixtures.SERVER_PRIVATE), new WgKey(Fixtures.SERVER_PUBLIC)),
                new ListenPort(51823), Ipv4Cidr.parse("172.16.5.9/20"), new Mtu(1380));
        wg3.assignIpv6Range(Ipv6Cidr.parse("2001:db8:0:42::abc/120"));
        String config = new ServerConfigRenderer("enp3s0.100").render(wg3, List.of());

        assertTrue(config.contains("\nAddress = 172.16.5.9/20, 2001:db8:0:42::abc/120\n"), config);
        assertTrue(config.contains("; sysctl -q -w net.ipv6.conf.all.forwarding=1; ip6tables -A FORWARD -i wg3 -j ACCEPT; "
                + "ip6tables -A FORWARD -o wg3 -j ACCEPT; ip6tables -t nat -A POSTROUTING -s 2001:db8:0:42::a00/120 -o enp3s0.100 "
                + "-j MASQUERADE\n"), config);
        assertTrue(config.contains("; ip6tables -t nat -D POSTROUTING -s 2001:db8:0:42::a00/120 -o enp3s0.100 -j MASQUERADE\n"),
                config);
    }

    /** A dual-stack interface may hold a client that has no IPv6 address yet (created before the range, say). */
    @Test
    void aPeerWithoutAnIpv6AddressOnADualStackInterfaceKeepsItsIpv4RouteOnly() {
        String config = renderer.render(wg0DualStack(), List.of(withIpv6(alice(), "fd42:42:42::2"), bob()));

        assertTrue(config.contains("\nAllowedIPs = 10.0.0.2/32, fd42:42:42::2/128\n"), config);
        assertTrue(config.contains("\nAllowedIPs = 10.0.0.3/32\n"), config);
    }

    @Test
    void anIpv4OnlyInterfaceHasNoIpv6Anything() {
        String config = renderer.render(wg0(), threePeers());

        assertFalse(config.contains("ip6tables"), config);
        assertFalse(config.contains("ipv6"), config);
        assertFalse(config.contains("fd42"), config);
    }

    @Test
    void refusesAnIpv6AddressOutsideTheInterfacesIpv6RangeOrOnAnIpv4OnlyInterface() {
        Client outside = withIpv6(alice(), "fd42:42:43::2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> renderer.render(wg0DualStack(), List.of(outside)));
        assertTrue(e.getMessage().contains("fd42:42:42::1/64"), e.getMessage());

        Client dualStack = withIpv6(alice(), "fd42:42:42::2");
        e = assertThrows(IllegalArgumentException.class, () -> renderer.renderStripped(wg0(), List.of(dualStack)));
        assertTrue(e.getMessage().contains("it has none"), e.getMessage());
    }

    @Test
    void refusesTwoPeersWithTheSameIpv6Address() {
        Client alice = withIpv6(alice(), "fd42:42:42::2");
        Client bob = withIpv6(bob(), "fd42:42:42::2");
        assertThrows(IllegalArgumentException.class, () -> renderer.render(wg0DualStack(), List.of(alice, bob)));
    }

    @Test
    void sortsPeersByAddressSoTheSameStateGivesTheSameFile() {
        assertEquals(renderer.render(wg0(), threePeers()), renderer.render(wg0(), List.of(carol(), alice(), bob())));
    }

    @Test
    void writesNoDnsLineBecauseItWouldRewriteTheHostResolver() {
        for (List<Client> peers : List.of(List.<Client>of(), List.of(alice()), threePeers())) {
            String config = renderer.render(wg0(), peers);
            assertFalse(config.lines().anyMatch(line -> line.toUpperCase().startsWith("DNS")), config);
        }
    }

    @Test
    void neverWritesAClientPrivateKey() {
        assertFalse(renderer.render(wg0(), threePeers()).contains(CLIENT_PRIVATE));
        assertFalse(renderer.renderStripped(wg0(), threePeers()).contains(CLIENT_PRIVATE));
    }

    @Test
    void usesTheInterfaceNameNetworkMtuAndPortOfTheInterface() {
        WgInterface wg3 = WgInterface.create(new InterfaceId(3),
                new WgKeyPair(new WgKey(Fixtures.SERVER_PRIVATE), new WgKey(Fixtures.SERVER_PUBLIC)),
                new ListenPort(51823), Ipv4Cidr.parse("172.16.5.9/20"), new Mtu(1380));
        String config = new ServerConfigRenderer("enp3s0.100").render(wg3, List.of());

        assertTrue(config.contains("\nAddress = 172.16.5.9/20\nListenPort = 51823\n"), config);
        assertTrue(config.contains("\nMTU = 1380\nTable = off\n"), config);
        assertTrue(config.contains("\nPostUp = sysctl -q -w net.ipv4.ip_forward=1; "
                + "iptables -A FORWARD -i wg3 -j ACCEPT; iptables -A FORWARD -o wg3 -j ACCEPT; "
                + "iptables -t nat -A POSTROUTING -s 172.16.0.0/20 -o enp3s0.100 -j MASQUERADE\n"), config);
        assertTrue(config.contains("\nPostDown = iptables -D FORWARD -i wg3 -j ACCEPT; iptables -D FORWARD -o wg3 -j ACCEPT; "
                + "iptables -t nat -D POSTROUTING -s 172.16.0.0/20 -o enp3s0.100 -j MASQUERADE\n"), config);
    }

    @Test
    void strippedFormKeepsOnlyListenPortPrivateKeyAndThePeers() {
        assertEquals(STRIPPED_INTERFACE_SECTION, renderer.renderStripped(wg0(), List.of()));
        assertEquals(STRIPPED_INTERFACE_SECTION + ALICE_SECTION + BOB_AND_CAROL_SECTIONS,
                renderer.renderStripped(wg0(), List.of(bob(), carol(), alice())));
    }

    @Test
    void strippedFormIsTheFullFileWithoutTheWgQuickOnlyLines() {
        String withoutWgQuickKeys = renderer.render(wg0(), threePeers()).lines()
                .filter(line -> !line.matches("(Address|MTU|Table|PostUp|PostDown) = .*"))
                .map(line -> line + "\n")
                .reduce("", String::concat);
        assertEquals(withoutWgQuickKeys, renderer.renderStripped(wg0(), threePeers()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "eth0\nPostUp = touch /tmp/pwned",
        "eth0\r\n[Interface]",
        "eth0; rm -rf /",
        "eth0 -j ACCEPT",
        "$(id)",
        "eth0\u0000",
        "",
        "sixteen-chars-xx"
    })
    void refusesAWanInterfaceNameThatIsNotAPlainInterfaceName(String wan) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ServerConfigRenderer(wan));
        assertFalse(e.getMessage().contains("\n"), "the message itself must stay on one line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eth0", "ens3", "enp0s31f6", "wlan0", "br-lan", "eth0.100", "bond_0", "fifteen-chars-x"})
    void acceptsRealInterfaceNames(String wan) {
        String config = new ServerConfigRenderer(wan).render(wg0(), List.of());
        assertTrue(config.contains(" -o " + wan + " -j MASQUERADE\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x\ny", "x\rPostUp = id", "x\u0000", "x\u0085y", "\n"})
    void theLineGuardRefusesControlCharactersWithoutEchoingTheValue(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerConfigRenderer.singleLine("PrivateKey", value));
        assertTrue(e.getMessage().contains("PrivateKey"));
        assertFalse(e.getMessage().contains(value), "a refused value may be key material: never echo it");
    }

    @Test
    void theLineGuardLetsOrdinaryValuesThrough() {
        assertEquals("10.0.0.2/32", ServerConfigRenderer.singleLine("AllowedIPs", "10.0.0.2/32"));
        assertEquals(ALICE_PSK, ServerConfigRenderer.singleLine("PresharedKey", ALICE_PSK));
    }

    @Test
    void everyRenderedLineIsAKnownDirectiveACommentASectionOrBlank() {
        String config = renderer.render(wg0(), threePeers());
        assertTrue(config.lines().allMatch(line -> line.isEmpty() || line.equals("[Interface]") || line.equals("[Peer]")
                        || line.matches("# [A-Za-z0-9_.-]{1,64}")
                        || line.matches("(Address|ListenPort|PrivateKey|MTU|Table|PostUp|PostDown|PublicKey|PresharedKey|AllowedIPs) = [^\\p{Cntrl}]+")),
                config);
        assertEquals(1, config.lines().filter(line -> line.startsWith("[Interface]")).count());
        String dualStack = renderer.render(wg0DualStack(), threeDualStackPeers());
        assertTrue(dualStack.lines().allMatch(line -> config.lines().anyMatch(l -> l.split(" = ")[0].equals(line.split(" = ")[0]))),
                "dual stack adds no new kind of line: " + dualStack);
    }

    @Test
    void refusesAPeerOfAnotherInterface() {
        Client onWg1 = Fixtures.client("elsewhere", new InterfaceId(1), ALICE_PUBLIC, ALICE_PSK, "10.0.0.2");
        assertThrows(IllegalArgumentException.class, () -> renderer.render(wg0(), List.of(onWg1)));
    }

    @Test
    void refusesADisabledPeerBecauseItWouldKeepItsTunnel() {
        Client disabled = alice();
        disabled.disable(DisabledReason.QUOTA);
        assertThrows(IllegalArgumentException.class, () -> renderer.render(wg0(), List.of(disabled)));
        assertThrows(IllegalArgumentException.class, () -> renderer.renderStripped(wg0(), List.of(disabled)));
    }

    @Test
    void refusesTwoPeersWithTheSameKeyOrAddress() {
        Client sameKey = Fixtures.client("alice2", ALICE_PUBLIC, ALICE_PSK, "10.0.0.9");
        Client sameAddress = Fixtures.client("bob2", BOB_PUBLIC, ALICE_PSK, "10.0.0.2");
        assertThrows(IllegalArgumentException.class, () -> renderer.render(wg0(), List.of(alice(), sameKey)));
        assertThrows(IllegalArgumentException.class, () -> renderer.render(wg0(), List.of(alice(), sameAddress)));
    }
}
