package io.candypanel.adapter.http.common;

import java.util.Objects;

/**
 * A request as a handler sees it.
 *
 * @param fields       the JSON object of the body (empty for requests without one)
 * @param fromLoopback whether the TCP peer is a loopback address; deliberately not derived from
 *                     {@code X-Forwarded-For}, which any caller can set
 */
public record ApiRequest(JsonFields fields, boolean fromLoopback) {
    public ApiRequest {
        Objects.requireNonNull(fields, "fields");
    }

    public ApiRequest withFields(JsonFields replacement) {
        return new ApiRequest(replacement, fromLoopback);
    }
}
