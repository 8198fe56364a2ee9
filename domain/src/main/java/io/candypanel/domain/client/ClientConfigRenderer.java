package io.candypanel.domain.client;

import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.wginterface.WgInterface;

/**
 * The one place that writes a client's wg-quick configuration. The API, downloads, QR codes, the
 * bot and the share page all use it, so a client gets the same file wherever it asks.
 */
public final class ClientConfigRenderer {
    static final int PERSISTENT_KEEPALIVE_SECONDS = 25;

    private ClientConfigRenderer() {
    }

    public static String render(Client client, WgInterface wgInterface, Settings settings) {
        if (!client.interfaceId().equals(wgInterface.id())) {
            throw new IllegalArgumentException(client + " is not on " + wgInterface);
        }
        return "[Interface]\n"
                + "PrivateKey = " + client.keys().privateKey().base64() + "\n"
                + "Address = " + client.address() + "/32" + client.ipv6Address().map(a -> ", " + a + "/128").orElse("") + "\n"
                + "DNS = " + dns(client, settings) + "\n"
                + "MTU = " + settings.mtu() + "\n"
                + "\n"
                + "[Peer]\n"
                + "PublicKey = " + wgInterface.keys().publicKey().base64() + "\n"
                + "PresharedKey = " + client.presharedKey().base64() + "\n"
                + "Endpoint = " + endpoint(settings.endpointHost(), wgInterface.listenPort().value()) + "\n"
                + "AllowedIPs = 0.0.0.0/0, ::/0\n"
                + "PersistentKeepalive = " + PERSISTENT_KEEPALIVE_SECONDS + "\n";
    }

    /** The IPv6 resolvers only for a client that has an IPv6 address (an IPv4-only client could not reach them). */
    private static String dns(Client client, Settings settings) {
        String ipv6Dns = settings.get(SettingKey.IPV6_DNS);
        return client.ipv6Address().isPresent() && !ipv6Dns.isBlank() ? settings.dns() + ", " + ipv6Dns : settings.dns();
    }

    static String endpoint(String host, int port) {
        boolean ipv6Literal = host.contains(":") && !host.startsWith("[");
        return (ipv6Literal ? "[" + host + "]" : host) + ":" + port;
    }
}
