package io.candypanel.application.service.auth;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryAdminAccountRepository;
import io.candypanel.application.fakes.InMemoryApiTokenRepository;
import io.candypanel.application.fakes.InMemorySessionRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.port.in.auth.ChangePasswordCommand;
import io.candypanel.application.port.in.auth.InvalidCredentialsException;
import io.candypanel.application.port.in.auth.LoginCommand;
import io.candypanel.application.port.in.auth.NotInstalledException;
import io.candypanel.application.port.in.auth.Principal;
import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.auth.Session;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.shared.InvalidValueException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangePasswordServiceTest {
    private static final String OLD = "s3cret-Passw0rd";
    private static final String NEW = "n3w-Passw0rd-2025";
    private static final Principal ADMIN = new Principal(Principal.Kind.ADMIN_SESSION, "admin");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final InMemoryAdminAccountRepository admins = new InMemoryAdminAccountRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(new SecureRandom(), 1000);
    private final LoginService login = new LoginService(new DirectUnitOfWork(), settings, admins, sessions, hasher,
            new SecureRandom(), clock, new LoginThrottle(clock, 5, LoginThrottle.DEFAULT_WINDOW));
    private final AuthenticateService authenticate = new AuthenticateService(sessions, new InMemoryApiTokenRepository(), clock);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final ChangePasswordService service = new ChangePasswordService(unitOfWork, admins, sessions, hasher);

    private String laptop;
    private String phone;
    private String script;

    @BeforeEach
    void installAndLogInThrice() {
        settings.saveAll(Map.of(SettingKey.INSTALLED, "1"));
        admins.save(new AdminAccount("admin", hasher.hash(OLD)));
        laptop = logIn(OLD);
        clock.advance(Duration.ofMinutes(1));
        phone = logIn(OLD);
        clock.advance(Duration.ofMinutes(1));
        script = logIn(OLD);
    }

    private String logIn(String password) {
        return login.login(new LoginCommand("admin", password, "198.51.100.7")).token();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndNothingChanges() {
        AdminAccount before = admins.find().orElseThrow();
        List<Session> sessionsBefore = sessions.all();

        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> service.change(new ChangePasswordCommand("not-the-password", NEW, laptop)));

        assertEquals("WRONG_CURRENT_PASSWORD", e.code());
        assertFalse(e.getMessage().contains(NEW), e.getMessage());
        assertEquals(before, admins.find().orElseThrow(), "the stored hash is untouched");
        assertEquals(sessionsBefore, sessions.all(), "no session was ended");
        assertEquals(0, unitOfWork.transactions(), "nothing was written");
        assertEquals(Optional.of(ADMIN), authenticate.authenticate(phone));
        assertThrows(InvalidCredentialsException.class, () -> logIn(NEW));
        assertTrue(logIn(OLD).length() > 0, "the old password still works");
    }

    @Test
    void anEmptyCurrentPasswordIsJustWrong() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> service.change(new ChangePasswordCommand("", NEW, laptop)));
        assertEquals("WRONG_CURRENT_PASSWORD", e.code());
        assertEquals(3, sessions.all().size());
    }

    @Test
    void afterAChangeTheNewPasswordLogsInAndTheOldOneDoesNot() {
        service.change(new ChangePasswordCommand(OLD, NEW, laptop));

        assertThrows(InvalidCredentialsException.class, () -> logIn(OLD));
        String fresh = logIn(NEW);
        assertEquals(Optional.of(ADMIN), authenticate.authenticate(fresh));
        assertEquals(1, unitOfWork.transactions());
    }

    @Test
    void theNewPasswordIsStoredAsANewSlowHashForTheSameUser() {
        AdminAccount before = admins.find().orElseThrow();

        service.change(new ChangePasswordCommand(OLD, NEW, laptop));

        AdminAccount after = admins.find().orElseThrow();
        assertEquals("admin", after.username());
        assertNotEquals(before.passwordHash(), after.passwordHash());
        assertFalse(after.passwordHash().encoded().contains(NEW));
        assertTrue(hasher.matches(NEW, after.passwordHash()));
        assertFalse(hasher.matches(OLD, after.passwordHash()));
    }

    @Test
    void everyOtherSessionEndsAndTheCallersOwnIsKept() {
        service.change(new ChangePasswordCommand(OLD, NEW, laptop));

        assertEquals(Optional.of(ADMIN), authenticate.authenticate(laptop), "the caller stays logged in");
        assertEquals(Optional.empty(), authenticate.authenticate(phone));
        assertEquals(Optional.empty(), authenticate.authenticate(script));
        assertEquals(1, sessions.all().size());
    }

    @Test
    void aCallerUsingAnApiTokenHasNoSessionToKeepSoEverySessionEnds() {
        service.change(new ChangePasswordCommand(OLD, NEW, ""));

        assertEquals(List.of(), sessions.all());
        assertEquals(Optional.empty(), authenticate.authenticate(laptop));
        assertEquals(Optional.empty(), authenticate.authenticate(phone));
    }

    @Test
    void aKeepTokenThatIsNoSessionKeepsNothing() {
        service.change(new ChangePasswordCommand(OLD, NEW, "not-a-session-token"));
        assertEquals(List.of(), sessions.all());
    }

    @Test
    void changingThePasswordOfAPanelWithoutAdminIsNotInstalled() {
        ChangePasswordService noAdmin = new ChangePasswordService(unitOfWork, new InMemoryAdminAccountRepository(), sessions,
                hasher);
        NotInstalledException e = assertThrows(NotInstalledException.class,
                () -> noAdmin.change(new ChangePasswordCommand(OLD, NEW, laptop)));
        assertEquals("NOT_INSTALLED", e.code());
        assertEquals(3, sessions.all().size());
    }
}
