package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import io.candypanel.adapter.http.common.RequestRejectedException;
import io.candypanel.application.port.in.auth.AuthenticateUseCase;
import io.candypanel.application.port.in.auth.Principal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BearerAuthenticatorTest {
    private static final Principal ADMIN = new Principal(Principal.Kind.ADMIN_SESSION, "admin");

    private final AuthenticateUseCase useCase = mock(AuthenticateUseCase.class);
    private final BearerAuthenticator authenticator = new BearerAuthenticator(useCase);

    private void assertUnauthenticated(String header, String message) {
        RequestRejectedException e = assertThrows(RequestRejectedException.class, () -> authenticator.authenticate(header));
        assertEquals(401, e.status());
        assertEquals("UNAUTHENTICATED", e.code());
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer tok-123", "bearer tok-123", "BEARER tok-123", "  Bearer   tok-123  "})
    void acceptsAKnownTokenWithTheSchemeInAnyCase(String header) {
        given(useCase.authenticate("tok-123")).willReturn(Optional.of(ADMIN));

        assertEquals(ADMIN, authenticator.authenticate(header));
    }

    @Test
    void refusesAnUnknownToken() {
        assertUnauthenticated("Bearer unknown", "Invalid authentication credentials.");
    }

    @Test
    void refusesTheOriginalsDefaultTokenWithoutAsking() {
        assertUnauthenticated("Bearer NONE", "Invalid authentication credentials.");
        then(useCase).should(never()).authenticate(anyString());
    }

    @Test
    void refusesAbsurdlyLongTokensWithoutAsking() {
        assertUnauthenticated("Bearer " + "a".repeat(10_000), "Invalid authentication credentials.");
        then(useCase).should(never()).authenticate(anyString());
    }

    @Test
    void namesWhatIsWrongWithTheHeader() {
        assertUnauthenticated(null, "Authorization header missing.");
        assertUnauthenticated("", "Authorization header missing.");
        assertUnauthenticated("Bearer", "Invalid Authorization header format.");
        assertUnauthenticated("tok-123", "Invalid Authorization header format.");
        assertUnauthenticated("Bearer a b", "Invalid Authorization header format.");
        assertUnauthenticated("Basic YWRtaW46YWRtaW4=", "Unsupported authorization type.");
        then(useCase).should(never()).authenticate(anyString());
    }
}
