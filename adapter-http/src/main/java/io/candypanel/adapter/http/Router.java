package io.candypanel.adapter.http;

import io.candypanel.adapter.http.common.ApiHandler;
import io.candypanel.adapter.http.common.RequestRejectedException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Exact-path routing with JSON answers for the two ways a request can miss: an unknown path (404)
 * and a known path with another method (405 with {@code Allow}). Undertow's own routing handler
 * cannot name the allowed methods, which a 405 must.
 */
final class Router {
    static final String NOT_FOUND = "NOT_FOUND";
    static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";

    /** Who may call a route. */
    enum Access { PUBLIC, BEARER }

    record Route(Access access, boolean readsBody, ApiHandler handler) {
        Route {
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(handler, "handler");
        }
    }

    private final Map<String, Map<String, Route>> routes;

    private Router(Map<String, Map<String, Route>> routes) {
        this.routes = routes;
    }

    static Builder builder() {
        return new Builder();
    }

    Route resolve(String method, String path) {
        Map<String, Route> byMethod = routes.get(path);
        if (byMethod == null) {
            throw new RequestRejectedException(404, NOT_FOUND, "There is nothing at this path.");
        }
        Route route = byMethod.get(method);
        if (route == null) {
            String allowed = String.join(", ", byMethod.keySet());
            throw new RequestRejectedException(405, METHOD_NOT_ALLOWED,
                    "This path only accepts " + allowed + ".", Map.of("Allow", allowed));
        }
        return route;
    }

    static final class Builder {
        private final Map<String, Map<String, Route>> routes = new LinkedHashMap<>();

        Builder get(String path, Access access, ApiHandler handler) {
            return add("GET", path, new Route(access, false, handler));
        }

        Builder post(String path, Access access, ApiHandler handler) {
            return add("POST", path, new Route(access, true, handler));
        }

        private Builder add(String method, String path, Route route) {
            Route previous = routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).putIfAbsent(method, route);
            if (previous != null) {
                throw new IllegalStateException(method + " " + path + " is routed twice");
            }
            return this;
        }

        Router build() {
            Map<String, Map<String, Route>> frozen = new LinkedHashMap<>();
            routes.forEach((path, byMethod) -> frozen.put(path, Map.copyOf(byMethod)));
            return new Router(Map.copyOf(frozen));
        }
    }
}
