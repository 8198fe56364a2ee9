package io.candypanel.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientConfigRendererTest {
    private static final String CLIENT_PRIVATE = "eCtXsJZ27+4PbhDkHnB923tkUn2Gj59wZw5wFA75MnU=";
    private static final String CLIENT_PUBLIC = "Dq3Xm+ZcOFLhvtWuAc+8eTD7DAJeFWazsAr5dbxXiGo=";
    private static final String PRESHARED = "FpCyhws9cxwWoV4xELtfJvjJN+zQVRPISllRWgeopVE=";
    private static final String SERVER_PRIVATE = "cIDbKcmuXXBbkJAk8oyXwrvPK2Vn5dmvp6qyoB6DNHU=";
    private static final String SERVER_PUBLIC = "HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=";
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private static WgInterface wg0() {
        return WgInterface.create(InterfaceId.FIRST, new WgKeyPair(new WgKey(SERVER_PRIVATE), new WgKey(SERVER_PUBLIC)),
                new ListenPort(51820), Ipv4Cidr.parse("10.0.0.1/24"), Mtu.DEFAULT);
    }

    private static Client alice(InterfaceId on) {
        return Client.create(new ClientName("alice"), on,
                new WgKeyPair(new WgKey(CLIENT_PRIVATE), new WgKey(CLIENT_PUBLIC)), new WgKey(PRESHARED),
                Ipv4Address.parse("10.0.0.2"), NOW, NOW.plusSeconds(86_400), Quota.UNLIMITED, "");
    }

    @Test
    void rendersTheCanonicalWgQuickConfig() {
        Settings settings = Settings.defaults().with(SettingKey.CUSTOM_ENDPOINT, "vpn.example.com");
        String expected = """
                [Interface]
                PrivateKey = eCtXsJZ27+4PbhDkHnB923tkUn2Gj59wZw5wFA75MnU=
                Address = 10.0.0.2/32
                DNS = 8.8.8.8
                MTU = 1420

                [Peer]
                PublicKey = HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=
                PresharedKey = FpCyhws9cxwWoV4xELtfJvjJN+zQVRPISllRWgeopVE=
                Endpoint = vpn.example.com:51820
                AllowedIPs = 0.0.0.0/0, ::/0
                PersistentKeepalive = 25
                """;
        assertEquals(expected, ClientConfigRenderer.render(alice(InterfaceId.FIRST), wg0(), settings));
    }

    @Test
    void aDualStackClientGetsBothAddressesAndTheIpv6Resolvers() {
        Settings settings = Settings.defaults().with(SettingKey.CUSTOM_ENDPOINT, "vpn.example.com")
                .with(SettingKey.IPV6_DNS, "2606:4700:4700::1111");
        Client alice = alice(InterfaceId.FIRST);
        alice.assignIpv6Address(Ipv6Address.parse("fd42:42:42::2"));

        String config = ClientConfigRenderer.render(alice, wg0(), settings);

        assertTrue(config.contains("Address = 10.0.0.2/32, fd42:42:42::2/128\n"), config);
        assertTrue(config.contains("DNS = 8.8.8.8, 2606:4700:4700::1111\n"), config);
        String ipv4Only = ClientConfigRenderer.render(alice(InterfaceId.FIRST), wg0(), settings);
        assertTrue(ipv4Only.contains("Address = 10.0.0.2/32\n"), ipv4Only);
        assertTrue(ipv4Only.contains("DNS = 8.8.8.8\n"), "an IPv4-only client gets no IPv6 resolver: " + ipv4Only);
        String noIpv6Dns = ClientConfigRenderer.render(alice, wg0(), settings.with(SettingKey.IPV6_DNS, ""));
        assertTrue(noIpv6Dns.contains("DNS = 8.8.8.8\n"), noIpv6Dns);
    }

    @Test
    void anIpv6AddressAndRangeAreAssignedOnce() {
        Client alice = alice(InterfaceId.FIRST);
        alice.assignIpv6Address(Ipv6Address.parse("fd42:42:42::2"));
        alice.assignIpv6Address(Ipv6Address.parse("fd42:42:42::2"));
        alice.disable(DisabledReason.MANUAL);
        alice.enable(NOW);
        assertEquals(Ipv6Address.parse("fd42:42:42::2"), alice.ipv6Address().orElseThrow(), "kept when disabled and enabled");
        assertThrows(IllegalStateException.class, () -> alice.assignIpv6Address(Ipv6Address.parse("fd42:42:42::3")));
        WgInterface wg0 = wg0();
        wg0.assignIpv6Range(Ipv6Cidr.parse("fd42:42:42::1/64"));
        assertThrows(IllegalStateException.class, () -> wg0.assignIpv6Range(Ipv6Cidr.parse("fd42:42:43::1/64")));
        assertEquals("fd42:42:42::1/64", wg0.ipv6Range().orElseThrow().toString());
    }

    @Test
    void theDefaultsGiveTheDefaultEndpointAndEndWithOneNewline() {
        String config = ClientConfigRenderer.render(alice(InterfaceId.FIRST), wg0(), Settings.defaults());
        assertTrue(config.contains("\nEndpoint = 192.168.1.100:51820\n"), config);
        assertTrue(config.endsWith("PersistentKeepalive = 25\n"), config);
        assertTrue(config.startsWith("[Interface]\n"), "no leading blank line: " + config);
        assertEquals(-1, config.indexOf('\r'));
    }

    @Test
    void theServerPrivateKeyAndTheClientPublicKeyAreNeverInTheClientConfig() {
        String config = ClientConfigRenderer.render(alice(InterfaceId.FIRST), wg0(), Settings.defaults());
        assertEquals(-1, config.indexOf(SERVER_PRIVATE));
        assertEquals(-1, config.indexOf(CLIENT_PUBLIC));
    }

    @Test
    void anIpv6EndpointHostGetsBrackets() {
        Settings settings = Settings.defaults().with(SettingKey.CUSTOM_ENDPOINT, "2001:db8::1");
        String config = ClientConfigRenderer.render(alice(InterfaceId.FIRST), wg0(), settings);
        assertTrue(config.contains("\nEndpoint = [2001:db8::1]:51820\n"), config);
    }

    @Test
    void endpointFormatting() {
        assertEquals("203.0.113.7:443", ClientConfigRenderer.endpoint("203.0.113.7", 443));
        assertEquals("[::1]:51820", ClientConfigRenderer.endpoint("::1", 51820));
        assertEquals("[::1]:51820", ClientConfigRenderer.endpoint("[::1]", 51820), "already bracketed");
    }

    @Test
    void dnsMtuAndEndpointSettingsAreReflected() {
        Settings settings = Settings.defaults()
                .with(SettingKey.DNS, "1.1.1.1,1.0.0.1")
                .with(SettingKey.MTU, "1280")
                .with(SettingKey.CUSTOM_ENDPOINT, "203.0.113.7");
        WgInterface wg3 = WgInterface.create(new InterfaceId(3), new WgKeyPair(new WgKey(SERVER_PRIVATE), new WgKey(SERVER_PUBLIC)),
                new ListenPort(443), Ipv4Cidr.parse("10.3.0.1/24"), Mtu.DEFAULT);
        String config = ClientConfigRenderer.render(alice(new InterfaceId(3)), wg3, settings);
        assertTrue(config.contains("\nDNS = 1.1.1.1, 1.0.0.1\n"), config);
        assertTrue(config.contains("\nMTU = 1280\n"), config);
        assertTrue(config.contains("\nEndpoint = 203.0.113.7:443\n"), config);
    }

    @Test
    void theServerIpSettingIsNotTheEndpoint() {
        Settings settings = Settings.defaults().with(SettingKey.SERVER_IP, "198.51.100.1")
                .with(SettingKey.CUSTOM_ENDPOINT, "vpn.example.org");
        String config = ClientConfigRenderer.render(alice(InterfaceId.FIRST), wg0(), settings);
        assertTrue(config.contains("\nEndpoint = vpn.example.org:51820\n"), config);
    }

    @Test
    void refusesAClientOfAnotherInterface() {
        assertThrows(IllegalArgumentException.class,
                () -> ClientConfigRenderer.render(alice(new InterfaceId(1)), wg0(), Settings.defaults()));
    }
}
