package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.http.Router.Access;
import io.candypanel.adapter.http.common.ApiHandler;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.RequestRejectedException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouterTest {
    private static final ApiHandler OK = request -> ApiResponse.ok("ok");

    private final Router router = Router.builder()
            .get("/check", Access.PUBLIC, OK)
            .post("/api/manage", Access.BEARER, OK)
            .get("/s/{token}", Access.PUBLIC, OK)
            .get("/s/{token}/qr.png", Access.PUBLIC, OK)
            .get("/api/clients/{name}/qr.png", Access.BEARER, OK)
            .build();

    @Test
    void literalPathsMatchExactly() {
        assertEquals("/check", router.match("/check").orElseThrow().template());
        assertTrue(router.match("/check/").isEmpty());
        assertTrue(router.match("/CHECK").isEmpty());
    }

    @Test
    void aPlaceholderBindsOneSegment() {
        Router.Match match = router.match("/s/abc").orElseThrow();
        assertEquals("/s/{token}", match.template());
        assertEquals(Map.of("token", "abc"), match.params());
        assertEquals(Map.of("token", "abc"), router.match("/s/abc/qr.png").orElseThrow().params());
        assertEquals(Map.of("name", "alice"), router.match("/api/clients/alice/qr.png").orElseThrow().params());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/s/", "/s", "/s//qr.png", "/s/a/b", "/s/a/qr.PNG", "/s/a/qr.png/", "/api/clients//qr.png",
            "/api/clients/a/b/qr.png", "/x/s/abc"})
    void emptyOrExtraSegmentsDoNotMatch(String path) {
        assertTrue(router.match(path).isEmpty(), path);
    }

    @Test
    void aKnownPathWithAnotherMethodIs405NamingTheAllowedOnes() {
        RequestRejectedException e = assertThrows(RequestRejectedException.class,
                () -> router.resolve(router.match("/s/abc").orElseThrow(), "POST"));
        assertEquals(405, e.status());
        assertEquals("GET", e.headers().get("Allow"));
    }

    @Test
    void routesAreListedInRegistrationOrder() {
        assertEquals(5, router.routes().size());
        assertEquals("/check", router.routes().get(0).template());
        assertEquals("POST", router.routes().get(1).method());
    }

    @Test
    void aRouteCannotBeRegisteredTwice() {
        assertThrows(IllegalStateException.class, () -> Router.builder().get("/s/{t}", Access.PUBLIC, OK).get("/s/{t}", Access.PUBLIC, OK));
        assertThrows(IllegalArgumentException.class, () -> Router.builder().get("check", Access.PUBLIC, OK));
    }
}
