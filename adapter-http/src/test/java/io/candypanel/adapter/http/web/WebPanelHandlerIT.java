package io.candypanel.adapter.http.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The web panel handler on a real Undertow in front of a stand-in API that answers every request with 418. */
class WebPanelHandlerIT {
    private static final HttpHandler API = exchange -> {
        exchange.setStatusCode(418);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send("{\"from\":\"api\"}");
    };
    private static Undertow server;
    private static int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        WebAssets assets = new WebAssets(WebPanelHandlerIT.class.getClassLoader(), "io/candypanel/webtest/");
        server = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(new WebPanelHandler(assets, API)).build();
        server.start();
        port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheIndexAtTheRootWithoutCaching() throws Exception {
        HttpResponse<String> response = get("/", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("test panel"));
        assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void answersARevalidationWith304() throws Exception {
        String etag = get("/", null).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
    }

    @Test
    void servesHashedAssetsWithTheirTypeAndALongCache() throws Exception {
        HttpResponse<String> js = get("/assets/index-abc123.js", "*/*");
        assertEquals(200, js.statusCode());
        assertEquals("text/javascript; charset=utf-8", js.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(WebPanelHandler.IMMUTABLE, js.headers().firstValue("Cache-Control").orElseThrow());
        assertFalse(js.headers().firstValue("Content-Security-Policy").isPresent());
        HttpResponse<String> css = get("/assets/index-abc123.css", "text/css");
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void fallsBackToTheIndexForPagesOfTheSinglePageApp() throws Exception {
        HttpResponse<String> response = get("/clients/alice", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("test panel"));
    }

    @Test
    void leavesUnknownNonPageRequestsAndMissingAssetsToTheApi() throws Exception {
        assertEquals(418, get("/clients/alice", "application/json").statusCode());
        assertEquals(418, get("/clients/alice", null).statusCode());
        assertEquals(418, get("/assets/missing-123.js", "text/html").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/data", "/api/clients/x/qr.png", "/api/nothing", "/bot_api/user/register", "/s/sometoken",
            "/s/sometoken/qr.png", "/metrics", "/check"})
    void neverAnswersForTheApi(String path) throws Exception {
        HttpResponse<String> response = get(path, "text/html");
        assertEquals(418, response.statusCode(), path);
        assertEquals("{\"from\":\"api\"}", response.body());
    }

    @Test
    void postGoesToTheApiEvenAtTheRoot() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(418, response.statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../outside.txt", "/%2e%2e/outside.txt", "/assets/..%2f..%2foutside.txt", "/.hidden.txt",
            "/assets/%2e%2e/%2e%2e/outside.txt", "/..%5coutside.txt", "//etc/passwd", "/assets//index-abc123.js",
            "/io/candypanel/adapter/http/web/WebAssets.class"})
    void cannotReachAnythingOutsideTheWebFolder(String path) throws Exception {
        HttpResponse<String> response = get(path, "*/*");
        assertEquals(418, response.statusCode(), path);
    }

    @Test
    void rejectsUnsafeNamesWithoutTouchingTheClassLoader() {
        WebAssets assets = new WebAssets(WebPanelHandlerIT.class.getClassLoader(), "io/candypanel/webtest/");
        assertTrue(assets.find("assets/index-abc123.js").isPresent());
        for (String bad : new String[] {"../outside.txt", "assets/../index.html", ".hidden.txt", "a\\b.js", "", "/index.html",
                "assets/x.class", "index.html\u0000.js"}) {
            assertTrue(assets.find(bad).isEmpty(), bad);
        }
    }
}
