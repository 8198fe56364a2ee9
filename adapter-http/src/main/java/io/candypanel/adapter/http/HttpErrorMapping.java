package io.candypanel.adapter.http;

import io.candypanel.adapter.http.common.RequestRejectedException;
import io.candypanel.application.port.in.NotFoundException;
import io.candypanel.application.port.in.auth.InvalidCredentialsException;
import io.candypanel.application.port.in.auth.NotInstalledException;
import io.candypanel.application.port.in.auth.SetupTokenRequiredException;
import io.candypanel.application.port.in.auth.TooManyLoginAttemptsException;
import io.candypanel.application.port.in.backup.InvalidBackupException;
import io.candypanel.domain.shared.DomainException;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.shared.RuleViolationException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP statuses. Domain exceptions carry a stable code and a
 * sentence written for the caller, so both are passed on; anything else is a bug: the caller gets a
 * generic 500 with a reference, and the details go only to the log under that reference.
 */
final class HttpErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(HttpErrorMapping.class);

    static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    ErrorResponse map(Throwable error) {
        if (error instanceof RequestRejectedException rejected) {
            return new ErrorResponse(rejected.status(), rejected.code(), rejected.getMessage(), rejected.headers());
        }
        if (error instanceof TooManyLoginAttemptsException tooMany) {
            // RFC 9110: delay-seconds is a non-negative integer.
            long seconds = Math.max(0, tooMany.retryAfterSeconds());
            return new ErrorResponse(429, tooMany.code(), tooMany.getMessage(), Map.of("Retry-After", Long.toString(seconds)));
        }
        if (error instanceof DomainException domain) {
            return new ErrorResponse(statusOf(domain), domain.code(), domain.getMessage());
        }
        return internalError(error);
    }

    /** The default response for a status that Undertow set without a body (see {@code JsonDefaultResponses}). */
    static ErrorResponse forBareStatus(int status) {
        return switch (status) {
            case 400 -> new ErrorResponse(400, RequestRejectedException.VALIDATION_FAILED, "The request could not be understood.");
            case 401 -> new ErrorResponse(401, RequestRejectedException.UNAUTHENTICATED, "Authentication is required.");
            case 404 -> new ErrorResponse(404, Router.NOT_FOUND, "There is nothing at this path.");
            case 405 -> new ErrorResponse(405, Router.METHOD_NOT_ALLOWED, "This method is not allowed here.");
            case 413 -> new ErrorResponse(413, JsonBodies.PAYLOAD_TOO_LARGE, JsonBodies.TOO_LARGE_MESSAGE);
            case 429 -> new ErrorResponse(429, "TOO_MANY_REQUESTS", "Too many requests; try again later.");
            default -> status >= 400 && status < 500
                    ? new ErrorResponse(status, "REQUEST_FAILED", "The request failed.")
                    : new ErrorResponse(500, INTERNAL_ERROR, "An unexpected error occurred.");
        };
    }

    private static int statusOf(DomainException error) {
        // Order matters: NotInstalledException is a RuleViolationException, but the original answers a
        // login before install with 400, and callers rely on that to offer the install form.
        if (error instanceof NotInstalledException || error instanceof InvalidValueException) {
            return 400;
        }
        if (error instanceof InvalidCredentialsException) {
            return 401;
        }
        if (error instanceof SetupTokenRequiredException) {
            return 403;
        }
        if (error instanceof NotFoundException) {
            // ClientNotFound, InterfaceNotFound, ApiTokenNotFound, BackupNotFound...
            return 404;
        }
        if (error instanceof InvalidBackupException) {
            // Listed although it is a rule violation too: a file that is not a restorable database.
            return 409;
        }
        if (error instanceof RuleViolationException) {
            return 409;
        }
        // A domain exception of a kind this mapping does not know yet is still the caller's problem,
        // not a bug, and its message is written for the caller.
        return 400;
    }

    private static ErrorResponse internalError(Throwable error) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Request failed unexpectedly (reference {})", reference, error);
        return new ErrorResponse(500, INTERNAL_ERROR,
                "An unexpected error occurred (reference " + reference + "). The details are in the server log.", Map.of());
    }
}
