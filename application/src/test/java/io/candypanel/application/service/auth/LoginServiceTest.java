package io.candypanel.application.service.auth;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryAdminAccountRepository;
import io.candypanel.application.fakes.InMemorySessionRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.port.in.auth.InvalidCredentialsException;
import io.candypanel.application.port.in.auth.IssuedSession;
import io.candypanel.application.port.in.auth.LoginCommand;
import io.candypanel.application.port.in.auth.NotInstalledException;
import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.shared.InvalidValueException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginServiceTest {
    private static final String PASSWORD = "s3cret-Passw0rd";

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final InMemoryAdminAccountRepository admins = new InMemoryAdminAccountRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(new SecureRandom(), 1000);
    private final LoginService login = new LoginService(new DirectUnitOfWork(), settings, admins, sessions, hasher,
            new SecureRandom(), clock);

    @BeforeEach
    void install() {
        settings.saveAll(Map.of(SettingKey.INSTALLED, "1"));
        admins.save(new AdminAccount("admin", hasher.hash(PASSWORD)));
    }

    @Test
    void theRightCredentialsGiveA43CharacterUrlSafeToken() {
        IssuedSession issued = login.login(new LoginCommand("admin", PASSWORD));

        assertEquals(43, issued.token().length(), issued.token());
        assertTrue(issued.token().matches("[A-Za-z0-9_-]{43}"), issued.token());
        assertEquals(NOW.plus(Duration.ofHours(24)), issued.expiresAt());
    }

    @Test
    void theSessionIsStoredByTheHashOfTheTokenOnly() {
        IssuedSession issued = login.login(new LoginCommand("admin", PASSWORD));

        assertEquals(1, sessions.all().size());
        Session session = sessions.all().get(0);
        assertEquals(TokenHash.of(issued.token()), session.tokenHash());
        assertNotEquals(issued.token(), session.tokenHash().hex());
        assertEquals("admin", session.username());
        assertEquals(NOW, session.createdAt());
        assertEquals(issued.expiresAt(), session.expiresAt());
        assertFalse(session.toString().contains(issued.token()), "the plain token is nowhere in the stored session");
        assertFalse(issued.toString().contains(issued.token()), "the issued session does not print its token");
    }

    @Test
    void everyLoginGetsItsOwnToken() {
        String first = login.login(new LoginCommand("admin", PASSWORD)).token();
        String second = login.login(new LoginCommand("admin", PASSWORD)).token();
        assertNotEquals(first, second);
        assertEquals(2, sessions.all().size());
    }

    @Test
    void theSessionLifetimeComesFromTheSettings() {
        settings.saveAll(Map.of(SettingKey.SESSION_TTL_HOURS, "2"));
        assertEquals(NOW.plus(Duration.ofHours(2)), login.login(new LoginCommand("admin", PASSWORD)).expiresAt());
    }

    @Test
    void expiredSessionsArePurgedAtLogin() {
        login.login(new LoginCommand("admin", PASSWORD));
        clock.advance(Duration.ofHours(25));
        login.login(new LoginCommand("admin", PASSWORD));
        assertEquals(1, sessions.all().size());
        assertEquals(clock.instant(), sessions.all().get(0).createdAt());
    }

    @Test
    void aWrongPasswordIsRefused() {
        InvalidCredentialsException e = assertThrows(InvalidCredentialsException.class,
                () -> login.login(new LoginCommand("admin", "wrong")));
        assertEquals("INVALID_CREDENTIALS", e.code());
        assertEquals("Wrong username or password!", e.getMessage());
        assertEquals(0, sessions.all().size());
    }

    @Test
    void aWrongUserIsRefusedWithTheSameMessage() {
        InvalidCredentialsException e = assertThrows(InvalidCredentialsException.class,
                () -> login.login(new LoginCommand("root", PASSWORD)));
        assertEquals("Wrong username or password!", e.getMessage());
        assertThrows(InvalidCredentialsException.class, () -> login.login(new LoginCommand("Admin", PASSWORD)));
        assertThrows(InvalidCredentialsException.class, () -> login.login(new LoginCommand("admin ", PASSWORD)));
        assertEquals(0, sessions.all().size());
    }

    @Test
    void anEmptyPasswordOrUserIsRefusedAsWrongCredentials() {
        assertThrows(InvalidCredentialsException.class, () -> login.login(new LoginCommand("admin", "")));
        assertThrows(InvalidCredentialsException.class, () -> login.login(new LoginCommand("", PASSWORD)));
        assertEquals(0, sessions.all().size());
    }

    @Test
    void missingFieldsAreRefusedByTheCommand() {
        assertThrows(InvalidValueException.class, () -> new LoginCommand(null, PASSWORD));
        assertThrows(InvalidValueException.class, () -> new LoginCommand("admin", null));
        assertFalse(new LoginCommand("admin", PASSWORD).toString().contains(PASSWORD));
    }

    @Test
    void loginBeforeInstallationIsRefused() {
        InMemorySettingsRepository fresh = new InMemorySettingsRepository();
        LoginService notInstalled = new LoginService(new DirectUnitOfWork(), fresh, admins, sessions, hasher,
                new SecureRandom(), clock);
        NotInstalledException e = assertThrows(NotInstalledException.class,
                () -> notInstalled.login(new LoginCommand("admin", PASSWORD)));
        assertEquals("NOT_INSTALLED", e.code());
        assertEquals(0, sessions.all().size());
    }

    @Test
    void anInstalledPanelWithoutAdminAccountRefusesEveryone() {
        LoginService noAdmin = new LoginService(new DirectUnitOfWork(), settings, new InMemoryAdminAccountRepository(),
                sessions, hasher, new SecureRandom(), clock);
        assertThrows(InvalidCredentialsException.class, () -> noAdmin.login(new LoginCommand("admin", PASSWORD)));
        assertEquals(0, sessions.all().size());
    }
}
