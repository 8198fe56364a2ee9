package io.candypanel.adapter.http.openapi;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.RawContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.0.3 description of the whole API, a resource file kept
 * by hand next to the code. A test checks it against the route table both ways, so a route cannot
 * be added or removed without the document following. Public only so that the server package can route to it.
 */
public final class OpenApiHandlers {
    public static final String RESOURCE = "/io/candypanel/adapter/http/openapi/openapi.json";

    private final byte[] document;

    public OpenApiHandlers() {
        this.document = load();
    }

    public ApiResponse document(ApiRequest request) {
        return ApiResponse.raw(new RawContent("application/json; charset=utf-8", document.clone()));
    }

    /** Read once at construction: a missing document fails the start, not the first request. */
    private static byte[] load() {
        try (InputStream in = OpenApiHandlers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the OpenAPI document", e);
        }
    }
}
