package io.candypanel.adapter.http;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.JsonFields;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.protocol.http.HttpContinue;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one exchange into one {@link ApiRequest} and back: route, authenticate, read the body, call
 * the handler, write the answer, and map any failure through {@link HttpErrorMapping}. Runs on a
 * worker thread in blocking mode (it sits behind a {@code BlockingHandler}): use cases may touch the
 * database and the WireGuard tools, which must never stall an I/O thread.
 */
final class ApiExchangeHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExchangeHandler.class);

    /** The template of the matched route, for metrics and logs; absent when no route matched. */
    static final AttachmentKey<String> ROUTE_TEMPLATE = AttachmentKey.create(String.class);
    /** The label used for requests that matched no route. */
    static final String UNMATCHED = "unmatched";

    private final Router router;
    private final BearerAuthenticator authenticator;
    private final JsonBodies bodies;
    private final JsonResponses responses;
    private final HttpErrorMapping errors;

    ApiExchangeHandler(Router router, BearerAuthenticator authenticator, JsonBodies bodies, JsonResponses responses,
                       HttpErrorMapping errors) {
        this.router = Objects.requireNonNull(router, "router");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.responses = Objects.requireNonNull(responses, "responses");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        try {
            Router.Match match = router.match(exchange.getRequestPath()).orElseThrow(Router::notFound);
            exchange.putAttachment(ROUTE_TEMPLATE, match.template());
            Router.Route route = router.resolve(match, exchange.getRequestMethod().toString());
            BearerCaller caller = new BearerCaller(authenticator, exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
            if (route.access() == Router.Access.BEARER) {
                caller.principal();
            }
            JsonFields fields = route.readsBody() ? bodies.read(exchange) : JsonFields.empty();
            InetSocketAddress peer = exchange.getSourceAddress();
            ApiResponse response = route.handler().handle(
                    new ApiRequest(fields, isLoopback(peer), remoteAddress(peer), match.params(), caller,
                            queryParams(exchange), readableHeaders(exchange)));
            responses.write(exchange, response);
        } catch (JsonResponses.ResponseNotSentException e) {
            abandon(exchange, e);
        } catch (RuntimeException e) {
            fail(exchange, e);
        }
    }

    /** Undertow's decoded query parameters, each with its values in order. */
    private static Map<String, List<String>> queryParams(HttpServerExchange exchange) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        exchange.getQueryParameters().forEach((name, values) -> params.put(name, new ArrayList<>(values)));
        return params;
    }

    /** Only the headers handlers may read (never Authorization or cookies); the first value of each. */
    private static Map<String, String> readableHeaders(HttpServerExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : ApiRequest.READABLE_HEADERS) {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    /** How logs name the request: the route's template, so that tokens in paths never reach a log line. */
    static String describe(HttpServerExchange exchange) {
        String template = exchange.getAttachment(ROUTE_TEMPLATE);
        return exchange.getRequestMethod() + " " + (template != null ? template : JsonFields.printable(exchange.getRequestPath()));
    }

    private void fail(HttpServerExchange exchange, RuntimeException error) {
        if (exchange.isResponseStarted()) {
            // Part of a streamed body is already out; a second status line is impossible, so cut the
            // connection and let the client see a truncated response rather than a well-formed lie.
            LOG.error("Failed while writing the response to {}", describe(exchange), error);
            close(exchange);
            return;
        }
        ErrorResponse response = errors.map(error);
        LOG.debug("{} -> {} {}", describe(exchange), response.status(), response.code());
        if (HttpContinue.requiresContinueResponse(exchange)) {
            // Refused before asking for the body of an "Expect: 100-continue" request: the client will
            // not send it, so the connection cannot carry another request; say so (RFC 9110, 10.1.1).
            exchange.setPersistent(false);
        }
        // Otherwise a refused body (a 413 too) leaves the connection open on purpose: Undertow drains the
        // unread rest after the response (up to HttpServer.DRAIN_LIMIT_BYTES), so a client still sending
        // reads the answer instead of a connection reset.
        try {
            responses.writeError(exchange, response);
        } catch (JsonResponses.ResponseNotSentException e) {
            abandon(exchange, e);
        }
    }

    /** The client is gone (or its connection broke): nobody is left to answer. */
    private static void abandon(HttpServerExchange exchange, JsonResponses.ResponseNotSentException e) {
        LOG.debug("Could not answer {}: {}", describe(exchange), e.getCause().toString());
        close(exchange);
    }

    private static void close(HttpServerExchange exchange) {
        exchange.setPersistent(false);
        try {
            exchange.getConnection().close();
        } catch (IOException closeFailed) {
            LOG.debug("Closing the connection failed too", closeFailed);
        }
    }

    /** The TCP peer's address as text, for the per-address login limit; never from {@code X-Forwarded-For}. */
    static String remoteAddress(InetSocketAddress peer) {
        if (peer == null) {
            return "unknown";
        }
        InetAddress address = peer.getAddress();
        return address == null ? "unknown" : address.getHostAddress();
    }

    /** The TCP peer only: a proxy header would let any remote caller claim to be local. */
    static boolean isLoopback(InetSocketAddress peer) {
        if (peer == null) {
            return false;
        }
        InetAddress address = peer.getAddress();
        return address != null && address.isLoopbackAddress();
    }
}
