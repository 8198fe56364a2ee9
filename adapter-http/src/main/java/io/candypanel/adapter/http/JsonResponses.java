package io.candypanel.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.RawContent;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

/** Writes every JSON answer of the API, with the headers all of them share. */
final class JsonResponses {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final ObjectMapper mapper;

    JsonResponses(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** Streams the body with Jackson straight into the response; the exchange must be blocking. */
    void write(HttpServerExchange exchange, ApiResponse response) {
        if (response.isRaw()) {
            writeRaw(exchange, response.raw());
            return;
        }
        Object body = response.enveloped() ? Envelope.success(response.message(), response.data()) : response.data();
        send(exchange, 200, body, Map.of());
    }

    /** A body that is not JSON, with the same no-store and nosniff headers as every other answer. */
    private static void writeRaw(HttpServerExchange exchange, RawContent raw) {
        prepare(exchange, 200, raw.headers());
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, raw.contentType());
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, raw.body().length);
        try (OutputStream out = exchange.getOutputStream()) {
            out.write(raw.body());
        } catch (IOException e) {
            throw new ResponseNotSentException(e);
        }
    }

    void writeError(HttpServerExchange exchange, ErrorResponse error) {
        send(exchange, error.status(), Envelope.failure(error.message(), error.code()), error.headers());
    }

    /** For callers that cannot block (the default response listener may run on an I/O thread). */
    void writeErrorAsync(HttpServerExchange exchange, ErrorResponse error) {
        prepare(exchange, error.status(), error.headers());
        String body;
        try {
            body = mapper.writeValueAsString(Envelope.failure(error.message(), error.code()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise an error envelope", e);
        }
        exchange.getResponseSender().send(body);
    }

    private void send(HttpServerExchange exchange, int status, Object body, Map<String, String> headers) {
        prepare(exchange, status, headers);
        try (OutputStream out = exchange.getOutputStream()) {
            mapper.writeValue(out, body);
        } catch (JsonProcessingException e) {
            // Our response records could not be serialised: a bug, not a vanished client.
            throw new IllegalStateException("could not serialise the response", e);
        } catch (IOException e) {
            throw new ResponseNotSentException(e);
        }
    }

    /**
     * Writing the response failed, nearly always because the client went away. Not a bug of ours and
     * nothing left to answer, so it is kept apart from the failures that become a 500.
     */
    static final class ResponseNotSentException extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        ResponseNotSentException(IOException cause) {
            super("the response could not be written", cause);
        }
    }

    private static void prepare(HttpServerExchange exchange, int status, Map<String, String> headers) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, CONTENT_TYPE);
        // Responses carry tokens, keys and configs: no cache may keep them.
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseHeaders().put(HttpString.tryFromString("X-Content-Type-Options"), "nosniff");
        headers.forEach((name, value) -> exchange.getResponseHeaders().put(HttpString.tryFromString(name), value));
    }
}
