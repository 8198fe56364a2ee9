package io.candypanel.domain.client;

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
                + "Address = " + client.address() + "/32\n"
                + "DNS = " + settings.dns() + "\n"
                + "MTU = " + settings.mtu() + "\n"
                + "\n"
                + "[Peer]\n"
                + "PublicKey = " + wgInterface.keys().publicKey().base64() + "\n"
                + "PresharedKey = " + client.presharedKey().base64() + "\n"
                + "Endpoint = " + endpoint(settings.endpointHost(), wgInterface.listenPort().value()) + "\n"
                + "AllowedIPs = 0.0.0.0/0, ::/0\n"
                + "PersistentKeepalive = " + PERSISTENT_KEEPALIVE_SECONDS + "\n";
    }

    static String endpoint(String host, int port) {
        boolean ipv6Literal = host.contains(":") && !host.startsWith("[");
        return (ipv6Literal ? "[" + host + "]" : host) + ":" + port;
    }
}
