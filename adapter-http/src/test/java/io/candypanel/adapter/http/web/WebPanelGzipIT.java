package io.candypanel.adapter.http.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gzip of the web panel's files on a real Undertow. The files are written to a temporary folder and
 * served through a class loader over it: the shared test resources are a few bytes each, below the
 * size worth compressing.
 */
class WebPanelGzipIT {
    private static final HttpHandler API = exchange -> exchange.setStatusCode(418);
    /** A typical bundle: repetitive text that gzip shrinks several times over. */
    private static final String SCRIPT = "export function f(x){return x*2}\n".repeat(400);
    private static final String STYLE = ".card{background:var(--card);border:1px solid var(--line)}\n".repeat(200);
    private static final String INDEX = "<!DOCTYPE html><html><body><div id=\"app\"></div>"
            + "<!-- padding so that the page is over a kilobyte -->".repeat(40) + "</body></html>";
    private static final String SMALL = "export const x = 1;\n";

    @TempDir
    static Path folder;
    private static byte[] png;
    private static byte[] noise;
    private static URLClassLoader loader;
    private static Undertow server;
    private static int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Random random = new Random(42);
        png = new byte[8 * 1024];
        random.nextBytes(png);
        noise = new byte[4 * 1024];
        random.nextBytes(noise);
        Path web = Files.createDirectories(folder.resolve("web/assets"));
        Files.writeString(web.resolve("index-big.js"), SCRIPT);
        Files.writeString(web.resolve("index-big.css"), STYLE);
        Files.writeString(web.resolve("small.js"), SMALL);
        Files.write(web.resolve("logo.png"), png);
        Files.write(web.resolve("noise.txt"), noise);
        Files.writeString(folder.resolve("web/index.html"), INDEX);
        loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null);
        server = Undertow.builder().addHttpListener(0, "127.0.0.1")
                .setHandler(new WebPanelHandler(new WebAssets(loader, "web/"), API)).build();
        server.start();
        port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        loader.close();
    }

    private HttpResponse<byte[]> send(String method, String path, String acceptEncoding, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        return send("GET", path, acceptEncoding, null);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static byte[] gunzip(byte[] body) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assets/index-big.js", "/assets/index-big.css", "/"})
    void compressesTextForAClientThatAcceptsGzip(String path) throws Exception {
        byte[] plain = get(path, null).body();

        HttpResponse<byte[]> gzip = get(path, "gzip, deflate, br");

        assertEquals(200, gzip.statusCode());
        assertEquals("gzip", header(gzip, "Content-Encoding"));
        assertEquals("Accept-Encoding", header(gzip, "Vary"));
        assertEquals(String.valueOf(gzip.body().length), header(gzip, "Content-Length"));
        assertTrue(gzip.body().length < plain.length / 2, gzip.body().length + " of " + plain.length);
        assertArrayEquals(plain, gunzip(gzip.body()));
    }

    @Test
    void keepsTheTypeAndCachingOfTheFile() throws Exception {
        HttpResponse<byte[]> js = get("/assets/index-big.js", "gzip");
        assertEquals("text/javascript; charset=utf-8", header(js, "Content-Type"));
        assertEquals(WebPanelHandler.IMMUTABLE, header(js, "Cache-Control"));
        HttpResponse<byte[]> index = get("/", "gzip");
        assertEquals(WebPanelHandler.NO_CACHE, header(index, "Cache-Control"));
        assertEquals(WebPanelHandler.CSP, header(index, "Content-Security-Policy"));
        assertEquals("gzip", header(index, "Content-Encoding"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "identity", "gzip;q=0", "br, gzip;q=0", "*;q=0", "deflate, br"})
    void sendsIdentityWhenGzipIsNotAccepted(String acceptEncoding) throws Exception {
        HttpResponse<byte[]> response = get("/assets/index-big.js", acceptEncoding);

        assertEquals(200, response.statusCode());
        assertFalse(response.headers().firstValue("Content-Encoding").isPresent(), acceptEncoding);
        assertEquals("Accept-Encoding", header(response, "Vary"), "the plain variant says it varies too");
        assertEquals(SCRIPT, new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(String.valueOf(SCRIPT.length()), header(response, "Content-Length"));
    }

    @Test
    void sendsIdentityWithoutAnAcceptEncodingHeader() throws Exception {
        // java.net.http sends no Accept-Encoding of its own.
        HttpResponse<byte[]> response = get("/assets/index-big.js", null);
        assertFalse(response.headers().firstValue("Content-Encoding").isPresent());
        assertEquals(SCRIPT, new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aWildcardAcceptsGzip() throws Exception {
        assertEquals("gzip", header(get("/assets/index-big.css", "*"), "Content-Encoding"));
    }

    @Test
    void eachVariantHasItsOwnETag() throws Exception {
        String plain = header(get("/assets/index-big.js", "identity"), "ETag");
        String gzip = header(get("/assets/index-big.js", "gzip"), "ETag");

        assertNotEquals(plain, gzip);
        assertEquals(plain.substring(0, plain.length() - 1) + "-gz\"", gzip);
    }

    @Test
    void revalidatesEachVariantByItsOwnETag() throws Exception {
        String plain = header(get("/assets/index-big.js", null), "ETag");
        String gzip = header(get("/assets/index-big.js", "gzip"), "ETag");

        HttpResponse<byte[]> gzipHit = send("GET", "/assets/index-big.js", "gzip", gzip);
        assertEquals(304, gzipHit.statusCode());
        assertEquals(gzip, header(gzipHit, "ETag"));
        assertEquals("Accept-Encoding", header(gzipHit, "Vary"));
        assertEquals(0, gzipHit.body().length);
        assertEquals(304, send("GET", "/assets/index-big.js", null, plain).statusCode());
        assertEquals(304, send("GET", "/assets/index-big.js", "gzip", "W/" + gzip).statusCode(), "weak comparison");
        assertEquals(304, send("GET", "/assets/index-big.js", "gzip", "\"other\", " + gzip).statusCode(), "a list");

        // A tag of the other variant is no match: the client gets the variant it can read now.
        HttpResponse<byte[]> crossed = send("GET", "/assets/index-big.js", null, gzip);
        assertEquals(200, crossed.statusCode());
        assertEquals(SCRIPT, new String(crossed.body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> crossedBack = send("GET", "/assets/index-big.js", "gzip", plain);
        assertEquals(200, crossedBack.statusCode());
        assertEquals("gzip", header(crossedBack, "Content-Encoding"));
    }

    @Test
    void headGivesTheHeadersOfTheChosenVariantWithoutABody() throws Exception {
        HttpResponse<byte[]> get = get("/assets/index-big.js", "gzip");

        HttpResponse<byte[]> head = send("HEAD", "/assets/index-big.js", "gzip", null);

        assertEquals(200, head.statusCode());
        assertEquals("gzip", header(head, "Content-Encoding"));
        assertEquals(header(get, "Content-Length"), header(head, "Content-Length"));
        assertEquals(header(get, "ETag"), header(head, "ETag"));
        assertEquals(0, head.body().length);
        assertEquals(String.valueOf(SCRIPT.length()), header(send("HEAD", "/assets/index-big.js", null, null), "Content-Length"));
    }

    @Test
    void smallFilesAreSentAsTheyAre() throws Exception {
        HttpResponse<byte[]> response = get("/assets/small.js", "gzip");

        assertEquals(200, response.statusCode());
        assertFalse(response.headers().firstValue("Content-Encoding").isPresent());
        assertFalse(response.headers().firstValue("Vary").isPresent(), "a file with one variant does not vary");
        assertEquals(SMALL, new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void compressedImagesAreSentAsTheyAre() throws Exception {
        HttpResponse<byte[]> response = get("/assets/logo.png", "gzip");

        assertEquals("image/png", header(response, "Content-Type"));
        assertFalse(response.headers().firstValue("Content-Encoding").isPresent());
        assertFalse(response.headers().firstValue("Vary").isPresent());
        assertArrayEquals(png, response.body());
    }

    @Test
    void textThatGzipCannotShrinkIsSentAsItIs() throws Exception {
        HttpResponse<byte[]> response = get("/assets/noise.txt", "gzip");

        assertFalse(response.headers().firstValue("Content-Encoding").isPresent());
        assertArrayEquals(noise, response.body());
    }

    @Test
    void compressesEachFileOnceAndKeepsIt() {
        WebAssets assets = new WebAssets(loader, "web/");
        WebAssets.Asset first = assets.find("assets/index-big.js").orElseThrow();
        WebAssets.Asset second = assets.find("assets/index-big.js").orElseThrow();

        assertTrue(first.gzip().isPresent());
        assertTrue(first.gzip().get().body() == second.gzip().get().body(), "the same bytes, not a second compression");
        assertTrue(assets.find("assets/small.js").orElseThrow().gzip().isEmpty());
        assertTrue(assets.find("assets/logo.png").orElseThrow().gzip().isEmpty());
    }
}
