package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.adapter.http.ApiFixture.Reply;
import io.candypanel.application.port.in.auth.AlreadyInstalledException;
import io.candypanel.application.port.in.auth.InstallPanelCommand;
import io.candypanel.application.port.in.auth.InvalidCredentialsException;
import io.candypanel.application.port.in.auth.IssuedSession;
import io.candypanel.application.port.in.auth.LoginCommand;
import io.candypanel.application.port.in.auth.NotInstalledException;
import io.candypanel.application.port.in.auth.SetupTokenRequiredException;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.ListenPort;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

class AuthApiIT {
    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.assertNoServerErrors();
        api.close();
    }

    private InstallPanelCommand capturedInstall() {
        ArgumentCaptor<InstallPanelCommand> command = ArgumentCaptor.forClass(InstallPanelCommand.class);
        then(api.installPanel).should().install(command.capture());
        return command.getValue();
    }

    @Nested
    class Check {
        @ParameterizedTest
        @ValueSource(booleans = {true, false})
        void answersTheBareInstalledFlagLikeTheOriginal(boolean installed) {
            given(api.checkInstallation.isInstalled()).willReturn(installed);

            Reply reply = api.get("/check");

            assertEquals(200, reply.status());
            reply.assertJsonHeaders();
            assertEquals(api.json.createObjectNode().put("installed", installed), reply.json());
        }

        @Test
        void needsNoToken() {
            api.get("/check");

            then(api.authenticate).shouldHaveNoInteractions();
        }
    }

    @Nested
    class Login {
        @Test
        void exchangesCredentialsForABearerToken() {
            given(api.login.login(any())).willReturn(new IssuedSession("fresh-token", Instant.parse("2026-11-27T12:00:00Z")));

            JsonNode data = api.post("/api/auth", "{\"action\": \"login\", \"username\": \"admin\", \"password\": \"s3cret\"}")
                    .assertSuccess("Login successful!");

            assertEquals("fresh-token", data.path("access_token").asText());
            assertEquals("bearer", data.path("token_type").asText());
            ArgumentCaptor<LoginCommand> command = ArgumentCaptor.forClass(LoginCommand.class);
            then(api.login).should().login(command.capture());
            assertEquals(new LoginCommand("admin", "s3cret", "127.0.0.1"), command.getValue());
        }

        @Test
        void wrongCredentialsAre401WithTheOriginalsMessage() {
            given(api.login.login(any())).willThrow(new InvalidCredentialsException());

            String message = api.post("/api/auth", "{\"action\": \"login\", \"username\": \"admin\", \"password\": \"nope\"}")
                    .assertError(401, "INVALID_CREDENTIALS");

            assertEquals("Wrong username or password!", message);
        }

        @Test
        void beforeInstallIs400AndSaysSo() {
            given(api.login.login(any())).willThrow(new NotInstalledException());

            String message = api.post("/api/auth", "{\"action\": \"login\", \"username\": \"admin\", \"password\": \"admin\"}")
                    .assertError(400, "NOT_INSTALLED");

            assertEquals("CandyPanel is not installed. Please use the 'install' action.", message);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "{\"action\": \"login\", \"username\": \"admin\"}",
                "{\"action\": \"login\", \"password\": \"admin\"}",
                "{\"action\": \"login\", \"username\": null, \"password\": \"admin\"}",
                "{\"action\": \"login\"}"})
        void missingCredentialsAre400(String body) {
            String message = api.post("/api/auth", body).assertError(400, "VALIDATION_FAILED");

            assertEquals("Missing username or password for login.", message);
            then(api.login).shouldHaveNoInteractions();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "{\"action\": \"login\", \"username\": 1, \"password\": \"admin\"}",
                "{\"action\": \"login\", \"username\": \"admin\", \"password\": [\"admin\"]}",
                "{\"action\": \"login\", \"username\": \"admin\", \"password\": true}"})
        void credentialsOfTheWrongTypeAre400(String body) {
            api.post("/api/auth", body).assertError(400, "VALIDATION_FAILED");

            then(api.login).shouldHaveNoInteractions();
        }
    }

    @Nested
    class Install {
        @Test
        void appliesTheOriginalsDefaultsAndKnowsTheCallerIsLocal() {
            given(api.installPanel.install(any())).willReturn(KernelOutcome.applied("wg0 is up"));

            JsonNode data = api.post("/api/auth", "{\"action\": \"install\", \"server_ip\": \"203.0.113.10\", \"wg_port\": 51820}")
                    .assertSuccess("Installed successfully!");

            assertNull(data);
            InstallPanelCommand command = capturedInstall();
            assertEquals("203.0.113.10", command.serverHost());
            assertEquals(new ListenPort(51820), command.wgPort());
            assertEquals(Ipv4Cidr.parse("10.0.0.1/24"), command.addressRange());
            assertEquals("8.8.8.8", command.dns());
            assertEquals("admin", command.adminUser());
            assertEquals("admin", command.adminPassword());
            assertTrue(command.fromLoopback());
            assertEquals(Optional.empty(), command.setupToken());
        }

        @Test
        void takesEveryGivenFieldAPortAsAStringAndNormalisesTheDns() {
            given(api.installPanel.install(any())).willReturn(KernelOutcome.applied("wg0 is up"));

            api.post("/api/auth", "{\"action\": \"install\", \"server_ip\": \"vpn.example.com\", \"wg_port\": \"51821\", "
                    + "\"wg_address_range\": \"10.8.0.1/16\", \"wg_dns\": \"1.1.1.1,8.8.4.4\", \"admin_user\": \"root@example\", "
                    + "\"admin_password\": \"correct horse\", \"setup_token\": \"one-time\", \"unknown\": [1, 2]}")
                    .assertSuccess("Installed successfully!");

            InstallPanelCommand command = capturedInstall();
            assertEquals("vpn.example.com", command.serverHost());
            assertEquals(new ListenPort(51821), command.wgPort());
            assertEquals(Ipv4Cidr.parse("10.8.0.1/16"), command.addressRange());
            assertEquals("1.1.1.1, 8.8.4.4", command.dns());
            assertEquals("root@example", command.adminUser());
            assertEquals("correct horse", command.adminPassword());
            assertEquals(Optional.of("one-time"), command.setupToken());
        }

        @Test
        void aDualStackInstallCarriesWg0sIpv6RangeAndTheIpv6Dns() {
            given(api.installPanel.install(any())).willReturn(KernelOutcome.applied("wg0 is up"));

            api.post("/api/auth", "{\"action\": \"install\", \"server_ip\": \"203.0.113.10\", \"wg_port\": 51820, "
                    + "\"wg_ipv6_address\": \"fd42:42:42::1/64\", \"wg_ipv6_dns\": \"2606:4700:4700::1111,2001:4860:4860::8888\"}")
                    .assertSuccess("Installed successfully!");

            InstallPanelCommand command = capturedInstall();
            assertEquals(Optional.of(Ipv6Cidr.parse("fd42:42:42::1/64")), command.ipv6Range());
            assertEquals(Optional.of("2606:4700:4700::1111, 2001:4860:4860::8888"), command.ipv6Dns());
        }

        @Test
        void emptyIpv6FieldsMeanIpv4OnlyAndBadOnesAreA400() {
            given(api.installPanel.install(any())).willReturn(KernelOutcome.applied("wg0 is up"));
            api.post("/api/auth", "{\"action\": \"install\", \"server_ip\": \"203.0.113.10\", \"wg_port\": 51820, "
                    + "\"wg_ipv6_address\": \"\", \"wg_ipv6_dns\": \"\"}").assertSuccess("Installed successfully!");
            assertEquals(Optional.empty(), capturedInstall().ipv6Range());

            String message = api.post("/api/auth", "{\"action\": \"install\", \"server_ip\": \"203.0.113.10\", \"wg_port\": 51820, "
                    + "\"wg_ipv6_address\": \"fe80::1/64\"}").assertError(400, "INVALID_IPV6_RANGE");
            assertTrue(message.contains("wg_ipv6_address"), message);
            String dns = api.post("/api/auth", "{\"action\": \"install\", \"server_ip\": \"203.0.113.10\", \"wg_port\": 51820, "
                    + "\"wg_ipv6_dns\": \"8.8.8.8\"}").assertError(400, "VALIDATION_FAILED");
            assertTrue(dns.contains("wg_ipv6_dns"), dns);
        }

        @Test
        void aKernelFailureIsStillASuccessThatSaysSo() {
            given(api.installPanel.install(any())).willReturn(KernelOutcome.failed("wg-quick up wg0 failed."));

            Reply reply = api.post("/api/auth", "{\"action\": \"install\", \"server_ip\": \"203.0.113.10\", \"wg_port\": 51820}");

            JsonNode data = reply.assertSuccess(
                    "Installed successfully! WireGuard was not updated: wg-quick up wg0 failed; it will be retried.");
            assertFalse(data.path("kernel").path("applied").booleanValue());
            assertEquals("wg-quick up wg0 failed.", data.path("kernel").path("message").asText());
        }

        @ParameterizedTest
        @ValueSource(strings = {"server_ip", "wg_port"})
        void aMissingRequiredFieldIsNamed(String field) {
            String body = "{\"action\": \"install\", \"server_ip\": \"203.0.113.10\", \"wg_port\": 51820}"
                    .replace("\"" + field + "\"", "\"ignored_" + field + "\"");

            String message = api.post("/api/auth", body).assertError(400, "VALIDATION_FAILED");

            assertEquals("Missing required field for installation: '" + field + "'.", message);
            then(api.installPanel).shouldHaveNoInteractions();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "\"server_ip\": \"not an address!\", \"wg_port\": 51820|server_ip",
                "\"server_ip\": \"999.1.1.1\", \"wg_port\": 51820|server_ip",
                "\"server_ip\": 42, \"wg_port\": 51820|server_ip",
                "\"server_ip\": \"203.0.113.10\", \"wg_port\": 70000|wg_port",
                "\"server_ip\": \"203.0.113.10\", \"wg_port\": 0|wg_port",
                "\"server_ip\": \"203.0.113.10\", \"wg_port\": \"abc\"|wg_port",
                "\"server_ip\": \"203.0.113.10\", \"wg_port\": -1|wg_port",
                "\"server_ip\": \"203.0.113.10\", \"wg_port\": 51820.5|wg_port",
                "\"server_ip\": \"203.0.113.10\", \"wg_port\": 51820, \"wg_dns\": \"dns.google\"|wg_dns",
                "\"server_ip\": \"203.0.113.10\", \"wg_port\": 51820, \"wg_dns\": \"\"|wg_dns",
                "\"server_ip\": \"203.0.113.10\", \"wg_port\": 51820, \"wg_address_range\": \"10.0.0.0/24\"|wg_address_range",
                "\"server_ip\": \"203.0.113.10\", \"wg_port\": 51820, \"wg_address_range\": \"10.0.0.1\"|wg_address_range",
                "\"server_ip\": \"203.0.113.10\", \"wg_port\": 51820, \"admin_user\": \"ad min\"|admin_user",
                "\"server_ip\": \"203.0.113.10\", \"wg_port\": 51820, \"admin_password\": \"\"|admin_password"})
        void invalidValuesAre400NamingTheField(String fieldsAndName) {
            String[] parts = fieldsAndName.split("\\|");

            String message = api.post("/api/auth", "{\"action\": \"install\", " + parts[0] + "}").assertError(400, "VALIDATION_FAILED");

            assertTrue(message.contains("'" + parts[1] + "'"), message);
            then(api.installPanel).shouldHaveNoInteractions();
        }

        @Test
        void aSecondInstallIsAConflict() {
            given(api.installPanel.install(any())).willThrow(new AlreadyInstalledException());

            api.post("/api/auth", "{\"action\": \"install\", \"server_ip\": \"203.0.113.10\", \"wg_port\": 51820}")
                    .assertError(409, "ALREADY_INSTALLED");
        }

        @Test
        void aRemoteInstallWithoutTheSetupTokenIsForbidden() {
            given(api.installPanel.install(any())).willThrow(new SetupTokenRequiredException());

            api.post("/api/auth", "{\"action\": \"install\", \"server_ip\": \"203.0.113.10\", \"wg_port\": 51820}")
                    .assertError(403, "SETUP_TOKEN_REQUIRED");
        }

        @Test
        void aForwardedForHeaderDoesNotMakeARemoteCallerLocal() throws SocketException {
            Optional<InetAddress> ownAddress = firstNonLoopbackIpv4();
            assumeTrue(ownAddress.isPresent(), "this machine has no non-loopback IPv4 address");
            try (ApiFixture remote = new ApiFixture("0.0.0.0", ownAddress.get().getHostAddress())) {
                given(remote.installPanel.install(any())).willReturn(KernelOutcome.applied("ok"));

                remote.send(HttpRequest.newBuilder(remote.uri("/api/auth"))
                        .header("X-Forwarded-For", "127.0.0.1").header("Forwarded", "for=127.0.0.1").header("X-Real-IP", "127.0.0.1")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"action\": \"install\", \"server_ip\": \"203.0.113.10\", \"wg_port\": 51820}")).build())
                        .assertSuccess("Installed successfully!");

                ArgumentCaptor<InstallPanelCommand> command = ArgumentCaptor.forClass(InstallPanelCommand.class);
                then(remote.installPanel).should().install(command.capture());
                assertFalse(command.getValue().fromLoopback());
                remote.assertNoServerErrors();
            }
        }

        private Optional<InetAddress> firstNonLoopbackIpv4() throws SocketException {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                        if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                            return Optional.of(address);
                        }
                    }
                }
            }
            return Optional.empty();
        }
    }

    @Nested
    class Actions {
        @ParameterizedTest
        @ValueSource(strings = {"{}", "{\"action\": null}", "{\"username\": \"admin\", \"password\": \"admin\"}"})
        void aMissingActionIs400(String body) {
            String message = api.post("/api/auth", body).assertError(400, "VALIDATION_FAILED");

            assertEquals("Missing 'action' in request body.", message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"logoff", "LOGIN", "", "install ", "login\n"})
        void anUnknownActionIs400WithTheOriginalsWording(String action) throws Exception {
            String message = api.post("/api/auth", "{\"action\": " + api.json.writeValueAsString(action) + "}")
                    .assertError(400, "UNKNOWN_ACTION");

            assertTrue(message.startsWith("Invalid action specified. Must be 'login', 'install', 'logout' or 'change_password'"), message);
            assertFalse(message.contains("\n"), message);
            then(api.login).shouldHaveNoInteractions();
            then(api.installPanel).shouldHaveNoInteractions();
        }

        @ParameterizedTest
        @ValueSource(strings = {"{\"action\": 1}", "{\"action\": [\"login\"]}", "{\"action\": {\"name\": \"login\"}}"})
        void anActionThatIsNotAStringIs400(String body) {
            api.post("/api/auth", body).assertError(400, "VALIDATION_FAILED");

            then(api.login).should(never()).login(any());
        }
    }
}
