package io.candypanel.adapter.http.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.application.port.in.auth.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiRequestTest {
    private static final Caller NOBODY = new Caller() {
        @Override
        public Principal principal() {
            throw RequestRejectedException.unauthenticated("no bearer");
        }

        @Override
        public String bearerToken() {
            throw RequestRejectedException.unauthenticated("no bearer");
        }
    };

    private static ApiRequest withHeaders(Map<String, String> headers) {
        return new ApiRequest(JsonFields.empty(), true, "127.0.0.1", Map.of(), NOBODY, Map.of(), headers);
    }

    @Test
    void aReadableHeaderIsFoundWhateverTheCaseOfItsName() {
        ApiRequest request = withHeaders(Map.of("Accept-Language", "fa-IR,fa;q=0.9"));
        assertEquals(Optional.of("fa-IR,fa;q=0.9"), request.header("accept-language"));
        assertEquals(Optional.of("fa-IR,fa;q=0.9"), request.header("ACCEPT-LANGUAGE"));
    }

    @Test
    void credentialsNeverReachAHandlerEvenWhenPassedIn() {
        ApiRequest request = withHeaders(Map.of("Authorization", "Bearer secret", "Cookie", "s=1", "Accept-Language", "en"));
        assertEquals(Optional.empty(), request.header("Authorization"));
        assertEquals(Optional.empty(), request.header("Cookie"));
        assertEquals(List.of("accept-language"), List.copyOf(request.headers().keySet()));
        assertFalse(request.toString().contains("secret"));
    }

    @Test
    void headersSurviveReplacingTheFields() {
        ApiRequest request = withHeaders(Map.of("Accept-Language", "fa")).withFields(JsonFields.empty());
        assertEquals(Optional.of("fa"), request.header("Accept-Language"));
    }

    @Test
    void aRepeatedQueryParameterIsRefused() {
        ApiRequest request = new ApiRequest(JsonFields.empty(), true, "127.0.0.1", Map.of(), NOBODY,
                Map.of("lang", List.of("fa", "en")));
        assertThrows(RequestRejectedException.class, () -> request.queryParam("lang"));
    }
}
