package io.candypanel.adapter.http.common;

import java.util.Map;
import java.util.Objects;

/**
 * A response body that is not the JSON envelope: the share page, a config file, a QR image, the
 * metrics text or the OpenAPI document.
 *
 * @param contentType the full {@code Content-Type}, e.g. {@code image/png}
 * @param headers     extra headers ({@code Content-Disposition}, a Content-Security-Policy...)
 */
public record RawContent(String contentType, byte[] body, Map<String, String> headers) {
    public RawContent {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    public RawContent(String contentType, byte[] body) {
        this(contentType, body, Map.of());
    }

    @Override
    public String toString() {
        // Bodies may be configs with private keys.
        return "RawContent[" + contentType + ", " + body.length + " bytes]";
    }
}
