package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.candypanel.adapter.http.ApiFixture.Reply;
import io.candypanel.application.port.in.apitoken.ApiTokenNotFoundException;
import io.candypanel.application.port.in.apitoken.SaveApiTokenCommand;
import io.candypanel.domain.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;

class ApiTokenApiIT {
    private static final String SECRET = "s3cr3t-t0ken-value-that-is-long-enough-xyz";

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.assertNoServerErrors();
        api.close();
    }

    private static String save(String name, String token) {
        return "{\"resource\": \"api_token\", \"action\": \"create_or_update\", \"name\": \"" + name + "\", \"token\": \"" + token + "\"}";
    }

    @Test
    void createOrUpdateSavesTheTokenWithTheOriginalsMessage() {
        Reply reply = api.manage(save("ci-bot", SECRET));

        assertEquals(null, reply.assertSuccess("API token 'ci-bot' added/updated successfully."));
        ArgumentCaptor<SaveApiTokenCommand> command = ArgumentCaptor.forClass(SaveApiTokenCommand.class);
        then(api.saveApiToken).should().save(command.capture());
        assertEquals(new SaveApiTokenCommand("ci-bot", SECRET), command.getValue());
        assertFalse(reply.body().contains(SECRET), reply.body());
    }

    @Test
    void theTokenValueIsNeverInTheAuditLogNorInAnyLogLine() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        Level level = root.getLevel();
        root.setLevel(Level.TRACE);
        try {
            api.manage(save("ci-bot", SECRET)).assertSuccess("API token 'ci-bot' added/updated successfully.");
            api.manage(save("ci-bot", "short")).assertError(400, "WEAK_API_TOKEN");
        } finally {
            root.setLevel(level);
            root.detachAppender(logs);
        }

        AuditEntry entry = api.recordedAudit();
        assertEquals("api_token.create_or_update", entry.action());
        assertEquals("ci-bot", entry.target());
        assertEquals("admin:admin", entry.actor());
        assertFalse(entry.toString().contains(SECRET), entry::toString);
        for (ILoggingEvent event : logs.list) {
            assertFalse(event.getFormattedMessage().contains(SECRET), event::getFormattedMessage);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "has spaces in it but is long enough to pass", "t\u00f6ken-with-umlaut-and-long-enough-to-pass-xx"})
    void aWeakTokenIs400AndNotEchoed(String token) {
        String message = api.manage(save("ci", token)).assertError(400, "WEAK_API_TOKEN");

        assertFalse(message.contains(token), message);
        api.assertNoUseCaseCalled();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad name", "../etc", "", "a\\nb"})
    void aBadNameIs400(String name) {
        api.manage(save(name, SECRET)).assertError(400, "INVALID_TOKEN_NAME");
        api.assertNoUseCaseCalled();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"resource\": \"api_token\", \"action\": \"create_or_update\", \"name\": \"ci\"}",
            "{\"resource\": \"api_token\", \"action\": \"create_or_update\", \"token\": \"" + SECRET + "\"}"})
    void aMissingNameOrTokenIs400WithTheOriginalsMessage(String body) {
        assertEquals("Missing name or token for API token operation.", api.manage(body).assertError(400, "VALIDATION_FAILED"));
        api.assertNoUseCaseCalled();
    }

    @Test
    void deleteRevokesTheNamedToken() {
        api.manage("{\"resource\": \"api_token\", \"action\": \"delete\", \"name\": \"ci-bot\"}")
                .assertSuccess("API token 'ci-bot' deleted successfully.");

        then(api.deleteApiToken).should().delete("ci-bot");
        AuditEntry entry = api.recordedAudit();
        assertEquals("api_token.delete", entry.action());
        assertEquals("ci-bot", entry.target());
    }

    @Test
    void deletingAnUnknownTokenIs404AndNotAudited() {
        willThrow(new ApiTokenNotFoundException("ghost")).given(api.deleteApiToken).delete("ghost");

        String message = api.manage("{\"resource\": \"api_token\", \"action\": \"delete\", \"name\": \"ghost\"}")
                .assertError(404, "API_TOKEN_NOT_FOUND");

        assertEquals("API token 'ghost' not found.", message);
        api.assertNothingAudited();
    }

    @Test
    void deleteWithoutANameIs400WithTheOriginalsMessage() {
        assertEquals("Missing name for API token deletion.",
                api.manage("{\"resource\": \"api_token\", \"action\": \"delete\"}").assertError(400, "VALIDATION_FAILED"));
        api.manage("{\"resource\": \"api_token\", \"action\": \"delete\", \"name\": \"../x\"}").assertError(400, "INVALID_TOKEN_NAME");
        api.assertNoUseCaseCalled();
    }

    @Test
    void aChangeMadeWithAnApiTokenNamesTheTokenAsActor() {
        api.manageWith(ApiFixture.API_TOKEN, "{\"resource\": \"api_token\", \"action\": \"delete\", \"name\": \"old\"}")
                .assertSuccess("API token 'old' deleted successfully.");

        assertEquals("token:ci", api.recordedAudit().actor());
    }
}
