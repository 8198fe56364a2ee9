package io.candypanel.adapter.http;

import java.util.Map;
import java.util.Objects;

/** What an error becomes on the wire: status, stable code, a sentence safe to show, and extra headers. */
record ErrorResponse(int status, String code, String message, Map<String, String> headers) {
    ErrorResponse {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        headers = Map.copyOf(headers);
    }

    ErrorResponse(int status, String code, String message) {
        this(status, code, message, Map.of());
    }
}
