package io.candypanel.application.service.auth;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryAdminAccountRepository;
import io.candypanel.application.fakes.InMemoryApiTokenRepository;
import io.candypanel.application.fakes.InMemorySessionRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.port.in.auth.LoginCommand;
import io.candypanel.application.port.in.auth.Principal;
import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.auth.ApiToken;
import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import io.candypanel.domain.setting.SettingKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateServiceTest {
    private static final String PASSWORD = "s3cret-Passw0rd";

    private final MutableClock clock = new MutableClock(NOW);
    private final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.DEFAULT_MAX_FAILURES,
            LoginThrottle.DEFAULT_WINDOW);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final InMemoryAdminAccountRepository admins = new InMemoryAdminAccountRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemoryApiTokenRepository apiTokens = new InMemoryApiTokenRepository();
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(new SecureRandom(), 1000);
    private final LoginService login = new LoginService(new DirectUnitOfWork(), settings, admins, sessions, hasher,
            new SecureRandom(), clock, throttle);
    private final AuthenticateService authenticate = new AuthenticateService(sessions, apiTokens, clock);

    @BeforeEach
    void install() {
        settings.saveAll(Map.of(SettingKey.INSTALLED, "1"));
        admins.save(new AdminAccount("admin", hasher.hash(PASSWORD)));
    }

    @Test
    void aFreshSessionTokenAuthenticatesTheAdmin() {
        String token = login.login(new LoginCommand("admin", PASSWORD)).token();
        assertEquals(Optional.of(new Principal(Principal.Kind.ADMIN_SESSION, "admin")), authenticate.authenticate(token));
    }

    @Test
    void aSessionIsValidUntilItsTtlAndNotAfter() {
        String token = login.login(new LoginCommand("admin", PASSWORD)).token();
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertTrue(authenticate.authenticate(token).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), authenticate.authenticate(token));
        clock.advance(Duration.ofDays(30));
        assertEquals(Optional.empty(), authenticate.authenticate(token));
    }

    @Test
    void anExpiredSessionIsNotRescuedByAnApiTokenLookup() {
        String token = login.login(new LoginCommand("admin", PASSWORD)).token();
        clock.advance(Duration.ofDays(2));
        assertEquals(Optional.empty(), authenticate.authenticate(token));
    }

    @Test
    void aSlightlyAlteredTokenDoesNotAuthenticate() {
        String token = login.login(new LoginCommand("admin", PASSWORD)).token();
        String altered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        assertEquals(Optional.empty(), authenticate.authenticate(altered));
        assertEquals(Optional.empty(), authenticate.authenticate(token + "x"));
        assertEquals(Optional.empty(), authenticate.authenticate(token.substring(1)));
        assertEquals(Optional.empty(), authenticate.authenticate(" " + token));
    }

    @Test
    void theStoredSessionHashIsNotItselfAToken() {
        login.login(new LoginCommand("admin", PASSWORD));
        Session stored = sessions.all().get(0);
        assertEquals(Optional.empty(), authenticate.authenticate(stored.tokenHash().hex()),
                "someone who reads the database cannot replay the stored value");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"NONE", "null", "undefined", "   ", "\n", "garbage", "Bearer x",
            "bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtYnV0LTQzLWNoYXJz"})
    void unknownOrMissingTokensAuthenticateNobody(String token) {
        login.login(new LoginCommand("admin", PASSWORD));
        assertEquals(Optional.empty(), authenticate.authenticate(token));
    }

    @Test
    void aHugeTokenIsRejectedWithoutLookup() {
        String huge = "a".repeat(10_000);
        // Even if someone managed to store its hash, a token over the length limit is never looked up.
        apiTokens.save(new ApiToken("huge", TokenHash.of(huge), NOW));
        assertEquals(Optional.empty(), authenticate.authenticate(huge));
    }

    @Test
    void anApiTokenStoredByItsHashAuthenticatesAsApiToken() {
        String token = "api-token-Zr8f2yXkq1W9vB3nL7mP4sD6tH0jC5eA";
        apiTokens.save(new ApiToken("telegram-bot", TokenHash.of(token), NOW));

        assertEquals(Optional.of(new Principal(Principal.Kind.API_TOKEN, "telegram-bot")), authenticate.authenticate(token));
        clock.advance(Duration.ofDays(365));
        assertEquals(Optional.of(new Principal(Principal.Kind.API_TOKEN, "telegram-bot")), authenticate.authenticate(token),
                "API tokens do not expire with the session lifetime");
        assertEquals(Optional.empty(), authenticate.authenticate(TokenHash.of(token).hex()));
    }

    @Test
    void aDeletedApiTokenNoLongerAuthenticates() {
        String token = "api-token-Zr8f2yXkq1W9vB3nL7mP4sD6tH0jC5eA";
        apiTokens.save(new ApiToken("script", TokenHash.of(token), NOW));
        apiTokens.delete("script");
        assertEquals(Optional.empty(), authenticate.authenticate(token));
    }
}
