package io.candypanel.adapter.http;

import io.undertow.server.DefaultResponseListener;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety net under {@link ApiExchangeHandler}: if an exchange ever ends with an error status and
 * no body (an {@code Error} escaping a handler, Undertow refusing something itself), the caller still
 * gets the JSON envelope rather than an empty or HTML page.
 */
final class JsonDefaultResponses implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(JsonDefaultResponses.class);

    private final HttpHandler next;
    private final JsonResponses responses;

    JsonDefaultResponses(HttpHandler next, JsonResponses responses) {
        this.next = Objects.requireNonNull(next, "next");
        this.responses = Objects.requireNonNull(responses, "responses");
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addDefaultResponseListener(this::respond);
        next.handleRequest(exchange);
    }

    private boolean respond(HttpServerExchange exchange) {
        if (!exchange.isResponseChannelAvailable() || exchange.getStatusCode() < 400) {
            return false;
        }
        Throwable cause = exchange.getAttachment(DefaultResponseListener.EXCEPTION);
        if (cause != null) {
            LOG.error("Request {} failed outside the API handler", ApiExchangeHandler.describe(exchange), cause);
        }
        responses.writeErrorAsync(exchange, HttpErrorMapping.forBareStatus(exchange.getStatusCode()));
        return true;
    }
}
