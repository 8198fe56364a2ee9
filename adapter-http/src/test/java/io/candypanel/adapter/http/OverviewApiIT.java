package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.BDDMockito.given;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.application.port.in.overview.Dashboard;
import io.candypanel.application.port.in.overview.PanelOverview;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OverviewApiIT {
    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.assertNoServerErrors();
        api.close();
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void returnsDashboardClientsInterfacesAndSettingsWithTheOriginalsFieldNames() {
        WgKeyPair aliceKeys = Samples.KEYS.newKeyPair();
        WgKey alicePsk = Samples.KEYS.newPresharedKey();
        WgKeyPair bobKeys = Samples.KEYS.newKeyPair();
        WgKey bobPsk = Samples.KEYS.newPresharedKey();
        WgKeyPair serverKeys = Samples.KEYS.newKeyPair();
        Client alice = Samples.client("alice", aliceKeys, alicePsk, Ipv4Address.parse("10.0.0.2"));
        Client bob = Samples.busyClient("bob", bobKeys, bobPsk);
        bob.assignIpv6Address(Ipv6Address.parse("fd42:42:42::3"));
        WgInterface wg0 = Samples.wgInterface(0, serverKeys);
        wg0.assignIpv6Range(Ipv6Cidr.parse("fd42:42:42::1/64"));
        given(api.panelOverview.overview()).willReturn(new PanelOverview(Samples.dashboard(), List.of(alice, bob), List.of(wg0),
                Map.of("dns", "8.8.8.8", "telegram_bot_token", "****abcd"), List.of("billing", "monitoring")));

        JsonNode data = api.getWithToken("/api/data").assertSuccess("All data retrieved successfully.");

        assertEquals(Set.of("dashboard", "clients", "interfaces", "settings", "api_tokens"), fieldNames(data));
        assertEquals("[\"billing\",\"monitoring\"]", data.path("api_tokens").toString(), "token names only");

        JsonNode dashboard = data.path("dashboard");
        assertEquals(Set.of("cpu", "mem", "net", "uptime", "clients_count", "enabled_clients", "connected_clients", "status", "alert",
                "bandwidth", "wg_mode", "wg_status", "last_sync"), fieldNames(dashboard));
        assertEquals("12.5%", dashboard.path("cpu").asText());
        assertEquals("8.00 GB", dashboard.path("mem").path("total").asText());
        assertEquals("5.00 GB", dashboard.path("mem").path("available").asText());
        assertEquals("37.5%", dashboard.path("mem").path("usage").asText());
        assertTrue(dashboard.path("uptime").isIntegralNumber());
        assertEquals(86_400, dashboard.path("uptime").asLong());
        assertEquals(3, dashboard.path("clients_count").asLong());
        assertEquals(2, dashboard.path("enabled_clients").asLong());
        assertEquals(1, dashboard.path("connected_clients").asLong());
        assertEquals("1", dashboard.path("status").asText());
        assertEquals("Welcome to CandyPanel", dashboard.path("alert").path(0).asText());
        assertTrue(dashboard.path("bandwidth").isIntegralNumber());
        assertEquals(123_456_789L, dashboard.path("bandwidth").asLong());
        assertEquals("kernel", dashboard.path("wg_mode").asText());
        assertEquals("WireGuard is driven through the kernel module.", dashboard.path("wg_status").asText());
        assertEquals(Set.of("download", "upload"), fieldNames(dashboard.path("net")));
        assertEquals("1.50 KB/s", dashboard.path("net").path("download").asText(), "download is what the host received");
        assertEquals("12.35 KB/s", dashboard.path("net").path("upload").asText());
        assertTrue(dashboard.has("last_sync"));
        assertTrue(dashboard.path("last_sync").isNull(), "no sync ran yet");

        JsonNode first = data.path("clients").path(0);
        assertEquals(Set.of("name", "wg", "public_key", "private_key", "preshared_key", "address", "ipv6_address", "created_at", "expires", "note",
                "traffic", "used_trafic", "connected_now", "status", "last_handshake", "endpoint", "disabled_reason", "share_url"),
                fieldNames(first));
        assertEquals("alice", first.path("name").asText());
        assertEquals(0, first.path("wg").asInt());
        assertEquals(aliceKeys.publicKey().base64(), first.path("public_key").asText());
        assertEquals(aliceKeys.privateKey().base64(), first.path("private_key").asText());
        assertEquals(alicePsk.base64(), first.path("preshared_key").asText());
        assertEquals("10.0.0.2", first.path("address").asText());
        assertTrue(first.has("ipv6_address") && first.path("ipv6_address").isNull(), "alice is IPv4 only");
        assertEquals("2026-11-01T08:00:00Z", first.path("created_at").asText());
        assertEquals("2026-12-01T00:00:00Z", first.path("expires").asText());
        assertEquals("a note", first.path("note").asText());
        assertTrue(first.path("traffic").isTextual(), "the quota is a string, as in the original");
        assertEquals("5368709120", first.path("traffic").asText());
        assertEquals(0, first.path("used_trafic").path("download").asLong());
        assertEquals(0, first.path("used_trafic").path("upload").asLong());
        assertFalse(first.path("connected_now").booleanValue());
        assertTrue(first.path("status").booleanValue());
        assertTrue(first.path("last_handshake").isNull());
        assertTrue(first.path("endpoint").isNull());
        assertTrue(first.path("disabled_reason").isNull());
        assertTrue(first.has("share_url") && first.path("share_url").isNull(), "alice has no share link");

        JsonNode second = data.path("clients").path(1);
        assertEquals(1, second.path("wg").asInt());
        assertEquals("1000", second.path("traffic").asText());
        assertTrue(second.path("used_trafic").path("download").isIntegralNumber());
        assertEquals(700, second.path("used_trafic").path("download").asLong());
        assertEquals(400, second.path("used_trafic").path("upload").asLong());
        assertFalse(second.path("status").booleanValue());
        assertEquals("2026-11-26T11:59:30Z", second.path("last_handshake").asText());
        assertEquals("203.0.113.9:51820", second.path("endpoint").asText());
        assertEquals("quota", second.path("disabled_reason").asText());
        assertEquals("fd42:42:42::3", second.path("ipv6_address").asText());

        JsonNode wg = data.path("interfaces").path(0);
        assertEquals(Set.of("wg", "name", "public_key", "port", "address_range", "ipv6_address_range", "mtu", "status"),
                fieldNames(wg));
        assertEquals("fd42:42:42::1/64", wg.path("ipv6_address_range").asText());
        assertEquals(0, wg.path("wg").asInt());
        assertEquals("wg0", wg.path("name").asText());
        assertEquals(serverKeys.publicKey().base64(), wg.path("public_key").asText());
        assertEquals(51820, wg.path("port").asInt());
        assertEquals("10.0.0.1/24", wg.path("address_range").asText());
        assertEquals(1420, wg.path("mtu").asInt());
        assertTrue(wg.path("status").booleanValue());
        assertFalse(data.toString().contains(serverKeys.privateKey().base64()), "the server's private key never leaves it");

        assertEquals(api.json.createObjectNode().put("dns", "8.8.8.8").put("telegram_bot_token", "****abcd"), data.path("settings"));
    }

    @Test
    void theLastSyncIsSummarisedOnTheDashboard() {
        given(api.panelOverview.overview()).willReturn(new PanelOverview(Samples.dashboard(Optional.of(Samples.syncReport())),
                List.of(), List.of(Samples.wgInterface(12, Samples.KEYS.newKeyPair())), Map.of()));

        JsonNode data = api.getWithToken("/api/data").assertSuccess("All data retrieved successfully.");

        JsonNode lastSync = data.path("dashboard").path("last_sync");
        assertEquals(Set.of("at", "duration_ms", "peers_read", "bytes_counted"), fieldNames(lastSync));
        assertEquals("2026-11-26T11:55:00.250Z", lastSync.path("at").asText());
        assertTrue(lastSync.path("duration_ms").isIntegralNumber());
        assertEquals(42, lastSync.path("duration_ms").asLong());
        assertEquals(17, lastSync.path("peers_read").asInt());
        assertTrue(lastSync.path("bytes_counted").isIntegralNumber());
        assertEquals(9_876_543_210L, lastSync.path("bytes_counted").asLong());
        assertEquals(12, data.path("interfaces").path(0).path("wg").asInt());
        assertEquals("wg12", data.path("interfaces").path(0).path("name").asText());
    }

    @Test
    void networkSpeedsKeepTheOriginalsFormat() {
        long gib = 1024L * 1024 * 1024;
        Dashboard dashboard = new Dashboard(0, gib, gib, 0, 0, 0, 0, "1", List.of(), 0, "config-only", "not driven",
                0.0, 1_234_567_890.0, Optional.empty());
        given(api.panelOverview.overview()).willReturn(new PanelOverview(dashboard, List.of(), List.of(), Map.of()));

        JsonNode net = api.getWithToken("/api/data").assertSuccess("All data retrieved successfully.").path("dashboard").path("net");

        assertEquals("0.00 KB/s", net.path("download").asText());
        assertEquals("1205632.71 KB/s", net.path("upload").asText());
    }

    @Test
    void streamsTenThousandClients() {
        WgKeyPair keys = Samples.KEYS.newKeyPair();
        WgKey psk = Samples.KEYS.newPresharedKey();
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            clients.add(Samples.client("client-" + i, keys, psk, new Ipv4Address(0x0a000002 + i)));
        }
        given(api.panelOverview.overview()).willReturn(new PanelOverview(Samples.dashboard(), clients, List.of(), Map.of()));

        JsonNode data = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> api.getWithToken("/api/data").assertSuccess("All data retrieved successfully."));

        assertEquals(10_000, data.path("clients").size());
        assertEquals("client-9999", data.path("clients").path(9_999).path("name").asText());
        assertEquals("10.0.39.17", data.path("clients").path(9_999).path("address").asText());
    }

    @Test
    void aSharedClientCarriesThePathOfItsSharePage() {
        String token = "c2hhcmUtdG9rZW4tb2YtYWxpY2UtZm9yLXRlc3Rz";
        Client shared = Client.restore(new ClientName("alice"), InterfaceId.FIRST,
                Samples.KEYS.newKeyPair(), Samples.KEYS.newPresharedKey(), Ipv4Address.parse("10.0.0.2"), Samples.CREATED, Samples.EXPIRES,
                Quota.UNLIMITED, Usage.NONE,
                KernelCounters.ZERO, "", true, null, null, null, false, token);
        given(api.panelOverview.overview()).willReturn(new PanelOverview(Samples.dashboard(), List.of(shared), List.of(), Map.of()));

        JsonNode data = api.getWithToken("/api/data").assertSuccess("All data retrieved successfully.");

        assertEquals("/s/" + token, data.path("clients").path(0).path("share_url").asText());
    }

    @Test
    void needsAToken() {
        api.get("/api/data").assertError(401, "UNAUTHENTICATED");
    }
}
