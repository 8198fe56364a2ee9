package io.candypanel.adapter.http;

import io.candypanel.adapter.http.common.RequestRejectedException;
import io.candypanel.application.port.in.auth.AuthenticateUseCase;
import io.candypanel.application.port.in.auth.Principal;
import java.util.Objects;

/**
 * {@code Authorization: Bearer <token>} (scheme case-insensitive, as the original). Every failure is
 * the same 401 code; the messages are the original's, and none of them says whether a token exists.
 */
final class BearerAuthenticator {
    /** The original's default session token, accepted before the first login; here it never is. */
    static final String ORIGINAL_DEFAULT_TOKEN = "NONE";
    /** Real tokens are a few dozen characters; a huge header is not worth hashing. */
    static final int MAX_TOKEN_LENGTH = 512;

    private final AuthenticateUseCase authenticate;

    BearerAuthenticator(AuthenticateUseCase authenticate) {
        this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
    }

    Principal authenticate(String authorizationHeader) {
        String token = tokenOf(authorizationHeader);
        if (token.equals(ORIGINAL_DEFAULT_TOKEN) || token.length() > MAX_TOKEN_LENGTH) {
            throw invalidCredentials();
        }
        return authenticate.authenticate(token).orElseThrow(BearerAuthenticator::invalidCredentials);
    }

    /** The token of a well-formed {@code Bearer} header; the same 401s as {@link #authenticate} otherwise. */
    static String tokenOf(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw RequestRejectedException.unauthenticated("Authorization header missing.");
        }
        String[] parts = authorizationHeader.strip().split("\\s+");
        if (parts.length != 2) {
            throw RequestRejectedException.unauthenticated("Invalid Authorization header format.");
        }
        if (!parts[0].equalsIgnoreCase("Bearer")) {
            throw RequestRejectedException.unauthenticated("Unsupported authorization type.");
        }
        return parts[1];
    }

    private static RequestRejectedException invalidCredentials() {
        return RequestRejectedException.unauthenticated("Invalid authentication credentials.");
    }
}
