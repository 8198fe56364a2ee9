package io.candypanel.application.service.apitoken;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.application.fakes.InMemoryApiTokenRepository;
import io.candypanel.application.fakes.InMemorySessionRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.port.in.apitoken.ApiTokenNotFoundException;
import io.candypanel.application.port.in.apitoken.SaveApiTokenCommand;
import io.candypanel.application.port.in.auth.Principal;
import io.candypanel.application.service.auth.AuthenticateService;
import io.candypanel.domain.auth.ApiToken;
import io.candypanel.domain.auth.TokenHash;
import io.candypanel.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiTokenServicesTest {
    private static final String TOKEN = "api-token-Zr8f2yXkq1W9vB3nL7mP4sD6tH0jC5eA";
    private static final String OTHER_TOKEN = "api-token-0000000000111111111122222222223333";

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryApiTokenRepository apiTokens = new InMemoryApiTokenRepository();
    private final SaveApiTokenService save = new SaveApiTokenService(apiTokens, clock);
    private final DeleteApiTokenService delete = new DeleteApiTokenService(apiTokens);
    private final AuthenticateService authenticate = new AuthenticateService(new InMemorySessionRepository(), apiTokens, clock);

    private static Principal apiToken(String name) {
        return new Principal(Principal.Kind.API_TOKEN, name);
    }

    @Test
    void aSavedTokenIsStoredAsItsHashOnly() {
        save.save(new SaveApiTokenCommand("telegram-bot", TOKEN));

        List<ApiToken> stored = apiTokens.findAll();
        assertEquals(1, stored.size());
        ApiToken token = stored.get(0);
        assertEquals("telegram-bot", token.name());
        assertEquals(TokenHash.of(TOKEN), token.tokenHash());
        assertEquals(NOW, token.createdAt());
        assertFalse(token.toString().contains(TOKEN), "the plain token is nowhere in what is stored");
        assertFalse(token.tokenHash().hex().contains(TOKEN));
    }

    @Test
    void aSavedTokenAuthenticatesAsItsNameAndItsHashDoesNot() {
        save.save(new SaveApiTokenCommand("telegram-bot", TOKEN));

        assertEquals(Optional.of(apiToken("telegram-bot")), authenticate.authenticate(TOKEN));
        assertEquals(Optional.empty(), authenticate.authenticate(TokenHash.of(TOKEN).hex()));
        assertEquals(Optional.empty(), authenticate.authenticate(OTHER_TOKEN));
    }

    @Test
    void savingUnderAnExistingNameReplacesTheToken() {
        save.save(new SaveApiTokenCommand("ci", TOKEN));
        clock.advance(Duration.ofDays(3));
        save.save(new SaveApiTokenCommand("ci", OTHER_TOKEN));

        assertEquals(Optional.empty(), authenticate.authenticate(TOKEN), "the replaced token stops working");
        assertEquals(Optional.of(apiToken("ci")), authenticate.authenticate(OTHER_TOKEN));
        assertEquals(1, apiTokens.findAll().size());
        assertEquals(NOW.plus(Duration.ofDays(3)), apiTokens.findAll().get(0).createdAt());
    }

    @Test
    void tokensOfDifferentNamesLiveSideBySide() {
        save.save(new SaveApiTokenCommand("bot", TOKEN));
        save.save(new SaveApiTokenCommand("ci", OTHER_TOKEN));
        assertEquals(Optional.of(apiToken("bot")), authenticate.authenticate(TOKEN));
        assertEquals(Optional.of(apiToken("ci")), authenticate.authenticate(OTHER_TOKEN));
    }

    @Test
    void aDeletedTokenNoLongerAuthenticatesAndOthersStay() {
        save.save(new SaveApiTokenCommand("bot", TOKEN));
        save.save(new SaveApiTokenCommand("ci", OTHER_TOKEN));

        delete.delete("bot");

        assertEquals(Optional.empty(), authenticate.authenticate(TOKEN));
        assertEquals(Optional.of(apiToken("ci")), authenticate.authenticate(OTHER_TOKEN));
        assertEquals(List.of("ci"), apiTokens.findAll().stream().map(ApiToken::name).toList());
    }

    @Test
    void deletingAnUnknownOrAlreadyDeletedTokenIsNotFound() {
        save.save(new SaveApiTokenCommand("bot", TOKEN));
        delete.delete("bot");

        ApiTokenNotFoundException again = assertThrows(ApiTokenNotFoundException.class, () -> delete.delete("bot"));
        assertEquals("API_TOKEN_NOT_FOUND", again.code());
        assertEquals("API token 'bot' not found.", again.getMessage());
        assertEquals("API_TOKEN_NOT_FOUND", assertThrows(ApiTokenNotFoundException.class,
                () -> delete.delete("never-existed")).code());
    }

    @Test
    void deletingByAnInvalidNameIsAValidationErrorNotALookup() {
        save.save(new SaveApiTokenCommand("bot", TOKEN));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> delete.delete("bot; DROP TABLE"));
        assertEquals("INVALID_TOKEN_NAME", e.code());
        assertEquals("INVALID_TOKEN_NAME", assertThrows(InvalidValueException.class, () -> delete.delete(null)).code());
        assertEquals(1, apiTokens.findAll().size());
    }
}
