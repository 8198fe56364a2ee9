package io.candypanel.adapter.http.common;

import java.util.Map;
import java.util.Objects;

/**
 * A request as a handler sees it.
 *
 * @param fields        the JSON object of the body (empty for requests without one)
 * @param fromLoopback  whether the TCP peer is a loopback address; deliberately not derived from
 *                      {@code X-Forwarded-For}, which any caller can set
 * @param remoteAddress the TCP peer's address (never a proxy header), for per-address limits
 * @param pathParams    the values of the route template's {@code {placeholders}}, percent-decoded, unvalidated
 * @param caller        who is calling, resolved on demand
 */
public record ApiRequest(JsonFields fields, boolean fromLoopback, String remoteAddress, Map<String, String> pathParams,
                         Caller caller) {
    public ApiRequest {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        pathParams = Map.copyOf(pathParams);
        Objects.requireNonNull(caller, "caller");
    }

    public ApiRequest withFields(JsonFields replacement) {
        return new ApiRequest(replacement, fromLoopback, remoteAddress, pathParams, caller);
    }

    /** The value of a placeholder of the route's template; a route without it is a wiring bug. */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("the route has no path parameter '" + name + "'");
        }
        return value;
    }

    @Override
    public String toString() {
        // Path parameters may be share tokens; the caller holds a bearer token. Neither belongs in a log.
        return "ApiRequest[" + fields + ", from " + remoteAddress + "]";
    }
}
