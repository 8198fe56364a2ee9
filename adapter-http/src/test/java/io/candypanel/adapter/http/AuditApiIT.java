package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.times;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.application.port.in.audit.AuditPage;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.in.wginterface.DeletedInterface;
import io.candypanel.application.port.in.wginterface.InterfaceChange;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.domain.audit.AuditEntry;
import io.candypanel.domain.wginterface.InterfaceId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

/** {@code audit/list}, and the audit entries of the interface and sync actions. */
class AuditApiIT {
    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.assertNoServerErrors();
        api.close();
    }

    @Test
    void listReturnsAPageWithTheDefaults() {
        AuditEntry entry = new AuditEntry(Instant.parse("2026-11-26T11:00:00Z"), "admin:admin", "client.create", "alice", "on wg0");
        given(api.auditLog.list(1, 50)).willReturn(new AuditPage(List.of(entry), 1, 50, 1));

        JsonNode data = api.manage("{\"resource\": \"audit\", \"action\": \"list\"}").assertSuccess("Audit log retrieved successfully.");

        assertEquals(1, data.path("page").asInt());
        assertEquals(50, data.path("size").asInt());
        assertEquals(1, data.path("total").asLong());
        JsonNode first = data.path("entries").path(0);
        assertEquals("2026-11-26T11:00:00Z", first.path("at").asText());
        assertEquals("admin:admin", first.path("actor").asText());
        assertEquals("client.create", first.path("action").asText());
        assertEquals("alice", first.path("target").asText());
        assertEquals("on wg0", first.path("detail").asText());
        then(api.auditLog).should().list(1, 50);
        api.assertNothingAudited();
    }

    @Test
    void pageAndSizeArePassedOn() {
        given(api.auditLog.list(3, 20)).willReturn(new AuditPage(List.of(), 3, 20, 41));

        JsonNode data = api.manage("{\"resource\": \"audit\", \"action\": \"list\", \"data\": {\"page\": 3, \"size\": \"20\"}}")
                .assertSuccess("Audit log retrieved successfully.");

        assertEquals(0, data.path("entries").size());
        assertEquals(41, data.path("total").asLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"page\": 0", "\"page\": -1", "\"size\": 0", "\"size\": 501", "\"page\": \"x\"", "\"size\": 1.5",
            "\"page\": 99999999999", "\"page\": 2147483647, \"size\": 500", "\"page\": true", "\"size\": [10]"})
    void badPagingIs400(String fields) {
        api.manage("{\"resource\": \"audit\", \"action\": \"list\", " + fields + "}").assertError(400, "VALIDATION_FAILED");

        api.assertNoUseCaseCalled();
    }

    @Test
    void interfaceChangesAreAudited() {
        InterfaceChange created = new InterfaceChange(Samples.wgInterface(1, Samples.KEYS.newKeyPair()), KernelOutcome.applied("up"));
        given(api.createInterface.create(any())).willReturn(created);
        given(api.updateInterface.update(any())).willReturn(created);
        given(api.deleteInterface.delete(any())).willReturn(new DeletedInterface("wg1", 4, KernelOutcome.applied("down")));

        api.manage("{\"resource\": \"interface\", \"action\": \"create\", \"address_range\": \"10.1.0.1/24\", \"port\": 51821}")
                .assertSuccess("New Interface Created!");
        api.manage("{\"resource\": \"interface\", \"action\": \"update\", \"name\": \"wg1\", \"port\": 51822, \"status\": false}")
                .assertSuccess("Interface wg1 edited successfully.");
        api.manageWith(ApiFixture.API_TOKEN, "{\"resource\": \"interface\", \"action\": \"delete\", \"wg_id\": 1}")
                .assertSuccess("Interface wg1 and all associated clients deleted successfully.");

        List<AuditEntry> entries = recorded(3);
        assertEquals(new AuditEntry(ApiFixture.NOW, "admin:admin", "interface.create", "wg1", "range 10.1.0.1/24, port 51821"), entries.get(0));
        assertEquals(new AuditEntry(ApiFixture.NOW, "admin:admin", "interface.update", "wg1", "changed: port 51822, down"), entries.get(1));
        assertEquals(new AuditEntry(ApiFixture.NOW, "token:ci", "interface.delete", "wg1", "deleted with 4 client(s)"), entries.get(2));
    }

    @Test
    void aFailedInterfaceChangeIsNotAudited() {
        given(api.deleteInterface.delete(any())).willThrow(new InterfaceNotFoundException(new InterfaceId(7)));

        api.manage("{\"resource\": \"interface\", \"action\": \"delete\", \"wg_id\": 7}").assertError(404, "INTERFACE_NOT_FOUND");

        api.assertNothingAudited();
    }

    @Test
    void aSyncTriggerIsAuditedWithWhatItDid() {
        given(api.sync.sync()).willReturn(Samples.syncReport());

        api.manage("{\"resource\": \"sync\", \"action\": \"trigger\"}").assertSuccess("Synchronization process initiated successfully.");

        AuditEntry entry = api.recordedAudit();
        assertEquals("sync.trigger", entry.action());
        assertEquals("", entry.target());
        assertEquals("peers read 17, clients disabled 2, kernel failures 1", entry.detail());
    }

    @Test
    void aBrokenAuditLogNeverFailsAChange() {
        given(api.sync.sync()).willReturn(Samples.syncReport());
        willThrow(new RuntimeException("disk full")).given(api.auditLog).record(any());

        api.manage("{\"resource\": \"sync\", \"action\": \"trigger\"}").assertSuccess("Synchronization process initiated successfully.");
    }

    @Test
    void theRouteTableAuditsExactlyTheStateChangingActions() {
        ManageDispatcher manage = (ManageDispatcher) api.server().router().routes().stream()
                .filter(route -> route.template().equals("/api/manage")).findFirst().orElseThrow().handler();

        assertEquals(Set.of("client.create", "client.update", "client.delete", "client.reset_traffic", "client.share",
                "client.unshare", "interface.create", "interface.update", "interface.delete", "setting.update",
                "api_token.create_or_update", "api_token.delete", "sync.trigger", "backup.create", "backup.restore"),
                manage.auditedActions());
    }

    private List<AuditEntry> recorded(int count) {
        ArgumentCaptor<AuditEntry> entries = ArgumentCaptor.forClass(AuditEntry.class);
        then(api.auditLog).should(times(count)).record(entries.capture());
        return entries.getAllValues();
    }
}
