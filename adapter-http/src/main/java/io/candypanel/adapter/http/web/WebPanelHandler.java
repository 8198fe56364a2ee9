package io.candypanel.adapter.http.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves the web panel in front of the API: {@code GET /} and the built files, and, for any other
 * {@code GET} of a page (the request accepts {@code text/html}) outside the API, the SPA's
 * {@code index.html} so that a reload of a client-side route works. The API's own prefixes
 * ({@code /api}, {@code /bot_api}, {@code /s/}, {@code /metrics}, {@code /check}) always go to
 * {@code next}, and so does everything this handler does not have, which keeps the API's JSON 404
 * and 405. Hashed files under {@code assets/} are cached for a year; {@code index.html} is
 * revalidated on every load (its ETag makes that a 304). Text files over a kilobyte go out gzip-coded
 * to clients that accept it, from the copy {@link WebAssets} made once, with their own ETag.
 */
public final class WebPanelHandler implements HttpHandler {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String NO_CACHE = "no-cache";
    /** Scripts, styles and requests only from the panel itself; QR images arrive as blob: URLs. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final List<String> API_PREFIXES = List.of("/api", "/bot_api", "/s", "/metrics", "/check");

    private final WebAssets assets;
    private final HttpHandler next;

    public WebPanelHandler(WebAssets assets, HttpHandler next) {
        this.assets = Objects.requireNonNull(assets, "assets");
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Optional<WebAssets.Asset> asset = select(exchange);
        if (asset.isEmpty()) {
            next.handleRequest(exchange);
            return;
        }
        send(exchange, asset.get());
    }

    private Optional<WebAssets.Asset> select(HttpServerExchange exchange) {
        boolean get = Methods.GET.equals(exchange.getRequestMethod());
        if (!get && !Methods.HEAD.equals(exchange.getRequestMethod())) {
            return Optional.empty();
        }
        String path = exchange.getRequestPath();
        if (isApi(path)) {
            return Optional.empty();
        }
        if (path.equals("/") || path.equals("/" + WebAssets.INDEX)) {
            return assets.index();
        }
        Optional<WebAssets.Asset> file = assets.find(path.substring(1));
        if (file.isPresent()) {
            return file;
        }
        return acceptsHtml(exchange) && !path.startsWith("/assets/") ? assets.index() : Optional.empty();
    }

    static boolean isApi(String path) {
        for (String prefix : API_PREFIXES) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptsHtml(HttpServerExchange exchange) {
        String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    private static void send(HttpServerExchange exchange, WebAssets.Asset asset) {
        var headers = exchange.getResponseHeaders();
        boolean gzip = asset.gzip().isPresent()
                && AcceptEncoding.acceptsGzip(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_ENCODING));
        byte[] body = gzip ? asset.gzip().get().body() : asset.body();
        String etag = gzip ? asset.gzip().get().etag() : asset.etag();
        headers.put(Headers.CONTENT_TYPE, asset.contentType());
        headers.put(Headers.CACHE_CONTROL, asset.immutable() ? IMMUTABLE : NO_CACHE);
        headers.put(Headers.ETAG, etag);
        if (asset.gzip().isPresent()) {
            // Both variants say so, or a shared cache could hand the gzip body to a client that cannot read it.
            headers.put(Headers.VARY, Headers.ACCEPT_ENCODING_STRING);
        }
        headers.put(new HttpString("X-Content-Type-Options"), "nosniff");
        headers.put(new HttpString("Referrer-Policy"), "no-referrer");
        if (asset.contentType().startsWith("text/html")) {
            headers.put(new HttpString("Content-Security-Policy"), CSP);
            headers.put(new HttpString("X-Frame-Options"), "DENY");
        }
        if (matches(exchange.getRequestHeaders().get(Headers.IF_NONE_MATCH), etag)) {
            exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
            exchange.endExchange();
            return;
        }
        if (gzip) {
            headers.put(Headers.CONTENT_ENCODING, "gzip");
        }
        headers.put(Headers.CONTENT_LENGTH, body.length);
        if (Methods.HEAD.equals(exchange.getRequestMethod())) {
            exchange.endExchange();
            return;
        }
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }

    /**
     * {@code If-None-Match} against the ETag of the variant about to be sent (RFC 9110, 13.1.2): a
     * list, {@code *}, and weak comparison, since a proxy that re-encodes may have weakened our tag.
     */
    static boolean matches(List<String> ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String field : ifNoneMatch) {
            for (String candidate : field.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                    return true;
                }
            }
        }
        return false;
    }
}
