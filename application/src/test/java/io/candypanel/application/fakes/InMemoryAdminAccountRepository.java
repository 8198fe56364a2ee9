package io.candypanel.application.fakes;

import io.candypanel.application.port.out.auth.AdminAccountRepositoryPort;
import io.candypanel.domain.auth.AdminAccount;
import java.util.Objects;
import java.util.Optional;

public final class InMemoryAdminAccountRepository implements AdminAccountRepositoryPort {
    private AdminAccount account;

    @Override
    public synchronized Optional<AdminAccount> find() {
        return Optional.ofNullable(account);
    }

    @Override
    public synchronized void save(AdminAccount account) {
        this.account = Objects.requireNonNull(account, "account");
    }
}
