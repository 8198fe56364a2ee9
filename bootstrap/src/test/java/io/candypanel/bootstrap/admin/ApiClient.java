package io.candypanel.bootstrap.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A small HTTP client for the panel's API in tests: JSON, HTML, text and PNG answers, one bearer
 * token per instance. Unlike the bootstrap package's copy it keeps the raw bytes and the headers.
 */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private String token;

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    ApiClient(int port, String bearer) {
        this(port);
        this.token = bearer;
    }

    /** One answer: status, headers and body; the body is parsed as JSON only when asked. */
    record Reply(int status, HttpHeaders headers, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** The body as JSON; an AssertionError naming the body when it is not JSON. */
        JsonNode body() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("not JSON (HTTP " + status + ", " + contentType() + "): " + text(), e);
            }
        }

        boolean success() {
            return body().path("success").asBoolean(false);
        }

        JsonNode data() {
            return body().path("data");
        }

        String code() {
            return body().path("code").asText();
        }

        String message() {
            return body().path("message").asText();
        }

        @Override
        public String toString() {
            String shown = contentType().startsWith("image/") ? "<" + bytes.length + " bytes of " + contentType() + ">" : text();
            return "HTTP " + status + " " + shown;
        }
    }

    String token() {
        return token;
    }

    void useToken(String bearer) {
        this.token = bearer;
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply install(String password) {
        return post("/api/auth", """
                {"action":"install","server_ip":"203.0.113.10","wg_port":51820,"wg_address_range":"10.0.0.1/24",
                 "wg_dns":"1.1.1.1","admin_user":"admin","admin_password":%s}""".formatted(quote(password)));
    }

    /** A login attempt; the token is not taken over. */
    Reply tryLogin(String password) {
        return post("/api/auth", "{\"action\":\"login\",\"username\":\"admin\",\"password\":" + quote(password) + "}");
    }

    /** Logs in and uses the new session from now on. */
    String login(String password) {
        Reply reply = tryLogin(password);
        if (reply.status() != 200) {
            throw new AssertionError("login failed: " + reply);
        }
        token = reply.data().path("access_token").asText();
        return token;
    }

    Reply manage(String resource, String action, String dataJson) {
        return post("/api/manage", "{\"resource\":\"" + resource + "\",\"action\":\"" + action + "\",\"data\":" + dataJson + "}");
    }

    /** A manage call that must succeed; returns its data. */
    JsonNode ok(String resource, String action, String dataJson) {
        Reply reply = manage(resource, action, dataJson);
        if (reply.status() != 200 || !reply.success()) {
            throw new AssertionError(resource + "/" + action + " " + dataJson + " failed: " + reply);
        }
        return reply.data();
    }

    Reply createClient(String name) {
        return manage("client", "create", "{\"name\":\"" + name + "\",\"expires\":\"2027-06-01T00:00:00Z\",\"traffic\":\"10737418240\"}");
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
