package io.candypanel.adapter.http.overview;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import java.time.Instant;

/**
 * One entry of {@code data.clients}, with the original's field names: {@code wg} is the interface
 * number, {@code traffic} the quota in bytes as a string (the original stored it as text and its
 * front end expects a string), {@code used_trafic} (sic) the usage in bytes, {@code status} whether
 * the client is enabled. The private key is included, as the contract says: the admin needs it to
 * rebuild a client's config. {@code share_url} (new) is the path of the client's public share page,
 * null when it has none; {@code ipv6_address} its IPv6 address on a dual-stack interface, else null.
 */
record ClientResponse(String name, int wg, String publicKey, String privateKey, String presharedKey, String address,
                      String ipv6Address, Instant createdAt, Instant expires, String note, String traffic,
                      @JsonProperty("used_trafic") UsageResponse usedTraffic, boolean connectedNow, boolean status,
                      Instant lastHandshake, String endpoint, String disabledReason, String shareUrl) {

    static ClientResponse from(Client client) {
        return new ClientResponse(
                client.name().value(),
                client.interfaceId().value(),
                client.keys().publicKey().base64(),
                client.keys().privateKey().base64(),
                client.presharedKey().base64(),
                client.address().toString(),
                client.ipv6Address().map(Object::toString).orElse(null),
                client.createdAt(),
                client.expiresAt(),
                client.note(),
                Long.toString(client.quota().bytes()),
                new UsageResponse(client.usage().download(), client.usage().upload()),
                client.isConnectedNow(),
                client.isEnabled(),
                client.lastHandshake().orElse(null),
                client.endpoint().orElse(null),
                client.disabledReason().map(DisabledReason::wireName).orElse(null),
                client.shareToken().map(token -> "/s/" + token).orElse(null));
    }

    /** Keys are secrets; keep them out of any accidental log line. */
    @Override
    public String toString() {
        return "ClientResponse[" + name + " on wg" + wg + "]";
    }

    record UsageResponse(long download, long upload) {
    }
}
