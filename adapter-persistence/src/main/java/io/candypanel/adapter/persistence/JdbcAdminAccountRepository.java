package io.candypanel.adapter.persistence;

import io.candypanel.application.port.out.auth.AdminAccountRepositoryPort;
import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.auth.PasswordHash;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The single admin account: row {@code id = 1} of {@code admin_account} (a CHECK constraint
 * forbids any other). The clock stamps {@code updated_at}, which the aggregate does not carry.
 */
public final class JdbcAdminAccountRepository implements AdminAccountRepositoryPort {
    private static final String FIND = """
            SELECT username, password_hash FROM admin_account WHERE id = 1""";

    private static final String UPSERT = """
            INSERT INTO admin_account (id, username, password_hash, updated_at) VALUES (1, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                username = excluded.username,
                password_hash = excluded.password_hash,
                updated_at = excluded.updated_at""";

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcAdminAccountRepository(Database database, Clock clock) {
        this.jdbc = new Jdbc(Objects.requireNonNull(database, "database"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<AdminAccount> find() {
        return jdbc.single(FIND, Jdbc.Binder.NONE,
                rows -> new AdminAccount(rows.getString("username"), new PasswordHash(rows.getString("password_hash"))));
    }

    @Override
    public void save(AdminAccount account) {
        Objects.requireNonNull(account, "account");
        long now = Jdbc.millis(clock.instant());
        jdbc.update(UPSERT, s -> {
            s.setString(1, account.username());
            s.setString(2, account.passwordHash().encoded());
            s.setLong(3, now);
        });
    }
}
