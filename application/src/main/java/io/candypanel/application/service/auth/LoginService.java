package io.candypanel.application.service.auth;

import io.candypanel.application.port.in.auth.InvalidCredentialsException;
import io.candypanel.application.port.in.auth.IssuedSession;
import io.candypanel.application.port.in.auth.LoginCommand;
import io.candypanel.application.port.in.auth.LoginUseCase;
import io.candypanel.application.port.in.auth.NotInstalledException;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.auth.AdminAccountRepositoryPort;
import io.candypanel.application.port.out.auth.PasswordHasherPort;
import io.candypanel.application.port.out.auth.SessionRepositoryPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.auth.Session;
import io.candypanel.domain.auth.TokenHash;
import io.candypanel.domain.setting.Settings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

public final class LoginService implements LoginUseCase {
    static final int TOKEN_BYTES = 32;
    /** A handful of browsers and scripts; beyond that the oldest session ends. */
    public static final int MAX_SESSIONS_PER_ADMIN = 10;

    private final UnitOfWorkPort unitOfWork;
    private final SettingsRepositoryPort settings;
    private final AdminAccountRepositoryPort admins;
    private final SessionRepositoryPort sessions;
    private final PasswordHasherPort passwordHasher;
    private final SecureRandom random;
    private final Clock clock;
    private final LoginThrottle throttle;

    public LoginService(UnitOfWorkPort unitOfWork, SettingsRepositoryPort settings, AdminAccountRepositoryPort admins,
                        SessionRepositoryPort sessions, PasswordHasherPort passwordHasher, SecureRandom random, Clock clock,
                        LoginThrottle throttle) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.passwordHasher = Objects.requireNonNull(passwordHasher, "passwordHasher");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
    }

    @Override
    public IssuedSession login(LoginCommand command) {
        Settings current = settings.load();
        if (!current.isInstalled()) {
            throw new NotInstalledException();
        }
        throttle.acquire(command.remoteAddress());
        Optional<AdminAccount> admin = admins.find();
        boolean userMatches = admin.map(a -> constantTimeEquals(a.username(), command.username())).orElse(false);
        // Always run the slow check, whatever the user name, so timing does not reveal it.
        boolean passwordMatches = admin.map(a -> passwordHasher.matches(command.password(), a.passwordHash()))
                .orElseGet(() -> {
                    passwordHasher.hash(command.password());
                    return false;
                });
        if (!userMatches || !passwordMatches || admin.isEmpty()) {
            throw new InvalidCredentialsException(); // the attempt was already counted by acquire()
        }
        throttle.recordSuccess(command.remoteAddress());
        String token = newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofHours(current.sessionTtlHours()));
        unitOfWork.run(() -> {
            sessions.deleteExpired(now);
            sessions.insert(new Session(TokenHash.of(token), admin.get().username(), now, expiresAt));
            // The oldest others end; never the session just issued, even when created_at ties.
            TokenHash issued = TokenHash.of(token);
            List<Session> others = sessions.findByUsername(admin.get().username()).stream()
                    .filter(s -> !s.tokenHash().equals(issued)).toList();
            for (int i = 0; i < others.size() - (MAX_SESSIONS_PER_ADMIN - 1); i++) {
                sessions.delete(others.get(i).tokenHash());
            }
        });
        return new IssuedSession(token, expiresAt);
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
