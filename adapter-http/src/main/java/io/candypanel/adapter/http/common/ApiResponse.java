package io.candypanel.adapter.http.common;

import java.util.Objects;

/**
 * A successful answer. The server wraps it in the envelope
 * {@code {"message": ..., "success": true, "data": ...}} unless it is {@link #bare bare}.
 *
 * @param message   the human-readable sentence of the envelope (null only when bare)
 * @param data      a response record serialised as {@code data}, or null for none
 * @param enveloped false for the few endpoints that keep the original's envelope-free shape
 */
public record ApiResponse(String message, Object data, boolean enveloped) {
    public ApiResponse {
        if (enveloped) {
            Objects.requireNonNull(message, "message");
        } else {
            Objects.requireNonNull(data, "data");
        }
    }

    public static ApiResponse ok(String message) {
        return new ApiResponse(message, null, true);
    }

    public static ApiResponse ok(String message, Object data) {
        return new ApiResponse(message, data, true);
    }

    /** Sent as-is without the envelope; only {@code GET /check} does this, as the original did. */
    public static ApiResponse bare(Object body) {
        return new ApiResponse(null, body, false);
    }
}
