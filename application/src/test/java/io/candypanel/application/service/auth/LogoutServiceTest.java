package io.candypanel.application.service.auth;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import io.candypanel.domain.auth.TokenHash;
import io.candypanel.domain.setting.SettingKey;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LogoutServiceTest {
    private static final String PASSWORD = "s3cret-Passw0rd";
    private static final Principal ADMIN = new Principal(Principal.Kind.ADMIN_SESSION, "admin");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final InMemoryAdminAccountRepository admins = new InMemoryAdminAccountRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemoryApiTokenRepository apiTokens = new InMemoryApiTokenRepository();
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(new SecureRandom(), 1000);
    private final LoginService login = new LoginService(new DirectUnitOfWork(), settings, admins, sessions, hasher,
            new SecureRandom(), clock, new LoginThrottle(clock, 5, LoginThrottle.DEFAULT_WINDOW));
    private final AuthenticateService authenticate = new AuthenticateService(sessions, apiTokens, clock);
    private final LogoutService logout = new LogoutService(sessions);

    @BeforeEach
    void install() {
        settings.saveAll(Map.of(SettingKey.INSTALLED, "1"));
        admins.save(new AdminAccount("admin", hasher.hash(PASSWORD)));
    }

    private String newSession() {
        return login.login(new LoginCommand("admin", PASSWORD, "203.0.113.9")).token();
    }

    @Test
    void logoutEndsThatSessionOnly() {
        String laptop = newSession();
        String phone = newSession();

        assertTrue(logout.logout(laptop));

        assertEquals(Optional.empty(), authenticate.authenticate(laptop));
        assertEquals(Optional.of(ADMIN), authenticate.authenticate(phone));
        assertEquals(1, sessions.all().size());
        assertEquals(TokenHash.of(phone), sessions.all().get(0).tokenHash());
    }

    @Test
    void aSecondLogoutOfTheSameTokenReportsNothingToEnd() {
        String token = newSession();
        assertTrue(logout.logout(token));
        assertFalse(logout.logout(token));
        assertEquals(0, sessions.all().size());
    }

    @Test
    void anApiTokenIsNotASessionAndIsNotRevokedByLogout() {
        String apiToken = "api-token-Zr8f2yXkq1W9vB3nL7mP4sD6tH0jC5eA";
        apiTokens.save(new ApiToken("bot", TokenHash.of(apiToken), NOW));
        String session = newSession();

        assertFalse(logout.logout(apiToken));

        assertEquals(Optional.of(new Principal(Principal.Kind.API_TOKEN, "bot")), authenticate.authenticate(apiToken));
        assertEquals(Optional.of(ADMIN), authenticate.authenticate(session));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "not-a-session", "Bearer x"})
    void missingOrUnknownTokensEndNothing(String token) {
        String session = newSession();
        assertFalse(logout.logout(token));
        assertEquals(1, sessions.all().size());
        assertEquals(Optional.of(ADMIN), authenticate.authenticate(session));
    }

    @Test
    void theStoredHashIsNotATokenForLogoutEither() {
        String session = newSession();
        assertFalse(logout.logout(TokenHash.of(session).hex()));
        assertFalse(logout.logout("a".repeat(10_000)));
        assertEquals(Optional.of(ADMIN), authenticate.authenticate(session));
    }
}
