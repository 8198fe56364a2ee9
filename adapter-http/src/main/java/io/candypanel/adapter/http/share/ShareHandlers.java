package io.candypanel.adapter.http.share;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.QrCodes;
import io.candypanel.adapter.http.common.RawContent;
import io.candypanel.adapter.http.common.RequestRejectedException;
import io.candypanel.application.port.in.share.SharedClient;
import io.candypanel.application.port.in.share.ViewSharedClientUseCase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The public share page of a client (new; replaces the original's {@code /shortlink}, {@code /qr}
 * and {@code /client-details}, which anyone knowing a name and a public key could open). The secret
 * is a random token in the path; an unknown, revoked or malformed one is the same 404, so a guess
 * learns nothing. Public only so that the server package can route to it; see {@code HttpRoutes}.
 */
public final class ShareHandlers {
    /** What {@code ShareClientUseCase} hands out: URL-safe base64 of at least 128 bits. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22,128}");
    static final String NOT_FOUND = "NOT_FOUND";

    /**
     * The page embeds nothing from elsewhere and runs no script: only its own inline style and the
     * QR image from this server. It may not be framed, and the token in its address is never sent on
     * as a referrer.
     */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private final ViewSharedClientUseCase viewSharedClient;
    private final Clock clock;

    /** @param clock its zone is the one the page shows dates in (the panel's) */
    public ShareHandlers(ViewSharedClientUseCase viewSharedClient, Clock clock) {
        this.viewSharedClient = Objects.requireNonNull(viewSharedClient, "viewSharedClient");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@code GET /s/{token}}: status, usage, quota, expiry, last handshake, the config link and the QR
     * code, in English or Persian (see {@link ShareLanguage}; {@code ?lang=en|fa} wins).
     */
    public ApiResponse page(ApiRequest request) {
        String token = request.pathParam("token");
        SharedClient shared = find(token);
        ShareTexts texts = ShareLanguage.choose(request.queryParam("lang"), request.header("Accept-Language"));
        String html = SharePage.render(shared.client(), token, clock.instant(), clock.getZone(), texts);
        // The same URL answers in either language, so a cache (were it allowed one) must key on the header.
        return raw("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8),
                Map.of("Vary", "Accept-Language", "Content-Language", texts.tag()));
    }

    /** {@code GET /s/{token}/config}: the config file, named after the client (names are safe in a header). */
    public ApiResponse config(ApiRequest request) {
        SharedClient shared = find(request.pathParam("token"));
        return raw("text/plain; charset=utf-8", shared.config().getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Disposition", "attachment; filename=\"" + shared.client().name().value() + ".conf\""));
    }

    /** {@code GET /s/{token}/qr.png}: the config as a QR code, for the WireGuard app's scanner. */
    public ApiResponse qr(ApiRequest request) {
        SharedClient shared = find(request.pathParam("token"));
        return raw(QrCodes.CONTENT_TYPE, QrCodes.png(shared.config()), Map.of());
    }

    private SharedClient find(String token) {
        if (!TOKEN.matcher(token).matches()) {
            throw notFound();
        }
        return viewSharedClient.view(token).orElseThrow(ShareHandlers::notFound);
    }

    private static ApiResponse raw(String contentType, byte[] body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(SECURITY_HEADERS);
        all.putAll(headers);
        return ApiResponse.raw(new RawContent(contentType, body, all));
    }

    private static RequestRejectedException notFound() {
        return new RequestRejectedException(404, NOT_FOUND, "There is no shared client at this link; it may have been revoked.");
    }
}
