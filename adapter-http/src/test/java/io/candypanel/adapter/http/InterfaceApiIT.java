package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.adapter.http.ApiFixture.Reply;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.in.wginterface.ClientsOutsideRangeException;
import io.candypanel.application.port.in.wginterface.CreateInterfaceCommand;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceCommand;
import io.candypanel.application.port.in.wginterface.DeletedInterface;
import io.candypanel.application.port.in.wginterface.InterfaceChange;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.application.port.in.wginterface.InterfacePortTakenException;
import io.candypanel.application.port.in.wginterface.InterfaceRangeOverlapsException;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceCommand;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

class InterfaceApiIT {
    private static final Set<String> INTERFACE_FIELDS = Set.of("wg", "name", "address_range", "port", "public_key");

    private final ApiFixture api = new ApiFixture();
    private final WgKeyPair keys = Samples.KEYS.newKeyPair();

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

    private void noInterfaceUseCaseCalled() {
        then(api.createInterface).shouldHaveNoInteractions();
        then(api.updateInterface).shouldHaveNoInteractions();
        then(api.deleteInterface).shouldHaveNoInteractions();
    }

    private CreateInterfaceCommand capturedCreate() {
        ArgumentCaptor<CreateInterfaceCommand> command = ArgumentCaptor.forClass(CreateInterfaceCommand.class);
        then(api.createInterface).should().create(command.capture());
        return command.getValue();
    }

    private UpdateInterfaceCommand capturedUpdate() {
        ArgumentCaptor<UpdateInterfaceCommand> command = ArgumentCaptor.forClass(UpdateInterfaceCommand.class);
        then(api.updateInterface).should().update(command.capture());
        return command.getValue();
    }

    private DeleteInterfaceCommand capturedDelete() {
        ArgumentCaptor<DeleteInterfaceCommand> command = ArgumentCaptor.forClass(DeleteInterfaceCommand.class);
        then(api.deleteInterface).should().delete(command.capture());
        return command.getValue();
    }

    /** The use case answers with interface wg3 built from the command. */
    private void givenCreateSucceeds(KernelOutcome kernel) {
        given(api.createInterface.create(any())).willAnswer(call -> {
            CreateInterfaceCommand command = call.getArgument(0);
            return new InterfaceChange(WgInterface.create(new InterfaceId(3), keys, command.listenPort(), command.addressRange(),
                    Mtu.DEFAULT), kernel);
        });
    }

    /** The use case answers with the interface after applying the command to wgN on 10.N.0.1/24, port 51820+N. */
    private void givenUpdateSucceeds(KernelOutcome kernel) {
        given(api.updateInterface.update(any())).willAnswer(call -> {
            UpdateInterfaceCommand command = call.getArgument(0);
            WgInterface wgInterface = Samples.wgInterface(command.id().value(), keys);
            command.addressRange().ifPresent(wgInterface::changeAddressRange);
            command.listenPort().ifPresent(wgInterface::changeListenPort);
            command.up().ifPresent(up -> {
                if (up) {
                    wgInterface.bringUp();
                } else {
                    wgInterface.bringDown();
                }
            });
            return new InterfaceChange(wgInterface, kernel);
        });
    }

    private void assertNoPrivateKey(Reply reply) {
        assertFalse(reply.body().contains(keys.privateKey().base64()), "the server's private key never leaves it");
        assertFalse(reply.body().contains("private"), reply.body());
    }

    @Nested
    class Create {
        @Test
        void createsFromNestedDataAndReturnsTheNewInterface() {
            givenCreateSucceeds(KernelOutcome.applied("wg3 is up"));

            Reply reply = api.manage("{\"resource\": \"interface\", \"action\": \"create\", \"data\": "
                    + "{\"address_range\": \"10.3.0.1/24\", \"port\": 51823}}");
            JsonNode data = reply.assertSuccess("New Interface Created!");

            assertEquals(new CreateInterfaceCommand(Ipv4Cidr.parse("10.3.0.1/24"), new ListenPort(51823)), capturedCreate());
            assertEquals(INTERFACE_FIELDS, fieldNames(data));
            assertTrue(data.path("wg").isIntegralNumber());
            assertEquals(3, data.path("wg").asInt());
            assertEquals("wg3", data.path("name").asText());
            assertEquals("10.3.0.1/24", data.path("address_range").asText());
            assertTrue(data.path("port").isIntegralNumber());
            assertEquals(51823, data.path("port").asInt());
            assertEquals(keys.publicKey().base64(), data.path("public_key").asText());
            assertNoPrivateKey(reply);
        }

        @Test
        void createsFromFlatFieldsWithThePortAsADigitString() {
            givenCreateSucceeds(KernelOutcome.applied("wg3 is up"));

            api.manage("{\"resource\": \"interface\", \"action\": \"create\", \"address_range\": \"172.16.5.254/22\", \"port\": \"443\"}")
                    .assertSuccess("New Interface Created!");

            assertEquals(new CreateInterfaceCommand(Ipv4Cidr.parse("172.16.5.254/22"), new ListenPort(443)), capturedCreate());
        }

        @Test
        void aDualStackInterfaceCarriesItsIpv6Range() {
            givenCreateSucceeds(KernelOutcome.applied("wg3 is up"));

            api.manage("{\"resource\": \"interface\", \"action\": \"create\", \"address_range\": \"10.3.0.1/24\", \"port\": 51823, "
                    + "\"ipv6_address_range\": \"FD00:0:0::1/64\"}").assertSuccess("New Interface Created!");

            assertEquals(new CreateInterfaceCommand(Ipv4Cidr.parse("10.3.0.1/24"), new ListenPort(51823),
                    Optional.of(Ipv6Cidr.parse("fd00::1/64"))), capturedCreate());
        }

        @Test
        void anEmptyIpv6RangeAsTheOriginalsFormSendsItMeansIpv4Only() {
            givenCreateSucceeds(KernelOutcome.applied("wg3 is up"));

            api.manage("{\"resource\": \"interface\", \"action\": \"create\", \"address_range\": \"10.3.0.1/24\", \"port\": 51823, "
                    + "\"ipv6_address_range\": \"\"}").assertSuccess("New Interface Created!");

            assertEquals(new CreateInterfaceCommand(Ipv4Cidr.parse("10.3.0.1/24"), new ListenPort(51823)), capturedCreate());
        }

        @ParameterizedTest
        @ValueSource(strings = {"fd00::/64", "fe80::1/64", "fd00::1/48", "fd00::1/121", "10.3.0.1/24", "fd00::1"})
        void aBadIpv6RangeIsA400NamingTheField(String range) {
            String message = api.manage("{\"resource\": \"interface\", \"action\": \"create\", \"address_range\": \"10.3.0.1/24\", "
                    + "\"port\": 51823, \"ipv6_address_range\": \"" + range + "\"}").assertError(400, "INVALID_IPV6_RANGE");

            assertTrue(message.contains("ipv6_address_range"), message);
            noInterfaceUseCaseCalled();
        }

        @Test
        void aKernelFailureIsA200ThatSaysTheChangeWillBeRetried() {
            givenCreateSucceeds(KernelOutcome.failed("wg-quick up wg3 failed: RTNETLINK answers: Operation not permitted."));

            Reply reply = api.manage("{\"resource\": \"interface\", \"action\": \"create\", \"address_range\": \"10.3.0.1/24\", \"port\": 51823}");
            JsonNode data = reply.assertSuccess("New Interface Created! WireGuard was not updated: "
                    + "wg-quick up wg3 failed: RTNETLINK answers: Operation not permitted; it will be retried.");

            assertEquals(Set.of("wg", "name", "address_range", "port", "public_key", "kernel"), fieldNames(data));
            assertFalse(data.path("kernel").path("applied").booleanValue());
            assertEquals("wg-quick up wg3 failed: RTNETLINK answers: Operation not permitted.", data.path("kernel").path("message").asText());
            assertEquals("wg3", data.path("name").asText());
            assertNoPrivateKey(reply);
        }

        @Test
        void aTakenPortIsAConflict() {
            given(api.createInterface.create(any())).willThrow(new InterfacePortTakenException("An interface with port 51820 already exists (wg0)."));

            String message = api.manage("{\"resource\": \"interface\", \"action\": \"create\", \"address_range\": \"10.3.0.1/24\", \"port\": 51820}")
                    .assertError(409, "INTERFACE_PORT_TAKEN");

            assertEquals("An interface with port 51820 already exists (wg0).", message);
        }

        @Test
        void anOverlappingRangeIsAConflict() {
            given(api.createInterface.create(any())).willThrow(
                    new InterfaceRangeOverlapsException("The range 10.0.0.5/16 overlaps wg0's range 10.0.0.1/24."));

            String message = api.manage("{\"resource\": \"interface\", \"action\": \"create\", \"address_range\": \"10.0.0.5/16\", \"port\": 51823}")
                    .assertError(409, "INTERFACE_RANGE_OVERLAPS");

            assertEquals("The range 10.0.0.5/16 overlaps wg0's range 10.0.0.1/24.", message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"10.0.0.0/24", "10.0.0.255/24", "10.0.0.1/33", "10.0.0.1/31", "10.0.0.1/7", "abc", "10.0.0.1",
                "10.0.0.1/", "/24", "10.0.0/24", "256.0.0.1/24", "10.0.0.1/24/24", " 10.0.0.1/24", "10.0.0.1/24 ", "10.0.0.01/24", ""})
        void aRangeThatIsNotTheServersAddressInCidrFormIs400(String range) {
            String message = api.manage("{\"resource\": \"interface\", \"action\": \"create\", \"address_range\": \"" + range
                    + "\", \"port\": 51823}").assertError(400, "VALIDATION_FAILED");

            assertTrue(message.contains("'address_range'"), message);
            noInterfaceUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"70000", "65536", "0", "-1", "\"-1\"", "\"x\"", "\"51820x\"", "1.5", "true", "\"\"", "[51820]",
                "99999999999999999999"})
        void aPortOutsideOneTo65535OrOfTheWrongTypeIs400(String port) {
            String message = api.manage("{\"resource\": \"interface\", \"action\": \"create\", \"address_range\": \"10.3.0.1/24\", "
                    + "\"port\": " + port + "}").assertError(400, "VALIDATION_FAILED");

            assertTrue(message.contains("'port'"), message);
            noInterfaceUseCaseCalled();
        }

        @Test
        void port70000IsRefusedByTheRangeRule() {
            String message = api.manage("{\"resource\": \"interface\", \"action\": \"create\", \"address_range\": \"10.3.0.1/24\", "
                    + "\"port\": 70000}").assertError(400, "VALIDATION_FAILED");

            assertEquals("Invalid field 'port': The port must be between 1 and 65535, got 70000.", message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"address_range", "port"})
        void eachRequiredFieldIsNamedWhenMissingOrNull(String field) {
            String complete = "{\"resource\": \"interface\", \"action\": \"create\", \"data\": "
                    + "{\"address_range\": \"10.3.0.1/24\", \"port\": 51823}}";

            String missing = api.manage(complete.replace("\"" + field + "\"", "\"other\"")).assertError(400, "VALIDATION_FAILED");
            String nulled = api.manage(complete.replaceAll("(\"" + field + "\": )(\"[^\"]*\"|[0-9]+)", "$1null"))
                    .assertError(400, "VALIDATION_FAILED");

            assertEquals("Missing required field '" + field + "'.", missing);
            assertEquals("Missing required field '" + field + "'.", nulled);
            noInterfaceUseCaseCalled();
        }

        @Test
        void aRangeThatIsNotAStringIs400() {
            String message = api.manage("{\"resource\": \"interface\", \"action\": \"create\", \"address_range\": 167772161, \"port\": 1}")
                    .assertError(400, "VALIDATION_FAILED");

            assertEquals("Field 'address_range' must be a string.", message);
            noInterfaceUseCaseCalled();
        }
    }

    @Nested
    class Update {
        @Test
        void changesEveryGivenField() {
            givenUpdateSucceeds(KernelOutcome.applied("wg1 reloaded"));

            Reply reply = api.manage("{\"resource\": \"interface\", \"action\": \"update\", \"data\": {\"name\": \"wg1\", "
                    + "\"address\": \"10.9.0.1/16\", \"port\": \"51999\", \"status\": false}}");
            JsonNode data = reply.assertSuccess("Interface wg1 edited successfully.");

            assertEquals(new UpdateInterfaceCommand(new InterfaceId(1), Optional.of(Ipv4Cidr.parse("10.9.0.1/16")),
                    Optional.of(new ListenPort(51999)), Optional.of(false)), capturedUpdate());
            assertEquals(INTERFACE_FIELDS, fieldNames(data));
            assertEquals(1, data.path("wg").asInt());
            assertEquals("wg1", data.path("name").asText());
            assertEquals("10.9.0.1/16", data.path("address_range").asText());
            assertEquals(51999, data.path("port").asInt());
            assertEquals(keys.publicKey().base64(), data.path("public_key").asText());
            assertNoPrivateKey(reply);
        }

        @Test
        void statusTrueBringsTheInterfaceUpAndNothingElseChanges() {
            givenUpdateSucceeds(KernelOutcome.applied("wg12 is up"));

            JsonNode data = api.manage("{\"resource\": \"interface\", \"action\": \"update\", \"name\": \"wg12\", \"status\": true, "
                    + "\"address\": null}").assertSuccess("Interface wg12 edited successfully.");

            assertEquals(new UpdateInterfaceCommand(new InterfaceId(12), Optional.empty(), Optional.empty(), Optional.of(true)),
                    capturedUpdate());
            assertEquals("10.12.0.1/24", data.path("address_range").asText());
            assertEquals(51832, data.path("port").asInt());
        }

        @Test
        void aPortAloneIsEnough() {
            givenUpdateSucceeds(KernelOutcome.applied("wg0 reloaded"));

            api.manage("{\"resource\": \"interface\", \"action\": \"update\", \"name\": \"wg0\", \"port\": 443}")
                    .assertSuccess("Interface wg0 edited successfully.");

            assertEquals(new UpdateInterfaceCommand(InterfaceId.FIRST, Optional.empty(), Optional.of(new ListenPort(443)),
                    Optional.empty()), capturedUpdate());
        }

        @Test
        void aKernelFailureIsReported() {
            givenUpdateSucceeds(KernelOutcome.failed("wg-quick down wg1 failed"));

            JsonNode data = api.manage("{\"resource\": \"interface\", \"action\": \"update\", \"name\": \"wg1\", \"status\": false}")
                    .assertSuccess("Interface wg1 edited successfully. WireGuard was not updated: wg-quick down wg1 failed; it will be retried.");

            assertFalse(data.path("kernel").path("applied").booleanValue());
            assertEquals("wg-quick down wg1 failed", data.path("kernel").path("message").asText());
            assertEquals("wg1", data.path("name").asText());
        }

        @Test
        void anUnknownInterfaceIsNotFound() {
            given(api.updateInterface.update(any())).willThrow(new InterfaceNotFoundException(new InterfaceId(7)));

            String message = api.manage("{\"resource\": \"interface\", \"action\": \"update\", \"name\": \"wg7\", \"status\": true}")
                    .assertError(404, "INTERFACE_NOT_FOUND");

            assertEquals("WireGuard interface wg7 not found.", message);
        }

        @Test
        void clientsOutsideTheNewRangeAreAConflict() {
            given(api.updateInterface.update(any())).willThrow(
                    new ClientsOutsideRangeException("2 client(s) would fall outside 10.0.1.1/24."));

            String message = api.manage("{\"resource\": \"interface\", \"action\": \"update\", \"name\": \"wg0\", \"address\": \"10.0.1.1/24\"}")
                    .assertError(409, "CLIENTS_OUTSIDE_RANGE");

            assertEquals("2 client(s) would fall outside 10.0.1.1/24.", message);
        }

        @Test
        void aTakenPortIsAConflict() {
            given(api.updateInterface.update(any())).willThrow(new InterfacePortTakenException("An interface with port 51821 already exists (wg1)."));

            api.manage("{\"resource\": \"interface\", \"action\": \"update\", \"name\": \"wg0\", \"port\": 51821}")
                    .assertError(409, "INTERFACE_PORT_TAKEN");
        }

        @Test
        void anOverlappingRangeIsAConflict() {
            given(api.updateInterface.update(any())).willThrow(new InterfaceRangeOverlapsException("The range overlaps wg1's."));

            api.manage("{\"resource\": \"interface\", \"action\": \"update\", \"name\": \"wg0\", \"address\": \"10.1.0.2/16\"}")
                    .assertError(409, "INTERFACE_RANGE_OVERLAPS");
        }

        @ParameterizedTest
        @ValueSource(strings = {"{}", "{\"status\": null}", "{\"address\": null, \"port\": null, \"status\": null}",
                "{\"address_range\": \"10.9.0.1/24\"}"})
        void nothingToChangeIs400(String fields) {
            String body = "{\"resource\": \"interface\", \"action\": \"update\", \"name\": \"wg0\", \"data\": " + fields + "}";

            String message = api.manage(body).assertError(400, "VALIDATION_FAILED");

            assertTrue(message.contains("address, port or status"), message);
            noInterfaceUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"status\": \"yes\"|status", "\"status\": \"true\"|status", "\"status\": 1|status",
                "\"status\": \"up\"|status", "\"port\": 70000|port", "\"port\": 0|port", "\"port\": \"x\"|port",
                "\"address\": \"abc\"|address", "\"address\": \"10.0.0.0/24\"|address", "\"address\": \"10.0.0.1/33\"|address",
                "\"address\": 10|address", "\"address\": \"\"|address"})
        void illTypedOrInvalidFieldsAre400NamingTheField(String override) {
            String[] parts = override.split("\\|");

            String message = api.manage("{\"resource\": \"interface\", \"action\": \"update\", \"name\": \"wg0\", " + parts[0] + "}")
                    .assertError(400, "VALIDATION_FAILED");

            assertTrue(message.contains("'" + parts[1] + "'"), message);
            noInterfaceUseCaseCalled();
        }

        @Test
        void statusYesIsNotGuessedAt() {
            String message = api.manage("{\"resource\": \"interface\", \"action\": \"update\", \"name\": \"wg0\", \"status\": \"yes\"}")
                    .assertError(400, "VALIDATION_FAILED");

            assertEquals("Field 'status' must be true or false (a JSON boolean).", message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"wg\"", "\"wg01\"", "\"WG1\"", "\"eth0\"", "\"wg-1\"", "\"wg10000\"", "\"wg1 \"", "\"wg1\\n\"",
                "\"1\"", "\"\"", "1", "true", "[\"wg1\"]"})
        void aNameThatIsNotWgNIs400(String name) {
            String message = api.manage("{\"resource\": \"interface\", \"action\": \"update\", \"name\": " + name + ", \"status\": true}")
                    .assertError(400, "VALIDATION_FAILED");

            assertTrue(message.contains("'name'"), message);
            assertFalse(message.contains("\n"), message);
            noInterfaceUseCaseCalled();
        }

        @Test
        void aMissingNameIs400() {
            assertEquals("Missing required field 'name'.", api.manage("{\"resource\": \"interface\", \"action\": \"update\", "
                    + "\"status\": true}").assertError(400, "VALIDATION_FAILED"));
            assertEquals("Missing required field 'name'.", api.manage("{\"resource\": \"interface\", \"action\": \"update\", "
                    + "\"name\": null, \"status\": true}").assertError(400, "VALIDATION_FAILED"));
            noInterfaceUseCaseCalled();
        }
    }

    @Nested
    class Delete {
        @Test
        void deletesByWgIdAndReportsTheClientsRemoved() {
            given(api.deleteInterface.delete(any())).willReturn(new DeletedInterface("wg2", 3, KernelOutcome.applied("wg2 removed")));

            JsonNode data = api.manage("{\"resource\": \"interface\", \"action\": \"delete\", \"data\": {\"wg_id\": 2}}")
                    .assertSuccess("Interface wg2 and all associated clients deleted successfully.");

            assertEquals(new DeleteInterfaceCommand(new InterfaceId(2)), capturedDelete());
            assertEquals(Set.of("clients_removed"), fieldNames(data));
            assertTrue(data.path("clients_removed").isIntegralNumber());
            assertEquals(3, data.path("clients_removed").asInt());
        }

        @Test
        void acceptsTheIdAsADigitStringFlat() {
            given(api.deleteInterface.delete(any())).willReturn(new DeletedInterface("wg0", 0, KernelOutcome.applied("wg0 removed")));

            JsonNode data = api.manage("{\"resource\": \"interface\", \"action\": \"delete\", \"wg_id\": \"0\"}")
                    .assertSuccess("Interface wg0 and all associated clients deleted successfully.");

            assertEquals(new DeleteInterfaceCommand(InterfaceId.FIRST), capturedDelete());
            assertEquals(0, data.path("clients_removed").asInt());
        }

        @Test
        void aKernelFailureIsReported() {
            given(api.deleteInterface.delete(any())).willReturn(new DeletedInterface("wg4", 1, KernelOutcome.failed("wg4 is still up")));

            JsonNode data = api.manage("{\"resource\": \"interface\", \"action\": \"delete\", \"wg_id\": 4}")
                    .assertSuccess("Interface wg4 and all associated clients deleted successfully. "
                            + "WireGuard was not updated: wg4 is still up; it will be retried.");

            assertEquals(Set.of("clients_removed", "kernel"), fieldNames(data));
            assertEquals(1, data.path("clients_removed").asInt());
            assertFalse(data.path("kernel").path("applied").booleanValue());
            assertEquals("wg4 is still up", data.path("kernel").path("message").asText());
        }

        @Test
        void anUnknownInterfaceIsNotFound() {
            given(api.deleteInterface.delete(any())).willThrow(new InterfaceNotFoundException(new InterfaceId(9)));

            String message = api.manage("{\"resource\": \"interface\", \"action\": \"delete\", \"wg_id\": 9}")
                    .assertError(404, "INTERFACE_NOT_FOUND");

            assertEquals("WireGuard interface wg9 not found.", message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"x\"", "-1", "\"-1\"", "\"wg1\"", "1.5", "true", "10000", "\"\"", "[1]", "{}", "\" 1\""})
        void aWgIdThatIsNotANonNegativeIdIs400(String wgId) {
            String message = api.manage("{\"resource\": \"interface\", \"action\": \"delete\", \"wg_id\": " + wgId + "}")
                    .assertError(400, "VALIDATION_FAILED");

            assertTrue(message.contains("'wg_id'"), message);
            noInterfaceUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"{\"resource\": \"interface\", \"action\": \"delete\"}",
                "{\"resource\": \"interface\", \"action\": \"delete\", \"wg_id\": null}",
                "{\"resource\": \"interface\", \"action\": \"delete\", \"name\": \"wg1\"}"})
        void aMissingWgIdIs400(String body) {
            assertEquals("Missing required field 'wg_id'.", api.manage(body).assertError(400, "VALIDATION_FAILED"));
            noInterfaceUseCaseCalled();
        }
    }

    @Nested
    class Dispatch {
        @ParameterizedTest
        @ValueSource(strings = {"edit", "CREATE", "", "list", "get_config", "delete "})
        void anUnknownActionIs404(String action) {
            String message = api.manage("{\"resource\": \"interface\", \"action\": \"" + action + "\", \"name\": \"wg0\", \"wg_id\": 0}")
                    .assertError(404, "UNKNOWN_ACTION");

            assertEquals("Invalid action '" + action + "' for interface resource.", message);
            noInterfaceUseCaseCalled();
        }
    }
}
