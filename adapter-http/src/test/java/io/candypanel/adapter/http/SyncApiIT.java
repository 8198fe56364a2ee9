package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.application.port.in.sync.SyncReport;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyncApiIT {
    private static final String TRIGGER = "{\"resource\": \"sync\", \"action\": \"trigger\"}";

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
    void triggerRunsTheSyncAndReturnsItsReport() {
        given(api.sync.sync()).willReturn(Samples.syncReport());

        JsonNode data = api.manage(TRIGGER).assertSuccess("Synchronization process initiated successfully.");

        then(api.sync).should().sync();
        assertEquals(Set.of("started_at", "duration_ms", "peers_read", "clients_updated", "bytes_counted", "disabled", "re_enabled",
                "kernel_actions", "kernel_failures"), fieldNames(data));
        assertEquals("2026-11-26T11:55:00.250Z", data.path("started_at").asText());
        assertTrue(data.path("duration_ms").isIntegralNumber());
        assertEquals(42, data.path("duration_ms").asLong());
        assertEquals(17, data.path("peers_read").asInt());
        assertEquals(5, data.path("clients_updated").asInt());
        assertTrue(data.path("bytes_counted").isIntegralNumber());
        assertEquals(9_876_543_210L, data.path("bytes_counted").asLong());
        assertEquals(1, data.path("re_enabled").asInt());

        JsonNode disabled = data.path("disabled");
        assertEquals(2, disabled.size());
        assertEquals(Set.of("name", "reason"), fieldNames(disabled.path(0)));
        assertEquals("alice", disabled.path(0).path("name").asText());
        assertEquals("quota", disabled.path(0).path("reason").asText(), "reasons use the wire names of disabled_reason");
        assertEquals("bob", disabled.path(1).path("name").asText());
        assertEquals("expired", disabled.path(1).path("reason").asText());

        assertEquals(api.json.createArrayNode().add("wg1: peer re-added (fixed)"), data.path("kernel_actions"));
        assertEquals(api.json.createArrayNode().add("wg2: interface is down but should be up"), data.path("kernel_failures"));
    }

    @Test
    void aQuietTickHasEmptyListsNotMissingOnes() {
        given(api.sync.sync()).willReturn(new SyncReport(Instant.parse("2026-11-26T12:00:00Z"), 0, 0, 0, 0, List.of(), 0,
                List.of(), List.of()));

        JsonNode data = api.manage(TRIGGER).assertSuccess("Synchronization process initiated successfully.");

        assertTrue(data.path("disabled").isArray() && data.path("disabled").isEmpty(), data.toString());
        assertTrue(data.path("kernel_actions").isArray() && data.path("kernel_actions").isEmpty(), data.toString());
        assertTrue(data.path("kernel_failures").isArray() && data.path("kernel_failures").isEmpty(), data.toString());
        assertEquals(0, data.path("bytes_counted").asLong());
        assertEquals("2026-11-26T12:00:00Z", data.path("started_at").asText());
    }

    @Test
    void fieldsBesideTheActionAreIgnored() {
        given(api.sync.sync()).willReturn(Samples.syncReport());

        api.manage("{\"resource\": \"sync\", \"action\": \"trigger\", \"data\": {\"force\": true, \"interval\": -1}}")
                .assertSuccess("Synchronization process initiated successfully.");

        then(api.sync).should().sync();
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "TRIGGER", "", "trigger ", "status"})
    void anUnknownActionIs404(String action) {
        String message = api.manage("{\"resource\": \"sync\", \"action\": \"" + action + "\"}").assertError(404, "UNKNOWN_ACTION");

        assertEquals("Invalid action '" + action + "' for sync resource.", message);
        then(api.sync).shouldHaveNoInteractions();
    }

    @Test
    void needsAToken() {
        api.post("/api/manage", TRIGGER).assertError(401, "UNAUTHENTICATED");

        then(api.sync).shouldHaveNoInteractions();
    }
}
