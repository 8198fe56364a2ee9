package io.candypanel.adapter.http;

import io.candypanel.adapter.http.common.Caller;
import io.candypanel.application.port.in.auth.Principal;
import java.util.Objects;

/** The caller of one exchange: authenticates its {@code Authorization} header once, when first asked. */
final class BearerCaller implements Caller {
    private final BearerAuthenticator authenticator;
    private final String authorizationHeader;
    private Principal principal;
    private String token;

    BearerCaller(BearerAuthenticator authenticator, String authorizationHeader) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.authorizationHeader = authorizationHeader;
    }

    @Override
    public Principal principal() {
        if (principal == null) {
            Principal authenticated = authenticator.authenticate(authorizationHeader);
            token = BearerAuthenticator.tokenOf(authorizationHeader);
            principal = authenticated;
        }
        return principal;
    }

    @Override
    public String bearerToken() {
        principal();
        return token;
    }

    @Override
    public String toString() {
        return principal == null ? "BearerCaller[not authenticated]" : "BearerCaller[" + Caller.actorOf(principal) + "]";
    }
}
