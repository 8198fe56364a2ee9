package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.adapter.http.ApiFixture.BinaryReply;
import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.in.client.CreatedClient;
import io.candypanel.application.port.in.client.GetClientConfigQuery;
import io.candypanel.application.port.in.client.ResetClientUsageCommand;
import io.candypanel.application.port.in.client.UpdatedClient;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.domain.audit.AuditEntry;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

/** The client actions added to the original's set, and the audit trail of all client changes. */
class ClientUsageAndShareApiIT {
    private static final String SHARE_TOKEN = "Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eDEyMzQ";

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.assertNoServerErrors();
        api.close();
    }

    private static String manage(String action, String fields) {
        return "{\"resource\": \"client\", \"action\": \"" + action + "\"" + (fields.isEmpty() ? "" : ", " + fields) + "}";
    }

    @Nested
    class ResetTraffic {
        @Test
        void resetsTheUsageOfTheNamedClient() {
            Client alice = Samples.client("alice");
            given(api.resetClientUsage.reset(any())).willReturn(new UpdatedClient(alice, KernelOutcome.applied("peer re-added")));

            JsonNode data = api.manage(manage("reset_traffic", "\"name\": \"alice\"")).assertSuccess("Traffic of client 'alice' reset successfully.");

            assertEquals(null, data);
            ArgumentCaptor<ResetClientUsageCommand> command = ArgumentCaptor.forClass(ResetClientUsageCommand.class);
            then(api.resetClientUsage).should().reset(command.capture());
            assertEquals(new ClientName("alice"), command.getValue().name());
            AuditEntry entry = api.recordedAudit();
            assertEquals("client.reset_traffic", entry.action());
            assertEquals("alice", entry.target());
            assertEquals("admin:admin", entry.actor());
        }

        @Test
        void aKernelFailureIsReportedAsAWarning() {
            given(api.resetClientUsage.reset(any())).willReturn(new UpdatedClient(Samples.client("alice"), KernelOutcome.failed("wg down")));

            JsonNode data = api.manage(manage("reset_traffic", "\"name\": \"alice\""))
                    .assertSuccess("Traffic of client 'alice' reset successfully. WireGuard was not updated: wg down; it will be retried.");

            assertFalse(data.path("kernel").path("applied").booleanValue());
        }

        @Test
        void anUnknownClientIs404AndNotAudited() {
            given(api.resetClientUsage.reset(any())).willThrow(new ClientNotFoundException(new ClientName("ghost")));

            api.manage(manage("reset_traffic", "\"name\": \"ghost\"")).assertError(404, "CLIENT_NOT_FOUND");

            api.assertNothingAudited();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "\"name\": null", "\"name\": 1", "\"name\": \"../x\"", "\"name\": \"a\\nb\"", "\"name\": [\"alice\"]"})
        void aMissingOrBadNameIs400(String fields) {
            String code = api.manage(manage("reset_traffic", fields)).json().path("code").asText();

            assertTrue(code.equals("VALIDATION_FAILED") || code.equals("INVALID_CLIENT_NAME"), code);
            api.assertNoUseCaseCalled();
        }
    }

    @Nested
    class Share {
        @Test
        void returnsTheTokenAndThePathOfThePage() {
            given(api.shareClient.share(new ClientName("alice"))).willReturn(SHARE_TOKEN);

            JsonNode data = api.manage(manage("share", "\"name\": \"alice\"")).assertSuccess("Share link for client 'alice' created.");

            assertEquals(SHARE_TOKEN, data.path("share_token").asText());
            assertEquals("/s/" + SHARE_TOKEN, data.path("share_url").asText());
        }

        @Test
        void theAuditEntryNeverContainsTheToken() {
            given(api.shareClient.share(any())).willReturn(SHARE_TOKEN);

            api.manage(manage("share", "\"name\": \"alice\"")).assertSuccess("Share link for client 'alice' created.");

            AuditEntry entry = api.recordedAudit();
            assertEquals("client.share", entry.action());
            assertEquals("alice", entry.target());
            assertFalse(entry.toString().contains(SHARE_TOKEN), entry::toString);
        }

        @Test
        void unshareRevokesTheLink() {
            api.manage(manage("unshare", "\"name\": \"alice\"")).assertSuccess("Share link for client 'alice' revoked.");

            then(api.shareClient).should().revoke(new ClientName("alice"));
            assertEquals("client.unshare", api.recordedAudit().action());
        }

        @Test
        void anUnknownClientIs404AndNotAudited() {
            given(api.shareClient.share(any())).willThrow(new ClientNotFoundException(new ClientName("ghost")));
            willThrow(new ClientNotFoundException(new ClientName("ghost"))).given(api.shareClient).revoke(any());

            api.manage(manage("share", "\"name\": \"ghost\"")).assertError(404, "CLIENT_NOT_FOUND");
            api.manage(manage("unshare", "\"name\": \"ghost\"")).assertError(404, "CLIENT_NOT_FOUND");

            api.assertNothingAudited();
        }

        @Test
        void aBadNameNeverReachesTheUseCase() {
            api.manage(manage("share", "\"name\": \"../../etc\"")).assertError(400, "INVALID_CLIENT_NAME");
            api.manage(manage("unshare", "\"name\": 7")).assertError(400, "VALIDATION_FAILED");
            api.assertNoUseCaseCalled();
        }
    }

    @Nested
    class AdminQrCode {
        @Test
        void isAPngOfTheClientsConfig() {
            given(api.getClientConfig.config(new GetClientConfigQuery(new ClientName("alice")))).willReturn(QrImages.sampleConfig());

            BinaryReply reply = api.getBytes("/api/clients/alice/qr.png", true);

            assertEquals(200, reply.status());
            assertEquals("image/png", reply.header("Content-Type"));
            assertEquals("no-store", reply.header("Cache-Control"));
            assertEquals(QrImages.sampleConfig(), QrImages.decode(reply.body(), QrImages.sampleConfig()));
        }

        @Test
        void needsAToken() {
            api.getBytes("/api/clients/alice/qr.png", false).asText().assertError(401, "UNAUTHENTICATED");
            api.assertNoUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"..", ".hidden", "-rf", "a%0Ab", "a%20b", "%E2%80%AE", "..%2F..%2Fetc%2Fpasswd", "%00"})
        void anInvalidNameIs400(String name) {
            api.getBytes("/api/clients/" + name + "/qr.png", true).asText().assertError(400, "INVALID_CLIENT_NAME");
            api.assertNoUseCaseCalled();
        }

        @Test
        void anUnknownClientIs404() {
            given(api.getClientConfig.config(any())).willThrow(new ClientNotFoundException(new ClientName("ghost")));

            api.getBytes("/api/clients/ghost/qr.png", true).asText().assertError(404, "CLIENT_NOT_FOUND");
        }

        @Test
        void aWrongMethodIs405() {
            api.post("/api/clients/alice/qr.png", "{}").assertError(405, "METHOD_NOT_ALLOWED");
        }
    }

    @Nested
    class AuditOfTheOriginalActions {
        @Test
        void createIsAuditedWithoutTheConfig() {
            Client alice = Samples.client("alice");
            given(api.createClient.create(any())).willReturn(new CreatedClient(alice, QrImages.sampleConfig(), KernelOutcome.applied("ok")));

            api.manage(manage("create", "\"name\": \"alice\", \"expires\": \"2026-12-01T00:00:00Z\", \"traffic\": 1073741824"))
                    .assertSuccess("Client created successfully!");

            AuditEntry entry = api.recordedAudit();
            assertEquals("client.create", entry.action());
            assertEquals("alice", entry.target());
            assertEquals("on wg0, quota 1.00 GiB, expires 2026-12-01T00:00:00Z", entry.detail());
            assertFalse(entry.detail().contains("PrivateKey"), entry.detail());
        }

        @Test
        void updateIsAuditedWithWhatChanged() {
            given(api.updateClient.update(any())).willReturn(new UpdatedClient(Samples.client("alice"), KernelOutcome.applied("ok")));

            api.manage(manage("update", "\"name\": \"alice\", \"status\": false, \"traffic\": 0")).assertSuccess("Client 'alice' edited successfully.");

            AuditEntry entry = api.recordedAudit();
            assertEquals("client.update", entry.action());
            assertEquals("changed: quota unlimited, disabled", entry.detail());
        }

        @Test
        void deleteIsAudited() {
            given(api.deleteClient.delete(any())).willReturn(KernelOutcome.applied("ok"));

            api.manage(manage("delete", "\"name\": \"alice\"")).assertSuccess("Client 'alice' deleted successfully.");

            assertEquals(List.of("client.delete", "alice"), List.of(api.recordedAudit().action(), api.recordedAudit().target()));
        }

        @Test
        void readingAConfigIsNotAChangeAndNotAudited() {
            given(api.getClientConfig.config(any())).willReturn("cfg");

            api.manage(manage("get_config", "\"name\": \"alice\"")).assertSuccess("Client config retrieved successfully.");

            api.assertNothingAudited();
        }
    }
}
