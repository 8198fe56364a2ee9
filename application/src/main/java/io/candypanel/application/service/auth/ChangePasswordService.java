package io.candypanel.application.service.auth;

import io.candypanel.application.port.in.auth.ChangePasswordCommand;
import io.candypanel.application.port.in.auth.ChangePasswordUseCase;
import io.candypanel.application.port.in.auth.NotInstalledException;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.auth.AdminAccountRepositoryPort;
import io.candypanel.application.port.out.auth.PasswordHasherPort;
import io.candypanel.application.port.out.auth.SessionRepositoryPort;
import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.auth.PasswordHash;
import io.candypanel.domain.auth.TokenHash;
import io.candypanel.domain.shared.InvalidValueException;
import java.util.Objects;

public final class ChangePasswordService implements ChangePasswordUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final AdminAccountRepositoryPort admins;
    private final SessionRepositoryPort sessions;
    private final PasswordHasherPort passwordHasher;

    public ChangePasswordService(UnitOfWorkPort unitOfWork, AdminAccountRepositoryPort admins, SessionRepositoryPort sessions,
                                 PasswordHasherPort passwordHasher) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.passwordHasher = Objects.requireNonNull(passwordHasher, "passwordHasher");
    }

    @Override
    public void change(ChangePasswordCommand command) {
        AdminAccount admin = admins.find().orElseThrow(NotInstalledException::new);
        if (!passwordHasher.matches(command.currentPassword(), admin.passwordHash())) {
            throw new InvalidValueException("WRONG_CURRENT_PASSWORD", "The current password is wrong.");
        }
        PasswordHash newHash = passwordHasher.hash(command.newPassword());
        unitOfWork.run(() -> {
            admins.save(new AdminAccount(admin.username(), newHash));
            // Whoever else was logged in with the old password is logged out.
            TokenHash keep = command.keepSessionToken().isEmpty() ? null : TokenHash.of(command.keepSessionToken());
            sessions.deleteAllExcept(admin.username(), keep);
        });
    }
}
