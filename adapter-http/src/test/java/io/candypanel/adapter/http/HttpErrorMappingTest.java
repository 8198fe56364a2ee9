package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.adapter.http.common.RequestRejectedException;
import io.candypanel.application.port.in.apitoken.ApiTokenNotFoundException;
import io.candypanel.application.port.in.auth.AlreadyInstalledException;
import io.candypanel.application.port.in.auth.InvalidCredentialsException;
import io.candypanel.application.port.in.auth.NotInstalledException;
import io.candypanel.application.port.in.auth.SetupTokenRequiredException;
import io.candypanel.application.port.in.auth.TooManyLoginAttemptsException;
import io.candypanel.application.port.in.backup.BackupNotFoundException;
import io.candypanel.application.port.in.backup.InvalidBackupException;
import io.candypanel.application.port.in.client.ClientNameTakenException;
import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.shared.DomainException;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.shared.RuleViolationException;
import io.candypanel.domain.wginterface.InterfaceId;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpErrorMappingTest {
    private final HttpErrorMapping mapping = new HttpErrorMapping();

    private void assertMapped(RuntimeException error, int status, String code) {
        ErrorResponse response = mapping.map(error);
        assertEquals(status, response.status(), () -> error + " -> " + response);
        assertEquals(code, response.code());
        assertEquals(error.getMessage(), response.message(), "domain and adapter messages are written for the caller");
    }

    @Test
    void invalidValuesAreBadRequestsWithTheirOwnCode() {
        assertMapped(new InvalidValueException("The port must be between 1 and 65535, got 0."), 400, "VALIDATION_FAILED");
        assertMapped(new InvalidValueException("INVALID_CLIENT_NAME", "bad name"), 400, "INVALID_CLIENT_NAME");
    }

    @Test
    void missingEntitiesAreNotFound() {
        assertMapped(new ClientNotFoundException(new ClientName("alice")), 404, "CLIENT_NOT_FOUND");
        assertMapped(new InterfaceNotFoundException(new InterfaceId(3)), 404, "INTERFACE_NOT_FOUND");
    }

    @Test
    void ruleViolationsAreConflicts() {
        assertMapped(new ClientNameTakenException(new ClientName("alice")), 409, "CLIENT_NAME_TAKEN");
        assertMapped(new AlreadyInstalledException(), 409, "ALREADY_INSTALLED");
        assertMapped(new RuleViolationException("ADDRESS_POOL_EXHAUSTED", "No free address."), 409, "ADDRESS_POOL_EXHAUSTED");
    }

    @Test
    void loginBeforeInstallIsABadRequestAsInTheOriginal() {
        assertMapped(new NotInstalledException(), 400, "NOT_INSTALLED");
        assertEquals("CandyPanel is not installed. Please use the 'install' action.", mapping.map(new NotInstalledException()).message());
    }

    @Test
    void wrongCredentialsAreUnauthorized() {
        assertMapped(new InvalidCredentialsException(), 401, "INVALID_CREDENTIALS");
    }

    @Test
    void aRemoteInstallWithoutTheSetupTokenIsForbidden() {
        assertMapped(new SetupTokenRequiredException(), 403, "SETUP_TOKEN_REQUIRED");
    }

    @Test
    void tooManyLoginsAre429WithRetryAfter() {
        ErrorResponse response = mapping.map(new TooManyLoginAttemptsException(37));

        assertEquals(429, response.status());
        assertEquals("TOO_MANY_LOGIN_ATTEMPTS", response.code());
        assertEquals(Map.of("Retry-After", "37"), response.headers());
        assertEquals("0", mapping.map(new TooManyLoginAttemptsException(-5)).headers().get("Retry-After"));
    }

    @Test
    void theNewNotFoundsAre404AndAnInvalidBackupIs409() {
        assertMapped(new ApiTokenNotFoundException("ci"), 404, "API_TOKEN_NOT_FOUND");
        assertMapped(new BackupNotFoundException("x.db"), 404, "BACKUP_NOT_FOUND");
        assertMapped(new InvalidBackupException("not a panel database"), 409, "INVALID_BACKUP");
    }

    @Test
    void anUnknownKindOfDomainExceptionIsStillTheCallersProblem() {
        DomainException unknown = new DomainException("SOMETHING_NEW", "Something the caller did.") {
            private static final long serialVersionUID = 1L;
        };
        assertMapped(unknown, 400, "SOMETHING_NEW");
    }

    @Test
    void adapterRejectionsKeepTheirStatusCodeAndHeaders() {
        RequestRejectedException methodNotAllowed = new RequestRejectedException(405, "METHOD_NOT_ALLOWED", "Only GET.", Map.of("Allow", "GET"));

        ErrorResponse response = mapping.map(methodNotAllowed);

        assertEquals(405, response.status());
        assertEquals(Map.of("Allow", "GET"), response.headers());
        assertMapped(RequestRejectedException.unauthenticated("Authorization header missing."), 401, "UNAUTHENTICATED");
        assertEquals("Bearer", mapping.map(RequestRejectedException.unauthenticated("x")).headers().get("WWW-Authenticate"));
        assertMapped(new RequestRejectedException(413, "PAYLOAD_TOO_LARGE", "Too large."), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void anythingElseIsAGeneric500ThatNeverEchoesTheExceptionText() {
        for (RuntimeException bug : new RuntimeException[] {
                new IllegalStateException("secret detail: password=hunter2"),
                new NullPointerException("privateKey"),
                new UncheckedIOException(new IOException("/etc/wireguard/wg0.conf: permission denied")),
                new IllegalArgumentException("SELECT * FROM clients")}) {
            ErrorResponse response = mapping.map(bug);

            assertEquals(500, response.status());
            assertEquals("INTERNAL_ERROR", response.code());
            assertFalse(response.message().contains(bug.getMessage()), response.message());
            assertFalse(response.message().contains(bug.getClass().getSimpleName()), response.message());
            assertTrue(response.message().contains("reference"), response.message());
        }
    }

    @Test
    void bareStatusesGetAJsonBodyToo() {
        assertEquals("NOT_FOUND", HttpErrorMapping.forBareStatus(404).code());
        assertEquals("METHOD_NOT_ALLOWED", HttpErrorMapping.forBareStatus(405).code());
        assertEquals("PAYLOAD_TOO_LARGE", HttpErrorMapping.forBareStatus(413).code());
        assertEquals(500, HttpErrorMapping.forBareStatus(503).status());
        assertEquals(418, HttpErrorMapping.forBareStatus(418).status());
    }
}
