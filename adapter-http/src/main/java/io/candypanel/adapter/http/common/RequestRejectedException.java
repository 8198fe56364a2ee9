package io.candypanel.adapter.http.common;

import java.util.Map;
import java.util.Objects;

/**
 * The HTTP adapter refuses a request before (or instead of) reaching a use case: unparseable or
 * ill-typed input, no credentials, an unknown path or action, a body too large. Domain failures
 * keep their own exception types; this one is only for what the adapter itself decides.
 */
public final class RequestRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";

    private final int status;
    private final String code;
    private final transient Map<String, String> headers;

    public RequestRejectedException(int status, String code, String message, Map<String, String> headers) {
        // No stack trace: these are expected outcomes of bad input, thrown often and never logged as errors.
        super(Objects.requireNonNull(message, "message"), null, false, false);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a rejected request is a 4xx, got " + status);
        }
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.headers = Map.copyOf(headers);
    }

    public RequestRejectedException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public static RequestRejectedException badRequest(String message) {
        return new RequestRejectedException(400, VALIDATION_FAILED, message);
    }

    public static RequestRejectedException unauthenticated(String message) {
        return new RequestRejectedException(401, UNAUTHENTICATED, message, Map.of("WWW-Authenticate", "Bearer"));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Extra response headers the status needs ({@code Allow} for 405, {@code WWW-Authenticate} for 401). */
    public Map<String, String> headers() {
        return headers;
    }
}
