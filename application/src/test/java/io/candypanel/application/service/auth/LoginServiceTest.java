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
import io.candypanel.application.port.in.auth.TooManyLoginAttemptsException;
import io.candypanel.application.port.out.auth.PasswordHasherPort;
import io.candypanel.domain.auth.PasswordHash;
import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.shared.InvalidValueException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LoginServiceTest {
    private static final String PASSWORD = "s3cret-Passw0rd";

    private final MutableClock clock = new MutableClock(NOW);
    private final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.DEFAULT_MAX_FAILURES,
            LoginThrottle.DEFAULT_WINDOW);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final InMemoryAdminAccountRepository admins = new InMemoryAdminAccountRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(new SecureRandom(), 1000);
    private final LoginService login = new LoginService(new DirectUnitOfWork(), settings, admins, sessions, hasher,
            new SecureRandom(), clock, throttle);

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
                new SecureRandom(), clock, throttle);
        NotInstalledException e = assertThrows(NotInstalledException.class,
                () -> notInstalled.login(new LoginCommand("admin", PASSWORD)));
        assertEquals("NOT_INSTALLED", e.code());
        assertEquals(0, sessions.all().size());
    }

    @Test
    void anInstalledPanelWithoutAdminAccountRefusesEveryone() {
        LoginService noAdmin = new LoginService(new DirectUnitOfWork(), settings, new InMemoryAdminAccountRepository(),
                sessions, hasher, new SecureRandom(), clock, throttle);
        assertThrows(InvalidCredentialsException.class, () -> noAdmin.login(new LoginCommand("admin", PASSWORD)));
        assertEquals(0, sessions.all().size());
    }

    // --- failed-login throttle ----------------------------------------------------------------

    private static final String ATTACKER = "203.0.113.66";
    private static final String ADMIN_DESK = "198.51.100.7";

    private void wrongPasswordFrom(String address) {
        assertThrows(InvalidCredentialsException.class, () -> login.login(new LoginCommand("admin", "guess", address)));
    }

    @Test
    void fiveFailuresFromOneAddressRefuseItEvenTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            wrongPasswordFrom(ATTACKER);
        }

        TooManyLoginAttemptsException e = assertThrows(TooManyLoginAttemptsException.class,
                () -> login.login(new LoginCommand("admin", PASSWORD, ATTACKER)));
        assertEquals("TOO_MANY_LOGIN_ATTEMPTS", e.code());
        assertTrue(e.retryAfterSeconds() >= 1 && e.retryAfterSeconds() <= 61, "retry after " + e.retryAfterSeconds());
        assertEquals(0, sessions.all().size());
    }

    @Test
    void anotherAddressStillLogsInWhileOneIsRefused() {
        for (int i = 0; i < 5; i++) {
            wrongPasswordFrom(ATTACKER);
        }
        assertThrows(TooManyLoginAttemptsException.class, () -> login.login(new LoginCommand("admin", PASSWORD, ATTACKER)));

        IssuedSession issued = login.login(new LoginCommand("admin", PASSWORD, ADMIN_DESK));
        assertEquals(TokenHash.of(issued.token()), sessions.all().get(0).tokenHash());
    }

    @Test
    void aRefusedAddressMayTryAgainOnceTheMinuteHasPassed() {
        for (int i = 0; i < 5; i++) {
            wrongPasswordFrom(ATTACKER);
        }
        long retryAfter = assertThrows(TooManyLoginAttemptsException.class,
                () -> login.login(new LoginCommand("admin", PASSWORD, ATTACKER))).retryAfterSeconds();

        clock.advance(Duration.ofSeconds(retryAfter));

        IssuedSession issued = login.login(new LoginCommand("admin", PASSWORD, ATTACKER));
        assertEquals(clock.instant().plus(Duration.ofHours(24)), issued.expiresAt());
    }

    @Test
    void aSuccessfulLoginClearsTheAddresssFailures() {
        for (int i = 0; i < 4; i++) {
            wrongPasswordFrom(ADMIN_DESK);
        }
        login.login(new LoginCommand("admin", PASSWORD, ADMIN_DESK));
        for (int i = 0; i < 4; i++) {
            wrongPasswordFrom(ADMIN_DESK);
        }
        // Eight failures within the minute, but never five without a success in between.
        IssuedSession second = login.login(new LoginCommand("admin", PASSWORD, ADMIN_DESK));
        assertTrue(sessions.findByTokenHash(TokenHash.of(second.token())).isPresent());
        assertEquals(2, sessions.all().size());
    }

    @Test
    void aWrongUserNameCountsAsAFailureToo() {
        for (int i = 0; i < 5; i++) {
            assertThrows(InvalidCredentialsException.class, () -> login.login(new LoginCommand("root", PASSWORD, ATTACKER)));
        }
        assertThrows(TooManyLoginAttemptsException.class, () -> login.login(new LoginCommand("admin", PASSWORD, ATTACKER)));
    }

    @Test
    void aRefusedAttemptCostsNoPasswordHash() {
        CountingHasher counting = new CountingHasher(hasher);
        LoginService counted = new LoginService(new DirectUnitOfWork(), settings, admins, sessions, counting,
                new SecureRandom(), clock, throttle);
        for (int i = 0; i < 5; i++) {
            assertThrows(InvalidCredentialsException.class, () -> counted.login(new LoginCommand("admin", "guess", ATTACKER)));
        }
        assertEquals(5, counting.matches.get());

        for (int i = 0; i < 20; i++) {
            assertThrows(TooManyLoginAttemptsException.class, () -> counted.login(new LoginCommand("admin", "guess", ATTACKER)));
        }
        assertEquals(5, counting.matches.get(), "a flood of refused attempts does not burn CPU on PBKDF2");
    }

    /**
     * The limit holds for guesses sent in parallel too: twenty wrong passwords from one address, all
     * in flight at once (each held inside the slow password check until all twenty got there, or two
     * seconds passed), must not give that address more than five guesses.
     */
    @Test
    @Timeout(60)
    void aParallelBurstFromOneAddressGetsNoMoreThanFiveGuesses() throws Exception {
        int burst = 20;
        CountDownLatch allInside = new CountDownLatch(burst);
        PasswordHasherPort slow = new PasswordHasherPort() {
            @Override
            public PasswordHash hash(String password) {
                return hasher.hash(password);
            }

            @Override
            public boolean matches(String password, PasswordHash hash) {
                allInside.countDown();
                try {
                    allInside.await(2, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return hasher.matches(password, hash);
            }
        };
        LoginService parallel = new LoginService(new DirectUnitOfWork(), settings, admins, sessions, slow,
                new SecureRandom(), clock, throttle);
        ExecutorService pool = Executors.newFixedThreadPool(burst);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                outcomes.add(pool.submit(() -> {
                    try {
                        parallel.login(new LoginCommand("admin", "guess", ATTACKER));
                        return "logged in";
                    } catch (InvalidCredentialsException e) {
                        return "guess checked";
                    } catch (TooManyLoginAttemptsException e) {
                        return "refused";
                    }
                }));
            }
            int guessesChecked = 0;
            for (Future<String> outcome : outcomes) {
                if (outcome.get(30, TimeUnit.SECONDS).equals("guess checked")) {
                    guessesChecked++;
                }
            }
            assertTrue(guessesChecked <= LoginThrottle.DEFAULT_MAX_FAILURES,
                    guessesChecked + " passwords were tried from one address within a second");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Counts the slow checks. */
    private static final class CountingHasher implements PasswordHasherPort {
        private final PasswordHasherPort delegate;
        private final AtomicInteger matches = new AtomicInteger();

        CountingHasher(PasswordHasherPort delegate) {
            this.delegate = delegate;
        }

        @Override
        public PasswordHash hash(String password) {
            return delegate.hash(password);
        }

        @Override
        public boolean matches(String password, PasswordHash hash) {
            matches.incrementAndGet();
            return delegate.matches(password, hash);
        }
    }

    // --- at most ten sessions per admin ----------------------------------------------------------

    private List<String> logInTimes(int times) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            tokens.add(login.login(new LoginCommand("admin", PASSWORD, ADMIN_DESK)).token());
            clock.advance(Duration.ofSeconds(1));
        }
        return tokens;
    }

    @Test
    void tenSessionsAreKept() {
        assertEquals(10, LoginService.MAX_SESSIONS_PER_ADMIN);
        List<String> tokens = logInTimes(10);
        assertEquals(10, sessions.all().size());
        for (String token : tokens) {
            assertTrue(sessions.findByTokenHash(TokenHash.of(token)).isPresent());
        }
    }

    @Test
    void theEleventhLoginEndsTheOldestSession() {
        List<String> tokens = logInTimes(11);

        assertEquals(10, sessions.all().size());
        assertTrue(sessions.findByTokenHash(TokenHash.of(tokens.get(0))).isEmpty(), "the oldest session ended");
        for (String token : tokens.subList(1, 11)) {
            assertTrue(sessions.findByTokenHash(TokenHash.of(token)).isPresent());
        }

        String twelfth = login.login(new LoginCommand("admin", PASSWORD, ADMIN_DESK)).token();
        assertEquals(10, sessions.all().size());
        assertTrue(sessions.findByTokenHash(TokenHash.of(tokens.get(1))).isEmpty(), "then the next oldest");
        assertTrue(sessions.findByTokenHash(TokenHash.of(twelfth)).isPresent());
        assertTrue(sessions.findByTokenHash(TokenHash.of(tokens.get(2))).isPresent());
    }

    @Test
    void expiredSessionsDoNotCountTowardsTheLimit() {
        settings.saveAll(Map.of(SettingKey.SESSION_TTL_HOURS, "1"));
        logInTimes(9);
        clock.advance(Duration.ofHours(2));                       // all nine have expired
        List<String> fresh = logInTimes(10);

        assertEquals(10, sessions.all().size());
        for (String token : fresh) {
            assertTrue(sessions.findByTokenHash(TokenHash.of(token)).isPresent(), "no live session was ended");
        }
    }
}
