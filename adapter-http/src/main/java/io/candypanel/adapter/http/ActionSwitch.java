package io.candypanel.adapter.http;

import io.candypanel.adapter.http.common.ApiHandler;
import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.adapter.http.common.RequestRejectedException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code POST /api/auth}: picks the handler by the body's {@code action}. Unlike {@code /api/manage},
 * a missing or unknown action here is a 400, with the original's messages. Actions that change the
 * admin's credentials are recorded in the audit log as {@code <resource>.<action>} when they succeed.
 */
final class ActionSwitch implements ApiHandler {
    static final String UNKNOWN_ACTION = "UNKNOWN_ACTION";

    private record Action(ApiHandler handler, boolean changesState) {
    }

    private final String resource;
    private final Map<String, Action> actions;
    private final AuditTrail audit;

    private ActionSwitch(String resource, Map<String, Action> actions, AuditTrail audit) {
        this.resource = resource;
        this.actions = actions;
        this.audit = audit;
    }

    /** @param resource the audit log's name for this endpoint's actions, e.g. {@code auth} */
    static Builder builder(String resource, AuditTrail audit) {
        return new Builder(resource, audit);
    }

    /** The actions, in registration order (the OpenAPI document is checked against this). */
    Set<String> actions() {
        return Collections.unmodifiableSet(actions.keySet());
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String action = request.fields().string("action")
                .orElseThrow(() -> RequestRejectedException.badRequest("Missing 'action' in request body."));
        Action entry = actions.get(action);
        if (entry == null) {
            throw new RequestRejectedException(400, UNKNOWN_ACTION, "Invalid action specified. Must be "
                    + alternatives() + "; got '" + JsonFields.printable(action) + "'.");
        }
        ApiResponse response = entry.handler().handle(request);
        if (entry.changesState()) {
            // Such actions authenticate the caller themselves, so the principal is known by now.
            audit.record(request.caller().principal(), resource + "." + action, response.audit());
        }
        return response;
    }

    /** {@code 'login', 'install' or 'logout'}, in the order the routes list them. */
    private String alternatives() {
        List<String> quoted = actions.keySet().stream().map(a -> "'" + a + "'").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

    static final class Builder {
        private final String resource;
        private final AuditTrail audit;
        private final Map<String, Action> actions = new LinkedHashMap<>();

        private Builder(String resource, AuditTrail audit) {
            this.resource = Objects.requireNonNull(resource, "resource");
            this.audit = Objects.requireNonNull(audit, "audit");
        }

        Builder on(String action, ApiHandler handler) {
            return add(action, new Action(handler, false));
        }

        /** An action by an authenticated caller that changes state: audited when it succeeds. */
        Builder change(String action, ApiHandler handler) {
            return add(action, new Action(handler, true));
        }

        private Builder add(String action, Action entry) {
            if (actions.putIfAbsent(action, entry) != null) {
                throw new IllegalStateException("action " + action + " is routed twice");
            }
            return this;
        }

        ActionSwitch build() {
            return new ActionSwitch(resource, Collections.unmodifiableMap(new LinkedHashMap<>(actions)), audit);
        }
    }
}
