package io.candypanel.adapter.http;

import io.candypanel.adapter.http.common.ApiHandler;
import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.adapter.http.common.RequestRejectedException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/manage}: {@code {resource, action, data}} picks the handler. The handler gets the
 * action's fields whether the caller nested them in {@code data} or sent them flat (the original's
 * own front end does), nested winning per field.
 */
final class ManageDispatcher implements ApiHandler {
    static final String UNKNOWN_RESOURCE = "UNKNOWN_RESOURCE";
    static final String UNKNOWN_ACTION = "UNKNOWN_ACTION";
    private static final Set<String> ENVELOPE_FIELDS = Set.of("resource", "action", "data");

    private final Map<String, Map<String, ApiHandler>> handlers;

    private ManageDispatcher(Map<String, Map<String, ApiHandler>> handlers) {
        this.handlers = handlers;
    }

    static Builder builder() {
        return new Builder();
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        JsonFields body = request.fields();
        String resource = body.string("resource").orElse(null);
        String action = body.string("action").orElse(null);
        if (resource == null || action == null) {
            throw RequestRejectedException.badRequest("Missing 'resource' or 'action' in request body.");
        }
        Map<String, ApiHandler> actions = handlers.get(resource);
        if (actions == null) {
            throw new RequestRejectedException(404, UNKNOWN_RESOURCE, "Unknown resource type: '" + JsonFields.printable(resource) + "'.");
        }
        ApiHandler handler = actions.get(action);
        if (handler == null) {
            throw new RequestRejectedException(404, UNKNOWN_ACTION,
                    "Invalid action '" + JsonFields.printable(action) + "' for " + resource + " resource.");
        }
        return handler.handle(request.withFields(body.overlaidWith("data", ENVELOPE_FIELDS)));
    }

    static final class Builder {
        private final Map<String, Map<String, ApiHandler>> handlers = new LinkedHashMap<>();

        Builder on(String resource, String action, ApiHandler handler) {
            if (handlers.computeIfAbsent(resource, r -> new LinkedHashMap<>()).putIfAbsent(action, handler) != null) {
                throw new IllegalStateException(resource + "/" + action + " is routed twice");
            }
            return this;
        }

        ManageDispatcher build() {
            Map<String, Map<String, ApiHandler>> frozen = new LinkedHashMap<>();
            handlers.forEach((resource, actions) -> frozen.put(resource, Map.copyOf(actions)));
            return new ManageDispatcher(Map.copyOf(frozen));
        }
    }
}
