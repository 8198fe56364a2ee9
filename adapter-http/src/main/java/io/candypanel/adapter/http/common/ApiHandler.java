package io.candypanel.adapter.http.common;

/**
 * One endpoint or one {@code /api/manage} action. Handlers see parsed JSON fields and return what
 * to send; they never touch Undertow, so the server decides threads, limits, envelopes and errors
 * in one place. Failures are thrown (domain exceptions or {@link RequestRejectedException}).
 */
@FunctionalInterface
public interface ApiHandler {
    ApiResponse handle(ApiRequest request);
}
