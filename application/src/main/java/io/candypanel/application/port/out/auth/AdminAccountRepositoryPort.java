package io.candypanel.application.port.out.auth;

import io.candypanel.domain.auth.AdminAccount;
import java.util.Optional;

/** The single admin account. */
public interface AdminAccountRepositoryPort {
    Optional<AdminAccount> find();

    /** Creates or replaces the admin account. */
    void save(AdminAccount account);
}
