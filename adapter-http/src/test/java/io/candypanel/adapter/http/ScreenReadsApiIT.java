package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.BDDMockito.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.candypanel.application.port.in.overview.Dashboard;
import io.candypanel.application.port.in.overview.PanelOverview;
import io.candypanel.application.port.in.setting.SettingsView;
import io.candypanel.application.port.in.wginterface.InterfaceListing;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.WgInterface;
import java.net.http.HttpRequest;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/dashboard}, {@code GET /api/interfaces} and {@code GET /api/settings}, the cheap reads
 * of the web panel's screens, against a real Undertow with mocked use cases: each answers what
 * {@code GET /api/data} shows for its part, with the same field names.
 */
class ScreenReadsApiIT {
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

    private JsonNode apiData() {
        return api.getWithToken("/api/data").assertSuccess("All data retrieved successfully.");
    }

    @Test
    void dashboardAnswersTheDashboardOfApiData() {
        Dashboard dashboard = Samples.dashboard(Optional.of(Samples.syncReport()));
        given(api.panelDashboard.dashboard()).willReturn(dashboard);
        given(api.panelOverview.overview()).willReturn(new PanelOverview(dashboard, List.of(Samples.client("alice")), List.of(),
                Map.of()));

        JsonNode data = api.getWithToken("/api/dashboard").assertSuccess("Dashboard retrieved successfully.");

        assertEquals("{\"cpu\":\"12.5%\",\"mem\":{\"total\":\"8.00 GB\",\"available\":\"5.00 GB\",\"usage\":\"37.5%\"},"
                + "\"net\":{\"download\":\"1.50 KB/s\",\"upload\":\"12.35 KB/s\"},\"uptime\":86400,\"clients_count\":3,"
                + "\"enabled_clients\":2,\"connected_clients\":1,\"status\":\"1\",\"alert\":[\"Welcome to CandyPanel\"],"
                + "\"bandwidth\":123456789,\"wg_mode\":\"kernel\",\"wg_status\":\"WireGuard is driven through the kernel module.\","
                + "\"last_sync\":{\"at\":\"2026-11-26T11:55:00.250Z\",\"duration_ms\":42,\"peers_read\":17,"
                + "\"bytes_counted\":9876543210}}", data.toString());
        assertEquals(apiData().path("dashboard"), data, "the same object as data.dashboard of /api/data");
    }

    @Test
    void dashboardBeforeTheFirstSyncHasANullLastSync() {
        given(api.panelDashboard.dashboard()).willReturn(Samples.dashboard());

        JsonNode data = api.getWithToken("/api/dashboard").assertSuccess("Dashboard retrieved successfully.");

        assertEquals(Set.of("cpu", "mem", "net", "uptime", "clients_count", "enabled_clients", "connected_clients", "status", "alert",
                "bandwidth", "wg_mode", "wg_status", "last_sync"), fieldNames(data));
        assertTrue(data.has("last_sync") && data.path("last_sync").isNull(), data::toString);
    }

    @Test
    void interfacesAnswerTheFieldsOfApiDataWithTheClientCountAndNoPrivateKey() {
        WgKeyPair wg0Keys = Samples.KEYS.newKeyPair();
        WgKeyPair wg1Keys = Samples.KEYS.newKeyPair();
        WgInterface wg0 = Samples.wgInterface(0, wg0Keys);
        wg0.assignIpv6Range(Ipv6Cidr.parse("fd42:42:42::1/64"));
        WgInterface wg1 = Samples.wgInterface(1, wg1Keys);
        given(api.listInterfaces.list()).willReturn(List.of(new InterfaceListing(wg0, 10_000), new InterfaceListing(wg1, 0)));
        given(api.panelOverview.overview()).willReturn(new PanelOverview(Samples.dashboard(), List.of(), List.of(wg0, wg1),
                Map.of()));

        ApiFixture.Reply reply = api.getWithToken("/api/interfaces");
        JsonNode data = reply.assertSuccess("Interfaces retrieved successfully.");

        assertEquals(Set.of("interfaces"), fieldNames(data));
        assertEquals("{\"wg\":0,\"name\":\"wg0\",\"public_key\":\"" + wg0Keys.publicKey().base64() + "\",\"port\":51820,"
                + "\"address_range\":\"10.0.0.1/24\",\"ipv6_address_range\":\"fd42:42:42::1/64\",\"mtu\":1420,\"status\":true,"
                + "\"client_count\":10000}", data.path("interfaces").path(0).toString());
        JsonNode second = data.path("interfaces").path(1);
        assertEquals(Set.of("wg", "name", "public_key", "port", "address_range", "ipv6_address_range", "mtu", "status", "client_count"),
                fieldNames(second));
        assertEquals("wg1", second.path("name").asText());
        assertTrue(second.path("ipv6_address_range").isNull(), "IPv4 only");
        assertFalse(second.path("status").booleanValue());
        assertTrue(second.path("client_count").isIntegralNumber());
        assertEquals(0, second.path("client_count").asLong(), "an interface without clients says 0");
        assertEquals(2, data.path("interfaces").size());

        assertFalse(reply.body().contains("private_key"), reply::body);
        assertFalse(reply.body().contains(wg0Keys.privateKey().base64()), "the server's private key never leaves it");
        assertFalse(reply.body().contains(wg1Keys.privateKey().base64()), "the server's private key never leaves it");

        JsonNode overviewInterfaces = apiData().path("interfaces");
        for (int i = 0; i < 2; i++) {
            ObjectNode withoutCount = data.path("interfaces").path(i).deepCopy();
            withoutCount.remove("client_count");
            assertEquals(overviewInterfaces.path(i), withoutCount, "the same fields and values as /api/data");
        }
    }

    @Test
    void noInterfacesIsAnEmptyList() {
        given(api.listInterfaces.list()).willReturn(List.of());

        JsonNode data = api.getWithToken("/api/interfaces").assertSuccess("Interfaces retrieved successfully.");

        assertEquals("{\"interfaces\":[]}", data.toString());
    }

    @Test
    void settingsAnswerTheSettingsAndTokenNamesOfApiDataWithTheBotTokenMasked() {
        Map<String, String> settings = Map.of("dns", "8.8.8.8", "telegram_bot_token", "****Dsaw", "admin_telegram_id", "0");
        List<String> tokens = List.of("billing", "monitoring");
        given(api.viewSettings.view()).willReturn(new SettingsView(settings, tokens));
        given(api.panelOverview.overview()).willReturn(new PanelOverview(Samples.dashboard(), List.of(), List.of(), settings, tokens));

        JsonNode data = api.getWithToken("/api/settings").assertSuccess("Settings retrieved successfully.");

        assertEquals("{\"settings\":{\"admin_telegram_id\":\"0\",\"dns\":\"8.8.8.8\",\"telegram_bot_token\":\"****Dsaw\"},"
                + "\"api_tokens\":[\"billing\",\"monitoring\"]}", data.toString(), "settings sorted by key, as in /api/data");
        JsonNode overview = apiData();
        assertEquals(overview.path("settings"), data.path("settings"));
        assertEquals(overview.path("api_tokens"), data.path("api_tokens"));
    }

    @Test
    void everyRouteNeedsTheBearer() {
        for (String path : List.of("/api/dashboard", "/api/interfaces", "/api/settings")) {
            api.get(path).assertError(401, "UNAUTHENTICATED");
            api.send(HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer NONE").GET().build())
                    .assertError(401, "UNAUTHENTICATED");
        }
        api.assertNoUseCaseCalled();
    }

    @Test
    void everyRouteIsAGet() {
        for (String path : List.of("/api/dashboard", "/api/interfaces", "/api/settings")) {
            ApiFixture.Reply reply = api.postWith(ApiFixture.TOKEN, path, "{}");
            reply.assertError(405, "METHOD_NOT_ALLOWED");
            assertEquals("GET", reply.header("Allow"));
        }
        api.assertNoUseCaseCalled();
    }
}
