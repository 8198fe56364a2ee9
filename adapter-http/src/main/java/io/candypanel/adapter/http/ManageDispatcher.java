package io.candypanel.adapter.http;

import io.candypanel.adapter.http.common.ApiHandler;
import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.adapter.http.common.RequestRejectedException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code POST /api/manage}: {@code {resource, action, data}} picks the handler. The handler gets the
 * action's fields whether the caller nested them in {@code data} or sent them flat (the original's
 * own front end does), nested winning per field. After a state-changing action succeeds, the
 * dispatcher records it in the audit log as {@code <resource>.<action>}.
 */
final class ManageDispatcher implements ApiHandler {
    static final String UNKNOWN_RESOURCE = "UNKNOWN_RESOURCE";
    static final String UNKNOWN_ACTION = "UNKNOWN_ACTION";
    private static final Set<String> ENVELOPE_FIELDS = Set.of("resource", "action", "data");

    private record Action(ApiHandler handler, boolean changesState) {
    }

    private final Map<String, Map<String, Action>> handlers;
    private final AuditTrail audit;

    private ManageDispatcher(Map<String, Map<String, Action>> handlers, AuditTrail audit) {
        this.handlers = handlers;
        this.audit = audit;
    }

    static Builder builder(AuditTrail audit) {
        return new Builder(audit);
    }

    /** Resource to its actions, in registration order (the OpenAPI document is checked against this). */
    Map<String, Set<String>> actions() {
        Map<String, Set<String>> actions = new LinkedHashMap<>();
        handlers.forEach((resource, byAction) -> actions.put(resource, Collections.unmodifiableSet(byAction.keySet())));
        return Collections.unmodifiableMap(actions);
    }

    /** {@code <resource>.<action>} of the actions that are audited. */
    Set<String> auditedActions() {
        Set<String> audited = new LinkedHashSet<>();
        handlers.forEach((resource, byAction) -> byAction.forEach((action, entry) -> {
            if (entry.changesState()) {
                audited.add(resource + "." + action);
            }
        }));
        return audited;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        JsonFields body = request.fields();
        String resource = body.string("resource").orElse(null);
        String action = body.string("action").orElse(null);
        if (resource == null || action == null) {
            throw RequestRejectedException.badRequest("Missing 'resource' or 'action' in request body.");
        }
        Map<String, Action> actions = handlers.get(resource);
        if (actions == null) {
            throw new RequestRejectedException(404, UNKNOWN_RESOURCE, "Unknown resource type: '" + JsonFields.printable(resource) + "'.");
        }
        Action entry = actions.get(action);
        if (entry == null) {
            throw new RequestRejectedException(404, UNKNOWN_ACTION,
                    "Invalid action '" + JsonFields.printable(action) + "' for " + resource + " resource.");
        }
        ApiResponse response = entry.handler().handle(request.withFields(body.overlaidWith("data", ENVELOPE_FIELDS)));
        if (entry.changesState()) {
            audit.record(request.caller().principal(), resource + "." + action, response.audit());
        }
        return response;
    }

    static final class Builder {
        private final Map<String, Map<String, Action>> handlers = new LinkedHashMap<>();
        private final AuditTrail audit;

        private Builder(AuditTrail audit) {
            this.audit = Objects.requireNonNull(audit, "audit");
        }

        /** An action that only reads. */
        Builder on(String resource, String action, ApiHandler handler) {
            return add(resource, action, new Action(handler, false));
        }

        /** An action that changes state: recorded in the audit log when it succeeds. */
        Builder change(String resource, String action, ApiHandler handler) {
            return add(resource, action, new Action(handler, true));
        }

        private Builder add(String resource, String action, Action entry) {
            if (handlers.computeIfAbsent(resource, r -> new LinkedHashMap<>()).putIfAbsent(action, entry) != null) {
                throw new IllegalStateException(resource + "/" + action + " is routed twice");
            }
            return this;
        }

        ManageDispatcher build() {
            Map<String, Map<String, Action>> frozen = new LinkedHashMap<>();
            handlers.forEach((resource, actions) -> frozen.put(resource, Collections.unmodifiableMap(new LinkedHashMap<>(actions))));
            return new ManageDispatcher(Collections.unmodifiableMap(frozen), audit);
        }
    }
}
