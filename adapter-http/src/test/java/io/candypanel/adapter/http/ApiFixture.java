package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.BDDMockito.given;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verifyNoInteractions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.candypanel.application.port.in.apitoken.DeleteApiTokenUseCase;
import io.candypanel.application.port.in.apitoken.SaveApiTokenUseCase;
import io.candypanel.application.port.in.audit.AuditLogUseCase;
import io.candypanel.application.port.in.auth.AuthenticateUseCase;
import io.candypanel.application.port.in.auth.ChangePasswordUseCase;
import io.candypanel.application.port.in.auth.CheckInstallationUseCase;
import io.candypanel.application.port.in.auth.InstallPanelUseCase;
import io.candypanel.application.port.in.auth.LoginUseCase;
import io.candypanel.application.port.in.auth.LogoutUseCase;
import io.candypanel.application.port.in.auth.Principal;
import io.candypanel.application.port.in.backup.BackupUseCase;
import io.candypanel.application.port.in.botuser.AccountStatusUseCase;
import io.candypanel.application.port.in.botuser.BotAdminCheck;
import io.candypanel.application.port.in.botuser.BroadcastUseCase;
import io.candypanel.application.port.in.botuser.CallSupportUseCase;
import io.candypanel.application.port.in.botuser.CheckBotAdminUseCase;
import io.candypanel.application.port.in.botuser.GetLicenseUseCase;
import io.candypanel.application.port.in.botuser.ListBotUsersUseCase;
import io.candypanel.application.port.in.botuser.ManageBotUserUseCase;
import io.candypanel.application.port.in.botuser.RegisterBotUserUseCase;
import io.candypanel.application.port.in.botuser.SetLanguageUseCase;
import io.candypanel.application.port.in.client.CreateClientUseCase;
import io.candypanel.application.port.in.client.DeleteClientUseCase;
import io.candypanel.application.port.in.client.GetClientConfigUseCase;
import io.candypanel.application.port.in.client.ResetClientUsageUseCase;
import io.candypanel.application.port.in.client.UpdateClientUseCase;
import io.candypanel.application.port.in.order.ApproveOrderUseCase;
import io.candypanel.application.port.in.order.ListOrdersUseCase;
import io.candypanel.application.port.in.order.QuoteOrderUseCase;
import io.candypanel.application.port.in.order.RejectOrderUseCase;
import io.candypanel.application.port.in.order.ShowPurchaseOptionsUseCase;
import io.candypanel.application.port.in.order.SubmitOrderUseCase;
import io.candypanel.application.port.in.overview.PanelDashboardUseCase;
import io.candypanel.application.port.in.overview.PanelMetricsUseCase;
import io.candypanel.application.port.in.overview.PanelOverviewUseCase;
import io.candypanel.application.port.in.overview.PanelSummaryUseCase;
import io.candypanel.application.port.in.client.ListClientsUseCase;
import io.candypanel.application.port.in.setting.UpdateSettingUseCase;
import io.candypanel.application.port.in.setting.ViewSettingsUseCase;
import io.candypanel.application.port.in.share.ShareClientUseCase;
import io.candypanel.application.port.in.share.ViewSharedClientUseCase;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.application.port.in.wginterface.CreateInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.ListInterfacesUseCase;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceUseCase;
import io.candypanel.domain.audit.AuditEntry;
import io.candypanel.domain.botuser.TelegramId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mockito.ArgumentCaptor;

/**
 * A real Undertow on a free loopback port with every use case mocked (the house style for HTTP
 * tests), an HTTP client, and the checks every API answer must pass. It records every status so
 * that a test can assert no 5xx slipped out.
 */
final class ApiFixture implements AutoCloseable {
    static final String TOKEN = "a-valid-session-token-for-tests";
    /** A named API token ("ci"), for what differs between sessions and API tokens. */
    static final String API_TOKEN = "a-valid-api-token-named-ci-for-tests";
    /** +03:30 all year, so a date read in the wrong zone shows. */
    static final ZoneId PANEL_ZONE = ZoneId.of("Asia/Tehran");
    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    final CheckInstallationUseCase checkInstallation = mock(CheckInstallationUseCase.class);
    final InstallPanelUseCase installPanel = mock(InstallPanelUseCase.class);
    final LoginUseCase login = mock(LoginUseCase.class);
    final AuthenticateUseCase authenticate = mock(AuthenticateUseCase.class);
    final CreateClientUseCase createClient = mock(CreateClientUseCase.class);
    final UpdateClientUseCase updateClient = mock(UpdateClientUseCase.class);
    final DeleteClientUseCase deleteClient = mock(DeleteClientUseCase.class);
    final GetClientConfigUseCase getClientConfig = mock(GetClientConfigUseCase.class);
    final PanelOverviewUseCase panelOverview = mock(PanelOverviewUseCase.class);
    final ListClientsUseCase listClients = mock(ListClientsUseCase.class);
    final PanelSummaryUseCase panelSummary = mock(PanelSummaryUseCase.class);
    final PanelDashboardUseCase panelDashboard = mock(PanelDashboardUseCase.class);
    final PanelMetricsUseCase panelMetrics = mock(PanelMetricsUseCase.class);
    final ListInterfacesUseCase listInterfaces = mock(ListInterfacesUseCase.class);
    final ViewSettingsUseCase viewSettings = mock(ViewSettingsUseCase.class);
    final CreateInterfaceUseCase createInterface = mock(CreateInterfaceUseCase.class);
    final UpdateInterfaceUseCase updateInterface = mock(UpdateInterfaceUseCase.class);
    final DeleteInterfaceUseCase deleteInterface = mock(DeleteInterfaceUseCase.class);
    final SyncUseCase sync = mock(SyncUseCase.class);
    final LogoutUseCase logout = mock(LogoutUseCase.class);
    final ChangePasswordUseCase changePassword = mock(ChangePasswordUseCase.class);
    final ResetClientUsageUseCase resetClientUsage = mock(ResetClientUsageUseCase.class);
    final ShareClientUseCase shareClient = mock(ShareClientUseCase.class);
    final ViewSharedClientUseCase viewSharedClient = mock(ViewSharedClientUseCase.class);
    final UpdateSettingUseCase updateSetting = mock(UpdateSettingUseCase.class);
    final SaveApiTokenUseCase saveApiToken = mock(SaveApiTokenUseCase.class);
    final DeleteApiTokenUseCase deleteApiToken = mock(DeleteApiTokenUseCase.class);
    final BackupUseCase backup = mock(BackupUseCase.class);
    final AuditLogUseCase auditLog = mock(AuditLogUseCase.class);
    final RegisterBotUserUseCase registerBotUser = mock(RegisterBotUserUseCase.class);
    final SetLanguageUseCase setLanguage = mock(SetLanguageUseCase.class);
    final ShowPurchaseOptionsUseCase purchaseOptions = mock(ShowPurchaseOptionsUseCase.class);
    final QuoteOrderUseCase quoteOrder = mock(QuoteOrderUseCase.class);
    final SubmitOrderUseCase submitOrder = mock(SubmitOrderUseCase.class);
    final GetLicenseUseCase license = mock(GetLicenseUseCase.class);
    final AccountStatusUseCase accountStatus = mock(AccountStatusUseCase.class);
    final CallSupportUseCase callSupport = mock(CallSupportUseCase.class);
    /** Answers "no admin configured" until {@link #givenBotAdmin} names one. */
    final CheckBotAdminUseCase checkBotAdmin = mock(CheckBotAdminUseCase.class);
    final ListBotUsersUseCase listBotUsers = mock(ListBotUsersUseCase.class);
    final ListOrdersUseCase listOrders = mock(ListOrdersUseCase.class);
    final ApproveOrderUseCase approveOrder = mock(ApproveOrderUseCase.class);
    final RejectOrderUseCase rejectOrder = mock(RejectOrderUseCase.class);
    final ManageBotUserUseCase manageBotUser = mock(ManageBotUserUseCase.class);
    final BroadcastUseCase broadcast = mock(BroadcastUseCase.class);
    final ObjectMapper json = new ObjectMapper();

    private final HttpServer server;
    private final String host;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
    private boolean serverErrorExpected;

    ApiFixture() {
        this("127.0.0.1", "127.0.0.1");
    }

    /** @param host where the client connects, which decides the peer address the server sees */
    ApiFixture(String bindAddress, String host) {
        this(new HttpConfig(bindAddress, 0), host);
    }

    ApiFixture(HttpConfig config, String host) {
        this.host = host;
        given(authenticate.authenticate(TOKEN)).willReturn(Optional.of(new Principal(Principal.Kind.ADMIN_SESSION, "admin")));
        given(authenticate.authenticate(API_TOKEN)).willReturn(Optional.of(new Principal(Principal.Kind.API_TOKEN, "ci")));
        given(checkBotAdmin.check(any())).willReturn(new BotAdminCheck(false, Optional.empty()));
        server = new HttpServer(config, Clock.fixed(NOW, PANEL_ZONE), useCases());
        server.start();
    }

    HttpUseCases useCases() {
        return new HttpUseCases(checkInstallation, installPanel, login, logout, changePassword, authenticate, createClient,
                updateClient, deleteClient, getClientConfig, resetClientUsage, shareClient, viewSharedClient, panelOverview,
                listClients, panelSummary, panelDashboard, panelMetrics, listInterfaces, viewSettings, createInterface, updateInterface, deleteInterface, sync, updateSetting, saveApiToken, deleteApiToken, backup, auditLog,
                botUseCases());
    }

    BotApiUseCases botUseCases() {
        return new BotApiUseCases(registerBotUser, setLanguage, purchaseOptions, quoteOrder, submitOrder, license, accountStatus,
                callSupport, checkBotAdmin, listBotUsers, listOrders, approveOrder, rejectOrder, manageBotUser, broadcast);
    }

    /** From now on {@code admin} is the bot admin: the check says so for that id, and names it for any other. */
    void givenBotAdmin(long admin) {
        TelegramId id = new TelegramId(admin);
        given(checkBotAdmin.check(any())).willAnswer(call -> new BotAdminCheck(id.equals(call.getArgument(0)), Optional.of(id)));
    }

    /**
     * Every use case except the two that decide who may call, which rejected requests may still reach:
     * {@code authenticate} (the bearer) and {@code checkBotAdmin} (the bot admin's Telegram id).
     */
    List<Object> useCasesButAuthenticate() {
        return List.of(checkInstallation, installPanel, login, logout, changePassword, createClient, updateClient, deleteClient,
                getClientConfig, resetClientUsage, shareClient, viewSharedClient, panelOverview, listClients, panelSummary,
                panelDashboard, panelMetrics, listInterfaces, viewSettings,
                createInterface, updateInterface, deleteInterface, sync, updateSetting, saveApiToken, deleteApiToken, backup, auditLog, registerBotUser, setLanguage,
                purchaseOptions, quoteOrder, submitOrder, license, accountStatus, callSupport, listBotUsers, listOrders, approveOrder,
                rejectOrder, manageBotUser, broadcast);
    }

    /** No use case but {@code authenticate} was called: the adapter refused the request(s) on its own. */
    void assertNoUseCaseCalled() {
        verifyNoInteractions(useCasesButAuthenticate().toArray());
    }

    HttpServer server() {
        return server;
    }

    /** The one audit entry recorded so far. */
    AuditEntry recordedAudit() {
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        then(auditLog).should().record(entry.capture());
        return entry.getValue();
    }

    void assertNothingAudited() {
        then(auditLog).should(never()).record(any());
    }

    int port() {
        return server.port();
    }

    URI uri(String path) {
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + path);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    Reply getWithToken(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN).GET().build());
    }

    Reply post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** {@code POST /api/manage} with a valid session token. */
    Reply manage(String body) {
        return manageWith(TOKEN, body);
    }

    /** {@code POST /api/manage} with the given bearer token. */
    Reply manageWith(String token, String body) {
        return postWith(token, "/api/manage", body);
    }

    /** A {@code /bot_api} call with the API token, as a bot sends it. */
    Reply bot(String path, String body) {
        return postWith(API_TOKEN, path, body);
    }

    Reply postWith(String token, String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A GET whose body is kept as bytes (images), with the session token when {@code withToken}. */
    BinaryReply getBytes(String path, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (withToken) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new TreeMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            statuses.add(response.statusCode());
            return new BinaryReply(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> headers = new TreeMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            return record(new Reply(response.statusCode(), headers, response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends raw bytes over a socket (for what java.net.http refuses to send, such as a lying
     * Content-Length) and reads the first response, framed by Content-Length or chunked encoding.
     */
    Reply raw(byte[] request) {
        try (Socket socket = new Socket(host, server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return record(readResponse(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply readResponse(InputStream in) throws IOException {
        String head = readHead(in);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            for (int size; (size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16)) > 0; ) {
                chunks.write(in.readNBytes(size));
                readLine(in);
            }
            body = chunks.toByteArray();
        } else {
            body = new byte[0];
        }
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before the end of the response head: " + head);
            }
            head.write(b);
            byte[] bytes = head.toByteArray();
            int n = bytes.length;
            if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n') {
                return new String(bytes, 0, n - 4, StandardCharsets.ISO_8859_1);
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new IOException("connection closed inside a chunked body");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private Reply record(Reply reply) {
        statuses.add(reply.status());
        return reply;
    }

    /** For the one kind of test that provokes a 500 on purpose. */
    void expectServerError() {
        serverErrorExpected = true;
    }

    void assertNoServerErrors() {
        if (!serverErrorExpected) {
            synchronized (statuses) {
                assertTrue(statuses.stream().allMatch(status -> status < 500), "a 5xx was returned: " + statuses);
            }
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    record BinaryReply(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        Reply asText() {
            return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    record Reply(int status, Map<String, String> headers, String body) {

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** Checks the envelope of a success and returns its {@code data} (null when there is none). */
        JsonNode assertSuccess(String message) {
            assertEquals(200, status, () -> "status of " + body);
            assertJsonHeaders();
            JsonNode json = json();
            assertTrue(json.isObject(), body);
            assertTrue(json.path("success").isBoolean() && json.path("success").booleanValue(), body);
            assertEquals(message, json.path("message").asText(), body);
            assertFalse(json.has("code"), body);
            return json.get("data");
        }

        /** Checks the envelope of an error and returns its message. */
        String assertError(int expectedStatus, String code) {
            assertEquals(expectedStatus, status, () -> "status of " + body);
            assertJsonHeaders();
            JsonNode json = json();
            assertTrue(json.isObject(), body);
            assertTrue(json.path("success").isBoolean(), body);
            assertFalse(json.path("success").booleanValue(), body);
            assertEquals(code, json.path("code").asText(), body);
            assertTrue(json.path("message").isTextual() && !json.path("message").asText().isBlank(), body);
            assertFalse(json.has("data"), body);
            return json.path("message").asText();
        }

        void assertJsonHeaders() {
            assertEquals("application/json; charset=utf-8", header("Content-Type"), () -> "headers " + headers);
            assertEquals("no-store", header("Cache-Control"), () -> "headers " + headers);
        }
    }
}
