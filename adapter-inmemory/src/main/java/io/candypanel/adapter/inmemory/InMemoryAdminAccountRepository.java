package io.candypanel.adapter.inmemory;

import io.candypanel.application.port.out.auth.AdminAccountRepositoryPort;
import io.candypanel.domain.auth.AdminAccount;
import java.util.Objects;
import java.util.Optional;

/** The single admin account (row 1). */
final class InMemoryAdminAccountRepository implements AdminAccountRepositoryPort {
    private static final Integer ROW = 1;

    private final Store store;

    InMemoryAdminAccountRepository(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Optional<AdminAccount> find() {
        return Optional.ofNullable(store.read(Tables.ADMIN_ACCOUNT).get(ROW));
    }

    @Override
    public void save(AdminAccount account) {
        Objects.requireNonNull(account, "account");
        store.inTransaction(() -> store.write(Tables.ADMIN_ACCOUNT).put(ROW, account));
    }
}
