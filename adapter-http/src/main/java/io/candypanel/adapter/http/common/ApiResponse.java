package io.candypanel.adapter.http.common;

import java.util.Objects;

/**
 * A successful answer. The server wraps it in the envelope
 * {@code {"message": ..., "success": true, "data": ...}} unless it is {@link #bare bare} or {@link #raw raw}.
 *
 * @param message   the human-readable sentence of the envelope (null only when bare or raw)
 * @param data      a response record serialised as {@code data}, or null for none
 * @param enveloped false for the few endpoints that keep the original's envelope-free shape, and for raw bodies
 * @param raw       a body that is not JSON (HTML, a file, an image, metrics text), or null
 * @param audit     what the audit log records about a successful change; null for answers that change nothing
 */
public record ApiResponse(String message, Object data, boolean enveloped, RawContent raw, AuditNote audit) {
    public ApiResponse {
        if (raw != null) {
            if (enveloped || message != null || data != null) {
                throw new IllegalArgumentException("a raw response has no envelope, message or data");
            }
        } else if (enveloped) {
            Objects.requireNonNull(message, "message");
        } else {
            Objects.requireNonNull(data, "data");
        }
    }

    public static ApiResponse ok(String message) {
        return new ApiResponse(message, null, true, null, null);
    }

    public static ApiResponse ok(String message, Object data) {
        return new ApiResponse(message, data, true, null, null);
    }

    /** Sent as-is without the envelope; only {@code GET /check} does this, as the original did. */
    public static ApiResponse bare(Object body) {
        return new ApiResponse(null, body, false, null, null);
    }

    /** A body that is not JSON at all. */
    public static ApiResponse raw(RawContent content) {
        return new ApiResponse(null, null, false, Objects.requireNonNull(content, "content"), null);
    }

    /** The same answer, with what the audit log should record about the change. */
    public ApiResponse audited(String target, String detail) {
        return new ApiResponse(message, data, enveloped, raw, new AuditNote(target, detail));
    }

    public boolean isRaw() {
        return raw != null;
    }
}
