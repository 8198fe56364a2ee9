package io.candypanel.adapter.http.common;

import io.candypanel.application.port.in.auth.Principal;

/**
 * Who sent a request, resolved from its {@code Authorization} header only when a handler asks.
 * Routes that need a bearer are checked before the body is read; the few public actions that need
 * one too ({@code logout}, {@code change_password}) ask here themselves.
 */
public interface Caller {

    /** The authenticated caller; a 401 {@link RequestRejectedException} when there is no valid bearer. */
    Principal principal();

    /**
     * The bearer token that {@link #principal()} accepted (authenticating first if needed). Never log
     * or echo it: it is the caller's credential.
     */
    String bearerToken();

    /** The actor name an audit entry records: {@code admin:<user>} for a session, {@code token:<name>} for an API token. */
    static String actorOf(Principal principal) {
        return switch (principal.kind()) {
            case ADMIN_SESSION -> "admin:" + principal.name();
            case API_TOKEN -> "token:" + principal.name();
        };
    }
}
