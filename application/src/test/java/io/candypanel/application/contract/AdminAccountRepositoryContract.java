package io.candypanel.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.application.port.out.auth.AdminAccountRepositoryPort;
import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.auth.PasswordHash;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@code AdminAccountRepositoryPort}: none before installation, then exactly one, replaced by each save. */
public abstract class AdminAccountRepositoryContract extends StorageContract {
    private AdminAccountRepositoryPort admins;

    @BeforeEach
    public final void repository() {
        admins = ports().adminAccount();
    }

    @Test
    public void thereIsNoAdminBeforeInstallation() {
        assertEquals(Optional.empty(), admins.find());
    }

    @Test
    public void saveCreatesThenReplacesTheSingleAccount() {
        admins.save(new AdminAccount("admin", new PasswordHash("pbkdf2$1$salt$hash")));
        AdminAccount renamed = new AdminAccount("root@example", new PasswordHash("pbkdf2$2$salt2$hash2"));

        admins.save(renamed);

        assertEquals(Optional.of(renamed), admins.find());
    }

    @Test
    public void aSaveInsideARolledBackTransactionIsNotKept() {
        AdminAccount first = new AdminAccount("admin", new PasswordHash("pbkdf2$1$salt$hash"));
        admins.save(first);

        assertThrows(IllegalStateException.class, () -> ports().unitOfWork().run(() -> {
            admins.save(new AdminAccount("intruder", new PasswordHash("pbkdf2$1$x$y")));
            throw new IllegalStateException("rolled back");
        }));

        assertEquals(Optional.of(first), admins.find());
    }
}
