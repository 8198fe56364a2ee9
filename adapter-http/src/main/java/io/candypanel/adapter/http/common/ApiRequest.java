package io.candypanel.adapter.http.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * @param headers       the few request headers a handler may read ({@link #READABLE_HEADERS}), by lower-case name;
 *                      never {@code Authorization} or cookies, so nothing secret can leak through a handler
 */
public record ApiRequest(JsonFields fields, boolean fromLoopback, String remoteAddress, Map<String, String> pathParams,
                         Caller caller, Map<String, List<String>> queryParams, Map<String, String> headers) {
    /** The headers passed on to handlers: only what a handler has a use for. */
    public static final List<String> READABLE_HEADERS = List.of("accept-language");

    public ApiRequest {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        pathParams = Map.copyOf(pathParams);
        Objects.requireNonNull(caller, "caller");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        queryParams.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        queryParams = Collections.unmodifiableMap(copy);
        Map<String, String> readable = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (READABLE_HEADERS.contains(lower)) {
                readable.put(lower, value);
            }
        });
        headers = Collections.unmodifiableMap(readable);
    }

    /** A request with a query string and no readable header. */
    public ApiRequest(JsonFields fields, boolean fromLoopback, String remoteAddress, Map<String, String> pathParams,
                      Caller caller, Map<String, List<String>> queryParams) {
        this(fields, fromLoopback, remoteAddress, pathParams, caller, queryParams, Map.of());
    }

    /** A request without a query string. */
    public ApiRequest(JsonFields fields, boolean fromLoopback, String remoteAddress, Map<String, String> pathParams,
                      Caller caller) {
        this(fields, fromLoopback, remoteAddress, pathParams, caller, Map.of(), Map.of());
    }

    public ApiRequest withFields(JsonFields replacement) {
        return new ApiRequest(replacement, fromLoopback, remoteAddress, pathParams, caller, queryParams, headers);
    }

    /**
     * The one value of a query parameter, percent-decoded and unvalidated; empty when absent. A
     * parameter given twice is refused (400): which one would win is anybody's guess.
     */
    public Optional<String> queryParam(String name) {
        List<String> values = queryParams.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw RequestRejectedException.badRequest("The query parameter '" + name + "' is given more than once.");
        }
        return values.stream().findFirst();
    }

    /** A readable header's value (the first, if sent twice), by case-insensitive name; empty when absent. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
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
