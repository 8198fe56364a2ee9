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

/**
 * {@code POST /api/auth}: picks the handler by the body's {@code action}. Unlike {@code /api/manage},
 * a missing or unknown action here is a 400, with the original's messages.
 */
final class ActionSwitch implements ApiHandler {
    static final String UNKNOWN_ACTION = "UNKNOWN_ACTION";

    private final Map<String, ApiHandler> actions;

    private ActionSwitch(Map<String, ApiHandler> actions) {
        this.actions = actions;
    }

    static Builder builder() {
        return new Builder();
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String action = request.fields().string("action")
                .orElseThrow(() -> RequestRejectedException.badRequest("Missing 'action' in request body."));
        ApiHandler handler = actions.get(action);
        if (handler == null) {
            throw new RequestRejectedException(400, UNKNOWN_ACTION, "Invalid action specified. Must be "
                    + alternatives() + "; got '" + JsonFields.printable(action) + "'.");
        }
        return handler.handle(request);
    }

    /** {@code 'login' or 'install'}, in the order the routes list them. */
    private String alternatives() {
        List<String> quoted = actions.keySet().stream().map(a -> "'" + a + "'").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

    static final class Builder {
        private final Map<String, ApiHandler> actions = new LinkedHashMap<>();

        Builder on(String action, ApiHandler handler) {
            if (actions.putIfAbsent(action, handler) != null) {
                throw new IllegalStateException("action " + action + " is routed twice");
            }
            return this;
        }

        ActionSwitch build() {
            return new ActionSwitch(Collections.unmodifiableMap(new LinkedHashMap<>(actions)));
        }
    }
}
