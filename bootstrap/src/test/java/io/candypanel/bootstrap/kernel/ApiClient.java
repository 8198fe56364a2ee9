package io.candypanel.bootstrap.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny JSON client for the panel's API (a copy of the bootstrap tests' one, for this package). */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String token;

    ApiClient(String host, int port) {
        this.base = "http://" + host + ":" + port;
    }

    record Reply(String request, int status, JsonNode body) {
        boolean success() {
            return body.path("success").asBoolean(false);
        }

        JsonNode data() {
            return body.path("data");
        }

        @Override
        public String toString() {
            return request + " -> HTTP " + status + " " + body;
        }
    }

    Reply get(String path) {
        return send("GET " + path, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Reply post(String path, String json) {
        return send("POST " + path + " " + json, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    void login(String password) {
        Reply reply = post("/api/auth", "{\"action\":\"login\",\"username\":\"admin\",\"password\":\"" + password + "\"}");
        if (reply.status() != 200) {
            throw new AssertionError("login failed: " + reply);
        }
        token = reply.data().path("access_token").asText();
    }

    Reply manage(String resource, String action, String dataJson) {
        return post("/api/manage", "{\"resource\":\"" + resource + "\",\"action\":\"" + action + "\",\"data\":" + dataJson + "}");
    }

    /** {@code manage} that must answer 200 with success true. */
    Reply manageOk(String resource, String action, String dataJson) {
        Reply reply = manage(resource, action, dataJson);
        if (reply.status() != 200 || !reply.success()) {
            throw new AssertionError("expected success: " + reply);
        }
        return reply;
    }

    /** {@code GET /api/data}, which must succeed. */
    JsonNode data() {
        Reply reply = get("/api/data");
        if (reply.status() != 200 || !reply.success()) {
            throw new AssertionError("GET /api/data failed: " + reply);
        }
        return reply.data();
    }

    JsonNode client(String name) {
        JsonNode data = data();
        for (JsonNode client : data.path("clients")) {
            if (client.path("name").asText().equals(name)) {
                return client;
            }
        }
        throw new AssertionError("no client " + name + " in /api/data: " + data.path("clients"));
    }

    private Reply send(String description, HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Reply(description, response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(description + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
