package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;

import io.candypanel.adapter.http.ApiFixture.Reply;
import io.candypanel.application.port.in.auth.ChangePasswordCommand;
import io.candypanel.application.port.in.auth.LoginCommand;
import io.candypanel.application.port.in.auth.TooManyLoginAttemptsException;
import io.candypanel.domain.audit.AuditEntry;
import io.candypanel.domain.shared.InvalidValueException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

/** The session actions of {@code /api/auth} added to the original's login and install, and the login limit. */
class AuthSessionApiIT {
    private static final String LOGOUT = "{\"action\": \"logout\"}";

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.assertNoServerErrors();
        api.close();
    }

    private static String changePassword(String current, String next) {
        return "{\"action\": \"change_password\", \"current_password\": \"" + current + "\", \"new_password\": \"" + next + "\"}";
    }

    @Nested
    class Logout {
        @Test
        void endsTheSessionOfTheBearerToken() {
            given(api.logout.logout(ApiFixture.TOKEN)).willReturn(true);

            api.postWith(ApiFixture.TOKEN, "/api/auth", LOGOUT).assertSuccess("Logged out.");

            then(api.logout).should().logout(ApiFixture.TOKEN);
            AuditEntry entry = api.recordedAudit();
            assertEquals("auth.logout", entry.action());
            assertEquals("admin:admin", entry.actor());
            assertFalse(entry.toString().contains(ApiFixture.TOKEN), entry::toString);
        }

        @Test
        void aSessionThatEndedMeanwhileIsStillLoggedOut() {
            given(api.logout.logout(ApiFixture.TOKEN)).willReturn(false);

            api.postWith(ApiFixture.TOKEN, "/api/auth", LOGOUT).assertSuccess("Logged out.");
        }

        @Test
        void needsABearerToken() {
            Reply reply = api.post("/api/auth", LOGOUT);

            reply.assertError(401, "UNAUTHENTICATED");
            assertEquals("Bearer", reply.header("WWW-Authenticate"));
            api.postWith("unknown-token", "/api/auth", LOGOUT).assertError(401, "UNAUTHENTICATED");
            api.assertNoUseCaseCalled();
        }

        @Test
        void anApiTokenIsNotASessionAndStaysValid() {
            api.postWith(ApiFixture.API_TOKEN, "/api/auth", LOGOUT).assertError(400, "NOT_A_SESSION");

            api.assertNoUseCaseCalled();
        }
    }

    @Nested
    class ChangePassword {
        @Test
        void changesThePasswordAndKeepsTheCallersSession() {
            api.postWith(ApiFixture.TOKEN, "/api/auth", changePassword("old-pass", "a-new-passw0rd"))
                    .assertSuccess("Password changed successfully. Other sessions were logged out.");

            ArgumentCaptor<ChangePasswordCommand> command = ArgumentCaptor.forClass(ChangePasswordCommand.class);
            then(api.changePassword).should().change(command.capture());
            assertEquals(new ChangePasswordCommand("old-pass", "a-new-passw0rd", ApiFixture.TOKEN), command.getValue());
        }

        @Test
        void withAnApiTokenNoSessionIsKept() {
            api.postWith(ApiFixture.API_TOKEN, "/api/auth", changePassword("old-pass", "a-new-passw0rd"))
                    .assertSuccess("Password changed successfully. Other sessions were logged out.");

            ArgumentCaptor<ChangePasswordCommand> command = ArgumentCaptor.forClass(ChangePasswordCommand.class);
            then(api.changePassword).should().change(command.capture());
            assertEquals("", command.getValue().keepSessionToken());
            assertEquals("token:ci", api.recordedAudit().actor());
        }

        @Test
        void isAuditedWithoutAnyPassword() {
            api.postWith(ApiFixture.TOKEN, "/api/auth", changePassword("old-pass", "a-new-passw0rd"))
                    .assertSuccess("Password changed successfully. Other sessions were logged out.");

            AuditEntry entry = api.recordedAudit();
            assertEquals("auth.change_password", entry.action());
            assertFalse(entry.toString().contains("old-pass") || entry.toString().contains("a-new-passw0rd"), entry::toString);
        }

        @Test
        void aWrongCurrentPasswordIs400AndNotAudited() {
            willThrow(new InvalidValueException("WRONG_CURRENT_PASSWORD", "The current password is wrong."))
                    .given(api.changePassword).change(any());

            Reply reply = api.postWith(ApiFixture.TOKEN, "/api/auth", changePassword("guess", "a-new-passw0rd"));

            assertEquals("The current password is wrong.", reply.assertError(400, "WRONG_CURRENT_PASSWORD"));
            assertFalse(reply.body().contains("guess"), reply.body());
            api.assertNothingAudited();
        }

        @Test
        void aWeakNewPasswordNeverReachesTheUseCase() {
            Reply reply = api.postWith(ApiFixture.TOKEN, "/api/auth", changePassword("old-pass", "short"));

            reply.assertError(400, "WEAK_PASSWORD");
            assertFalse(reply.body().contains("\"short\""), reply.body());
            api.assertNoUseCaseCalled();
        }

        @ParameterizedTest
        @ValueSource(strings = {"{\"action\": \"change_password\"}", "{\"action\": \"change_password\", \"current_password\": \"x\"}",
                "{\"action\": \"change_password\", \"new_password\": \"a-new-passw0rd\"}",
                "{\"action\": \"change_password\", \"current_password\": 1, \"new_password\": \"a-new-passw0rd\"}"})
        void missingOrIllTypedFieldsAre400(String body) {
            api.postWith(ApiFixture.TOKEN, "/api/auth", body).assertError(400, "VALIDATION_FAILED");
            api.assertNoUseCaseCalled();
        }

        @Test
        void needsABearerTokenBeforeAnythingElse() {
            api.post("/api/auth", "{\"action\": \"change_password\"}").assertError(401, "UNAUTHENTICATED");
            api.post("/api/auth", changePassword("old-pass", "a-new-passw0rd")).assertError(401, "UNAUTHENTICATED");
            api.assertNoUseCaseCalled();
        }
    }

    @Nested
    class LoginLimit {
        @Test
        void tooManyFailedLoginsAre429WithRetryAfter() {
            given(api.login.login(any())).willThrow(new TooManyLoginAttemptsException(42));

            Reply reply = api.post("/api/auth", "{\"action\": \"login\", \"username\": \"admin\", \"password\": \"guess\"}");

            String message = reply.assertError(429, "TOO_MANY_LOGIN_ATTEMPTS");
            assertEquals("42", reply.header("Retry-After"));
            assertTrue(message.contains("42 seconds"), message);
        }

        @Test
        void theLimitIsKeyedOnTheSocketPeerNeverOnAForwardedHeader() {
            given(api.login.login(any())).willThrow(new TooManyLoginAttemptsException(60));

            api.send(HttpRequest.newBuilder(api.uri("/api/auth")).header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "203.0.113.77").header("X-Real-IP", "203.0.113.78").header("Forwarded", "for=203.0.113.79")
                    .POST(BodyPublishers.ofString("{\"action\": \"login\", \"username\": \"admin\", \"password\": \"x\"}")).build())
                    .assertError(429, "TOO_MANY_LOGIN_ATTEMPTS");

            ArgumentCaptor<LoginCommand> command = ArgumentCaptor.forClass(LoginCommand.class);
            then(api.login).should().login(command.capture());
            assertEquals("127.0.0.1", command.getValue().remoteAddress());
        }
    }
}
