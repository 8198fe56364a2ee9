package io.candypanel.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny JSON client for the panel's API in tests. */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String token;

    ApiClient(int port) {
        this("127.0.0.1", port);
    }

    ApiClient(String host, int port) {
        this.base = "http://" + host + ":" + port;
    }

    record Reply(int status, JsonNode body) {
        boolean success() {
            return body.path("success").asBoolean(false);
        }

        JsonNode data() {
            return body.path("data");
        }

        String code() {
            return body.path("code").asText();
        }
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
                 "wg_dns":"1.1.1.1","admin_user":"admin","admin_password":"%s"}""".formatted(password));
    }

    String login(String password) {
        Reply reply = post("/api/auth", "{\"action\":\"login\",\"username\":\"admin\",\"password\":\"" + password + "\"}");
        if (reply.status() != 200) {
            throw new AssertionError("login failed: " + reply);
        }
        token = reply.data().path("access_token").asText();
        return token;
    }

    Reply manage(String resource, String action, String dataJson) {
        return post("/api/manage", "{\"resource\":\"" + resource + "\",\"action\":\"" + action + "\",\"data\":" + dataJson + "}");
    }

    private Reply send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
