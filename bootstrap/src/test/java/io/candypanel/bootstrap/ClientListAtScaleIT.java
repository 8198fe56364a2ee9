package io.candypanel.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.bootstrap.config.AppConfig;
import io.candypanel.bootstrap.config.ConfigLoader;
import io.candypanel.bootstrap.sync.SyncScheduler;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientFilter;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.ClientSort;
import io.candypanel.domain.client.ClientSortField;
import io.candypanel.domain.client.ClientStatusFilter;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole panel (real SQLite, real Undertow) with 10,000 clients seeded through the ports: paging,
 * searching, sorting and filtering over {@code GET /api/clients}, and {@code GET /api/summary}, with
 * exact expected results. The expectations come from the seeded list itself, through the domain's
 * reference meaning ({@link ClientFilter#matches}, {@link ClientSort#comparator}), plus a few written
 * out by hand. No timing is asserted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientListAtScaleIT {
    private static final int CLIENTS = 10_000;
    private static final String PASSWORD = "scale-password";
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private CandyPanelApp app;
    private ApiClient api;
    private final List<Client> seeded = new ArrayList<>();

    @BeforeAll
    void startAndSeed(@TempDir Path work) throws Exception {
        AppConfig config = new ConfigLoader(Map.of()).load(List.of("--data-dir", work.resolve("data").toString(),
                "--wg-dir", work.resolve("wg").toString(), "--wg-mode", "config-only", "--bind", "127.0.0.1", "--port", "0"));
        app = CandyPanelApp.start(config, clock);
        // No background sync: in config-only mode a tick would mark the seeded "connected" clients gone
        // and disable the expired ones, and the expectations are exact.
        app.component(SyncScheduler.class).stop();
        api = new ApiClient(app.httpPort());
        assertEquals(200, api.post("/api/auth", """
                {"action":"install","server_ip":"203.0.113.10","wg_port":51820,"wg_address_range":"10.8.0.1/16",
                 "wg_dns":"1.1.1.1","admin_user":"admin","admin_password":"%s"}""".formatted(PASSWORD)).status());
        api.login(PASSWORD);
        seed();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    /**
     * Client i: created i seconds after a base; every 10th expired a day ago, the others expire i % 97
     * days ahead (many ties); every 5th disabled; i % 50 == 1 connected; every 3rd has a 10 kB quota;
     * usage (i % 13) kB, so some of those are over it; client 4242 has a note.
     */
    private void seed() {
        UnitOfWorkPort unitOfWork = app.component(UnitOfWorkPort.class);
        ClientRepositoryPort clients = app.component(ClientRepositoryPort.class);
        WgKeyGenerator keys = new WgKeyGenerator(new SecureRandom());
        Instant base = NOW.minus(Duration.ofDays(400));
        int firstAddress = Ipv4Address.parse("10.8.0.2").value();
        for (int i = 0; i < CLIENTS; i++) {
            boolean enabled = i % 5 != 0;
            boolean connected = i % 50 == 1;
            Instant expires = i % 10 == 0 ? NOW.minus(Duration.ofDays(1)) : NOW.plus(Duration.ofDays(1 + i % 97));
            seeded.add(Client.restore(new ClientName(name(i)), InterfaceId.FIRST, keys.newKeyPair(), keys.newPresharedKey(),
                    new Ipv4Address(firstAddress + i), base.plusSeconds(i), expires, new Quota(i % 3 == 0 ? 10_000 : 0),
                    new Usage((i % 13) * 600L, (i % 13) * 400L), KernelCounters.ZERO, i == 4242 ? "The Special one" : "",
                    enabled, enabled ? null : DisabledReason.BANNED, connected ? NOW.minusSeconds(30) : null, null, connected,
                    null));
        }
        for (int from = 0; from < CLIENTS; from += 500) {
            List<Client> batch = seeded.subList(from, Math.min(CLIENTS, from + 500));
            unitOfWork.run(() -> batch.forEach(clients::insert));
        }
    }

    private static String name(int i) {
        return "client-%05d".formatted(i);
    }

    private JsonNode page(String query) {
        ApiClient.Reply reply = api.get("/api/clients" + query);
        assertEquals(200, reply.status(), () -> query + ": " + reply.body());
        return reply.data();
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("clients").forEach(client -> names.add(client.path("name").asText()));
        return names;
    }

    /** The names the seeded list gives for a filter, a sort and a page, by the domain's reference meaning. */
    private List<String> expected(ClientStatusFilter status, String search, ClientSort sort, int page, int size) {
        ClientFilter filter = new ClientFilter(status, Optional.ofNullable(search), NOW);
        return seeded.stream().filter(filter::matches).sorted(sort.comparator()).skip((long) (page - 1) * size).limit(size)
                .map(client -> client.name().value()).toList();
    }

    private long expectedTotal(ClientStatusFilter status, String search) {
        ClientFilter filter = new ClientFilter(status, Optional.ofNullable(search), NOW);
        return seeded.stream().filter(filter::matches).count();
    }

    @Test
    void theFirstPageHoldsFiftyClientsByNameAndTheTotal() {
        JsonNode first = page("");

        assertEquals(CLIENTS, first.path("total").asLong());
        assertEquals(1, first.path("page").asInt());
        assertEquals(50, first.path("size").asInt());
        List<String> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(name(i));
        }
        assertEquals(fifty, names(first));
        JsonNode alice = first.path("clients").path(1);
        assertEquals("10.8.0.3", alice.path("address").asText());
        assertTrue(alice.path("connected_now").asBoolean(), alice::toString);
    }

    @Test
    void pagesWalkTheWholeListToAnEmptyPagePastTheEnd() {
        assertEquals(List.of(name(9_998), name(9_999)), names(page("?page=5000&size=2")));
        JsonNode last = page("?page=50&size=200");
        assertEquals(200, names(last).size());
        assertEquals(name(9_800), names(last).get(0));
        JsonNode past = page("?page=51&size=200");
        assertEquals(List.of(), names(past));
        assertEquals(CLIENTS, past.path("total").asLong());
    }

    @Test
    void aSearchFindsOneClientByNameOrNote() {
        JsonNode byName = page("?q=client-04242");
        assertEquals(List.of(name(4_242)), names(byName));
        assertEquals(1, byName.path("total").asLong());
        assertEquals(List.of(name(4_242)), names(page("?q=%20SPECIAL%20")), "note, any ASCII case, trimmed");
        assertEquals(List.of(name(4_242)), names(page("?q=10.8.16.148")), "IPv4 address: 10.8.0.2 + 4242");
        JsonNode prefix = page("?q=client-0424&size=200");
        assertEquals(10, prefix.path("total").asLong());
        assertEquals(expected(ClientStatusFilter.ALL, "client-0424", ClientSort.BY_NAME, 1, 200), names(prefix));
        assertEquals(0, page("?q=client_04242").path("total").asLong(), "'_' is literal");
    }

    @Test
    void eachSortOrdersTheWholeListBothWaysWithTiesByName() {
        for (ClientSortField field : ClientSortField.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                String wire = (descending ? "-" : "") + field.name().toLowerCase(java.util.Locale.ROOT);
                ClientSort sort = new ClientSort(field, descending);
                assertEquals(expected(ClientStatusFilter.ALL, null, sort, 1, 100), names(page("?size=100&sort=" + wire)), wire);
                assertEquals(expected(ClientStatusFilter.ALL, null, sort, 37, 100),
                        names(page("?page=37&size=100&sort=" + wire)), wire);
            }
        }
        assertEquals(List.of(name(9_999), name(9_998), name(9_997)), names(page("?size=3&sort=-created_at")));
    }

    @Test
    void eachStatusFilterCountsAndPagesItsClients() {
        Map<ClientStatusFilter, Long> totals = Map.of(ClientStatusFilter.ALL, 10_000L, ClientStatusFilter.ENABLED, 8_000L,
                ClientStatusFilter.DISABLED, 2_000L, ClientStatusFilter.CONNECTED, 200L, ClientStatusFilter.EXPIRED, 1_000L);
        for (ClientStatusFilter status : ClientStatusFilter.values()) {
            String wire = status.name().toLowerCase(java.util.Locale.ROOT);
            JsonNode page = page("?page=2&size=20&sort=-expires&status=" + wire);
            assertEquals(expectedTotal(status, null), page.path("total").asLong(), wire);
            if (totals.containsKey(status)) {
                assertEquals(totals.get(status), page.path("total").asLong(), wire);
            }
            assertEquals(expected(status, null, new ClientSort(ClientSortField.EXPIRES, true), 2, 20), names(page), wire);
        }
        JsonNode overQuota = page("?status=over_quota&q=client-00&size=200&sort=usage");
        assertEquals(expected(ClientStatusFilter.OVER_QUOTA, "client-00", new ClientSort(ClientSortField.USAGE, false), 1, 200),
                names(overQuota));
        assertTrue(overQuota.path("total").asLong() > 0);
    }

    /**
     * Last: a change through the API applies the kernel, which in config-only mode books every peer as
     * gone (not connected), so the seeded state holds only until here.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void theSummaryCountsAndItsRevisionMovesOnlyWithAChange() {
        JsonNode first = api.get("/api/summary").data();
        assertEquals(CLIENTS, first.path("clients").path("total").asLong());
        assertEquals(8_000, first.path("clients").path("enabled").asLong());
        assertEquals(200, first.path("clients").path("connected").asLong());
        assertEquals(first.path("revision"), api.get("/api/summary").data().path("revision"), "nothing changed");
        page("?q=client-04242");
        assertEquals(first.path("revision"), api.get("/api/summary").data().path("revision"), "reading changes nothing");

        assertEquals(200, api.manage("client", "create",
                "{\"name\":\"zz-new\",\"expires\":\"2027-06-01\",\"traffic\":0}").status());
        JsonNode after = api.get("/api/summary").data();
        assertNotEquals(first.path("revision"), after.path("revision"));
        assertEquals(CLIENTS + 1, after.path("clients").path("total").asLong());
        assertEquals(200, api.manage("client", "delete", "{\"name\":\"zz-new\"}").status());
        assertNotEquals(after.path("revision"), api.get("/api/summary").data().path("revision"));
    }
}
