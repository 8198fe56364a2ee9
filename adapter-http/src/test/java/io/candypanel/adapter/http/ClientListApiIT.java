package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.application.port.in.client.ClientPage;
import io.candypanel.application.port.in.client.ListClientsQuery;
import io.candypanel.application.port.in.overview.PanelOverview;
import io.candypanel.application.port.in.overview.PanelSummary;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientSort;
import io.candypanel.domain.client.ClientSortField;
import io.candypanel.domain.client.ClientStatusFilter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** {@code GET /api/clients} and {@code GET /api/summary} against a real Undertow with mocked use cases. */
class ClientListApiIT {
    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.assertNoServerErrors();
        api.close();
    }

    private ListClientsQuery listed(String path) {
        given(api.listClients.list(any())).willReturn(new ClientPage(List.of(), 0));
        api.getWithToken(path).assertSuccess("Clients retrieved successfully.");
        ArgumentCaptor<ListClientsQuery> query = ArgumentCaptor.forClass(ListClientsQuery.class);
        verify(api.listClients).list(query.capture());
        return query.getValue();
    }

    @Test
    void withoutParametersListsTheFirstFiftyByName() {
        assertEquals(ListClientsQuery.firstPage(), listed("/api/clients"));
    }

    @Test
    void passesEveryParameterToTheUseCase() {
        ListClientsQuery query = listed("/api/clients?page=3&size=200&q=%20al%25i_ce%20&sort=-expires&status=over_quota");

        assertEquals(new ListClientsQuery(3, 200, Optional.of("al%i_ce"), new ClientSort(ClientSortField.EXPIRES, true),
                ClientStatusFilter.OVER_QUOTA), query);
    }

    @Test
    void everySortFieldAndStatusHasItsWireName() {
        Map<String, ClientSortField> fields = Map.of("name", ClientSortField.NAME, "created_at", ClientSortField.CREATED_AT,
                "expires", ClientSortField.EXPIRES, "usage", ClientSortField.USAGE, "status", ClientSortField.STATUS);
        fields.forEach((wire, field) -> {
            try (ApiFixture each = new ApiFixture()) {
                given(each.listClients.list(any())).willReturn(new ClientPage(List.of(), 0));
                each.getWithToken("/api/clients?sort=" + wire).assertSuccess("Clients retrieved successfully.");
                each.getWithToken("/api/clients?sort=-" + wire).assertSuccess("Clients retrieved successfully.");
                ArgumentCaptor<ListClientsQuery> query = ArgumentCaptor.forClass(ListClientsQuery.class);
                org.mockito.Mockito.verify(each.listClients, org.mockito.Mockito.times(2)).list(query.capture());
                assertEquals(List.of(new ClientSort(field, false), new ClientSort(field, true)),
                        query.getAllValues().stream().map(ListClientsQuery::sort).toList());
            }
        });
        for (ClientStatusFilter status : ClientStatusFilter.values()) {
            try (ApiFixture each = new ApiFixture()) {
                given(each.listClients.list(any())).willReturn(new ClientPage(List.of(), 0));
                each.getWithToken("/api/clients?status=" + status.name().toLowerCase(java.util.Locale.ROOT))
                        .assertSuccess("Clients retrieved successfully.");
                ArgumentCaptor<ListClientsQuery> query = ArgumentCaptor.forClass(ListClientsQuery.class);
                verify(each.listClients).list(query.capture());
                assertEquals(status, query.getValue().status());
            }
        }
    }

    @Test
    void answersThePageInTheEnvelopeWithTheClientsAsInApiData() {
        Client alice = Samples.client("alice");
        Client bob = Samples.client("bob");
        given(api.listClients.list(any())).willReturn(new ClientPage(List.of(alice, bob), 1234));
        given(api.panelOverview.overview()).willReturn(new PanelOverview(Samples.dashboard(), List.of(alice, bob), List.of(), Map.of()));

        JsonNode data = api.getWithToken("/api/clients?page=2&size=2").assertSuccess("Clients retrieved successfully.");

        assertEquals(1234, data.path("total").asLong());
        assertEquals(2, data.path("page").asInt());
        assertEquals(2, data.path("size").asInt());
        assertEquals(4, data.size(), data::toString);
        JsonNode overviewClients = api.getWithToken("/api/data").assertSuccess("All data retrieved successfully.").path("clients");
        assertEquals(overviewClients, data.path("clients"), "the same client objects as /api/data");
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        Map<String, String> bad = Map.ofEntries(
                Map.entry("page=0", "'page'"), Map.entry("page=-1", "'page'"), Map.entry("page=x", "'page'"),
                Map.entry("page=99999999999", "'page'"), Map.entry("page=1.5", "'page'"),
                Map.entry("size=0", "'size'"), Map.entry("size=201", "'size'"), Map.entry("size=", "'size'"),
                Map.entry("q=" + "a".repeat(65), "'q'"),
                Map.entry("sort=color", "'sort'"), Map.entry("sort=--name", "'sort'"), Map.entry("sort=NAME", "'sort'"),
                Map.entry("status=gone", "'status'"), Map.entry("status=", "'status'"),
                Map.entry("page=1&page=2", "'page'"));
        bad.forEach((query, name) -> {
            String message = api.getWithToken("/api/clients?" + query).assertError(400, "VALIDATION_FAILED");
            assertTrue(message.contains(name), () -> query + ": " + message);
        });
        api.assertNoUseCaseCalled();
    }

    @Test
    void aSearchOfSixtyFourCharactersAndBlankParametersAreFine() {
        ListClientsQuery query = listed("/api/clients?q=" + "a".repeat(64) + "&unknown=1&_=123");

        assertEquals(Optional.of("a".repeat(64)), query.search());
    }

    @Test
    void bothRoutesNeedTheBearer() {
        api.get("/api/clients").assertError(401, "UNAUTHENTICATED");
        api.get("/api/summary").assertError(401, "UNAUTHENTICATED");
        api.assertNoUseCaseCalled();
    }

    @Test
    void summaryAnswersCountsLastSyncAndRevision() {
        given(api.panelSummary.summary()).willReturn(new PanelSummary(10_000, 9_000, 1_234,
                Optional.of(Instant.parse("2026-01-01T00:00:05Z")), "1a2b3c-42"));

        JsonNode data = api.getWithToken("/api/summary").assertSuccess("Summary retrieved successfully.");

        assertEquals("{\"clients\":{\"total\":10000,\"enabled\":9000,\"connected\":1234},"
                + "\"last_sync_at\":\"2026-01-01T00:00:05Z\",\"revision\":\"1a2b3c-42\"}", data.toString());
    }

    @Test
    void summaryBeforeTheFirstSyncHasANullSyncTime() {
        given(api.panelSummary.summary()).willReturn(new PanelSummary(0, 0, 0, Optional.empty(), "1a2b3c-0"));

        JsonNode data = api.getWithToken("/api/summary").assertSuccess("Summary retrieved successfully.");

        assertTrue(data.has("last_sync_at") && data.path("last_sync_at").isNull(), data::toString);
    }
}
