package io.candypanel.application.service.auth;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryAdminAccountRepository;
import io.candypanel.application.fakes.InMemorySessionRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.port.in.auth.InvalidCredentialsException;
import io.candypanel.application.port.in.auth.LoginCommand;
import io.candypanel.application.port.in.auth.NotInstalledException;
import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.auth.TokenHash;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.shared.InvalidValueException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResetAdminPasswordServiceTest {
    private static final String OLD = "s3cret-Passw0rd";
    private static final String NEW = "n3w-Passw0rd-2025";

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final InMemoryAdminAccountRepository admins = new InMemoryAdminAccountRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(new SecureRandom(), 1000);
    private final LoginService login = new LoginService(new DirectUnitOfWork(), settings, admins, sessions, hasher,
            new SecureRandom(), clock, new LoginThrottle(clock, 5, LoginThrottle.DEFAULT_WINDOW));
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final ResetAdminPasswordService service = new ResetAdminPasswordService(unitOfWork, admins, sessions, hasher);

    @BeforeEach
    void install() {
        settings.saveAll(Map.of(SettingKey.INSTALLED, "1"));
        admins.save(new AdminAccount("admin", hasher.hash(OLD)));
    }

    private String logIn(String password) {
        return login.login(new LoginCommand("admin", password, "127.0.0.1")).token();
    }

    @Test
    void theNewPasswordLogsInTheOldOneDoesNotAndEverySessionEnds() {
        logIn(OLD);
        logIn(OLD);

        service.reset(NEW);

        assertEquals(List.of(), sessions.all());
        assertThrows(InvalidCredentialsException.class, () -> logIn(OLD));
        assertTrue(logIn(NEW).length() >= 43);
        assertEquals("admin", admins.find().orElseThrow().username());
        assertFalse(admins.find().orElseThrow().passwordHash().encoded().contains(NEW));
        assertEquals(1, unitOfWork.transactions());
    }

    @Test
    void aShortOrMissingPasswordIsRefusedAndNothingChanges() {
        AdminAccount before = admins.find().orElseThrow();
        String session = logIn(OLD);

        assertEquals("WEAK_PASSWORD", assertThrows(InvalidValueException.class, () -> service.reset("1234567")).code());
        assertEquals("VALIDATION_FAILED", assertThrows(InvalidValueException.class, () -> service.reset(null)).code());
        assertEquals("VALIDATION_FAILED", assertThrows(InvalidValueException.class, () -> service.reset("")).code());
        assertEquals("VALIDATION_FAILED", assertThrows(InvalidValueException.class,
                () -> service.reset("p".repeat(1025))).code());

        assertEquals(before, admins.find().orElseThrow());
        assertEquals(1, sessions.all().size());
        assertTrue(sessions.findByTokenHash(TokenHash.of(session)).isPresent());
        assertEquals(0, unitOfWork.transactions());
    }

    @Test
    void eightCharactersAreEnough() {
        service.reset("12345678");
        assertTrue(logIn("12345678").length() >= 43);
    }

    @Test
    void resettingBeforeInstallationIsNotInstalled() {
        ResetAdminPasswordService noAdmin = new ResetAdminPasswordService(unitOfWork, new InMemoryAdminAccountRepository(),
                sessions, hasher);
        assertEquals("NOT_INSTALLED", assertThrows(NotInstalledException.class, () -> noAdmin.reset(NEW)).code());
        assertEquals(0, unitOfWork.transactions());
    }
}
