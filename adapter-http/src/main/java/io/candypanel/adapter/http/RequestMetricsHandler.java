package io.candypanel.adapter.http;

import io.candypanel.adapter.http.metrics.RequestMetrics;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Objects;

/**
 * The outermost handler: times every exchange and counts it under its route template once it is
 * complete, whoever wrote the answer (the API handler or the JSON default-response net).
 */
final class RequestMetricsHandler implements HttpHandler {
    private final HttpHandler next;
    private final RequestMetrics metrics;

    RequestMetricsHandler(HttpHandler next, RequestMetrics metrics) {
        this.next = Objects.requireNonNull(next, "next");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        long started = System.nanoTime();
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            try {
                String route = done.getAttachment(ApiExchangeHandler.ROUTE_TEMPLATE);
                metrics.record(done.getRequestMethod().toString(), route != null ? route : ApiExchangeHandler.UNMATCHED,
                        done.getStatusCode(), System.nanoTime() - started);
            } finally {
                nextListener.proceed();
            }
        });
        next.handleRequest(exchange);
    }
}
