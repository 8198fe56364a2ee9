package io.candypanel.application.service.auth;

import io.candypanel.application.port.in.auth.ChangePasswordCommand;
import io.candypanel.application.port.in.auth.NotInstalledException;
import io.candypanel.application.port.in.auth.ResetAdminPasswordUseCase;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.auth.AdminAccountRepositoryPort;
import io.candypanel.application.port.out.auth.PasswordHasherPort;
import io.candypanel.application.port.out.auth.SessionRepositoryPort;
import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.auth.PasswordHash;
import io.candypanel.domain.shared.InvalidValueException;
import java.util.Objects;

public final class ResetAdminPasswordService implements ResetAdminPasswordUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final AdminAccountRepositoryPort admins;
    private final SessionRepositoryPort sessions;
    private final PasswordHasherPort passwordHasher;

    public ResetAdminPasswordService(UnitOfWorkPort unitOfWork, AdminAccountRepositoryPort admins, SessionRepositoryPort sessions,
                                     PasswordHasherPort passwordHasher) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.passwordHasher = Objects.requireNonNull(passwordHasher, "passwordHasher");
    }

    @Override
    public void reset(String newPassword) {
        AdminAccount.validPassword(newPassword);
        if (newPassword.length() < ChangePasswordCommand.MIN_NEW_PASSWORD_LENGTH) {
            throw new InvalidValueException("WEAK_PASSWORD",
                    "The new password must have at least " + ChangePasswordCommand.MIN_NEW_PASSWORD_LENGTH + " characters.");
        }
        AdminAccount admin = admins.find().orElseThrow(NotInstalledException::new);
        PasswordHash hash = passwordHasher.hash(newPassword);
        unitOfWork.run(() -> {
            admins.save(new AdminAccount(admin.username(), hash));
            sessions.deleteAllExcept(admin.username(), null);
        });
    }
}
