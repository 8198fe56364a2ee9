package io.candypanel.adapter.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.adapter.http.common.RequestRejectedException;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.server.protocol.http.HttpContinue;
import io.undertow.util.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a request body as one JSON object, refusing more than {@link #MAX_BODY_BYTES}. The limit is
 * counted while reading, so a missing or lying {@code Content-Length} (chunked uploads) cannot get
 * past it; a declared length over the limit is refused before reading anything.
 */
final class JsonBodies {
    static final int MAX_BODY_BYTES = 1024 * 1024;
    static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    static final String TOO_LARGE_MESSAGE = "The request body is larger than the limit of 1 MiB.";
    static final String NOT_AN_OBJECT = "The request body must be a JSON object.";
    static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";

    private final ObjectMapper mapper;

    JsonBodies(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** Must run on a worker thread with the exchange in blocking mode. */
    JsonFields read(HttpServerExchange exchange) {
        checkContentType(exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE));
        if (exchange.getRequestContentLength() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        if (HttpContinue.requiresContinueResponse(exchange)) {
            // Undertow's core leaves "Expect: 100-continue" to the application; a client that waits
            // for the go-ahead would otherwise stall until its own timeout before sending the body.
            try {
                HttpContinue.sendContinueResponseBlocking(exchange);
            } catch (IOException e) {
                throw RequestRejectedException.badRequest("The request body could not be read completely.");
            }
        }
        byte[] body = readAtMostLimit(exchange.getInputStream());
        return parse(body);
    }

    JsonFields parse(byte[] body) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            // Jackson's message can quote the input; say only where it broke.
            JsonLocation where = e.getLocation();
            String position = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
            throw RequestRejectedException.badRequest("The request body is not valid JSON" + position + ".");
        } catch (IOException e) {
            throw RequestRejectedException.badRequest("The request body is not valid JSON.");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw RequestRejectedException.badRequest(NOT_AN_OBJECT);
        }
        return new JsonFields(object);
    }

    /**
     * A body declared as something other than JSON (a form post, XML, plain text) is refused before it
     * is read: parsing it as JSON anyway would be guessing. No {@code Content-Type} at all is accepted,
     * as scripts often send none.
     */
    static void checkContentType(String contentType) {
        if (contentType == null) {
            return;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        boolean json = mediaType.equals("application/json")
                || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
        if (!json) {
            throw new RequestRejectedException(415, UNSUPPORTED_MEDIA_TYPE,
                    "The request body must be JSON, sent with 'Content-Type: application/json'.");
        }
    }

    private static byte[] readAtMostLimit(InputStream in) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (body.size() + read > MAX_BODY_BYTES) {
                    // Stop here; Undertow drains the rest after the response (up to its own cap,
                    // see HttpServer), so an honest client still reads the 413.
                    throw tooLarge();
                }
                body.write(buffer, 0, read);
            }
        } catch (RequestTooBigException e) {
            throw tooLarge();
        } catch (IOException e) {
            throw RequestRejectedException.badRequest("The request body could not be read completely.");
        }
        return body.toByteArray();
    }

    private static RequestRejectedException tooLarge() {
        return new RequestRejectedException(413, PAYLOAD_TOO_LARGE, TOO_LARGE_MESSAGE);
    }
}
