package io.candypanel.adapter.http;

import io.candypanel.adapter.http.common.ApiHandler;
import io.candypanel.adapter.http.common.RequestRejectedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Routing by path template with JSON answers for the two ways a request can miss: an unknown path
 * (404) and a known path with another method (405 with {@code Allow}). Undertow's own routing handler
 * cannot name the allowed methods, which a 405 must.
 *
 * <p>A template is a path whose segments are literals or {@code {placeholders}}; a placeholder
 * matches exactly one non-empty segment (so it never spans a {@code /}) and its value reaches the
 * handler unvalidated. The template, never the raw path, names the route in metrics and logs, which
 * keeps their cardinality bounded and share tokens out of them.
 */
final class Router {
    static final String NOT_FOUND = "NOT_FOUND";
    static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";

    /** Who may call a route. */
    enum Access { PUBLIC, BEARER }

    record Route(String method, String template, Access access, boolean readsBody, ApiHandler handler) {
        Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(handler, "handler");
        }
    }

    /** A path that matched a template, with the placeholders' values; the method is not checked yet. */
    record Match(String template, Map<String, Route> byMethod, Map<String, String> params) {
    }

    private record Template(String template, String[] segments, Map<String, Route> byMethod) {
    }

    private final Map<String, Map<String, Route>> exact;
    private final List<Template> templates;
    private final List<Route> all;

    private Router(Map<String, Map<String, Route>> exact, List<Template> templates, List<Route> all) {
        this.exact = exact;
        this.templates = templates;
        this.all = all;
    }

    static Builder builder() {
        return new Builder();
    }

    /** Every route in registration order (the OpenAPI document is checked against this). */
    List<Route> routes() {
        return all;
    }

    Optional<Match> match(String path) {
        Map<String, Route> byMethod = exact.get(path);
        if (byMethod != null) {
            return Optional.of(new Match(path, byMethod, Map.of()));
        }
        String[] segments = path.split("/", -1);
        for (Template template : templates) {
            Map<String, String> params = bind(template.segments(), segments);
            if (params != null) {
                return Optional.of(new Match(template.template(), template.byMethod(), params));
            }
        }
        return Optional.empty();
    }

    Route resolve(Match match, String method) {
        Route route = match.byMethod().get(method);
        if (route == null) {
            String allowed = String.join(", ", match.byMethod().keySet());
            throw new RequestRejectedException(405, METHOD_NOT_ALLOWED,
                    "This path only accepts " + allowed + ".", Map.of("Allow", allowed));
        }
        return route;
    }

    static RequestRejectedException notFound() {
        return new RequestRejectedException(404, NOT_FOUND, "There is nothing at this path.");
    }

    private static Map<String, String> bind(String[] template, String[] path) {
        if (template.length != path.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            String name = placeholder(template[i]);
            if (name == null) {
                if (!template[i].equals(path[i])) {
                    return null;
                }
            } else if (path[i].isEmpty()) {
                return null;
            } else {
                params.put(name, path[i]);
            }
        }
        return params;
    }

    private static String placeholder(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}")
                ? segment.substring(1, segment.length() - 1) : null;
    }

    static final class Builder {
        private final Map<String, Map<String, Route>> routes = new LinkedHashMap<>();
        private final List<Route> all = new ArrayList<>();

        Builder get(String template, Access access, ApiHandler handler) {
            return add(new Route("GET", template, access, false, handler));
        }

        Builder post(String template, Access access, ApiHandler handler) {
            return add(new Route("POST", template, access, true, handler));
        }

        private Builder add(Route route) {
            if (!route.template().startsWith("/")) {
                throw new IllegalArgumentException("a route template starts with '/': " + route.template());
            }
            Route previous = routes.computeIfAbsent(route.template(), p -> new LinkedHashMap<>()).putIfAbsent(route.method(), route);
            if (previous != null) {
                throw new IllegalStateException(route.method() + " " + route.template() + " is routed twice");
            }
            all.add(route);
            return this;
        }

        Router build() {
            Map<String, Map<String, Route>> exact = new LinkedHashMap<>();
            List<Template> templates = new ArrayList<>();
            routes.forEach((template, byMethod) -> {
                Map<String, Route> frozen = Map.copyOf(byMethod);
                String[] segments = template.split("/", -1);
                boolean literal = true;
                for (String segment : segments) {
                    literal &= placeholder(segment) == null;
                }
                if (literal) {
                    exact.put(template, frozen);
                } else {
                    templates.add(new Template(template, segments, frozen));
                }
            });
            return new Router(Map.copyOf(exact), List.copyOf(templates), List.copyOf(all));
        }
    }
}
