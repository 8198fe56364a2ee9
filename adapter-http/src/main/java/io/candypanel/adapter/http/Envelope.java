package io.candypanel.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The API envelope {@code {"message", "success", "data"?, "code"?}}: {@code data} only when there is
 * some, {@code code} only on errors.
 */
record Envelope(String message, boolean success, @JsonInclude(JsonInclude.Include.NON_NULL) Object data,
                @JsonInclude(JsonInclude.Include.NON_NULL) String code) {

    static Envelope success(String message, Object data) {
        return new Envelope(message, true, data, null);
    }

    static Envelope failure(String message, String code) {
        return new Envelope(message, false, null, code);
    }
}
