package io.candypanel.adapter.persistence;

import io.candypanel.application.port.out.auth.ApiTokenRepositoryPort;
import io.candypanel.domain.auth.ApiToken;
import io.candypanel.domain.auth.TokenHash;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Named API tokens in {@code api_tokens}, stored only as hashes. */
public final class JdbcApiTokenRepository implements ApiTokenRepositoryPort {
    private static final String FIND_BY_HASH = """
            SELECT name, token_hash, created_at FROM api_tokens WHERE token_hash = ?""";

    private static final String FIND_ALL = """
            SELECT name, token_hash, created_at FROM api_tokens ORDER BY name""";

    private static final String UPSERT = """
            INSERT INTO api_tokens (name, token_hash, created_at) VALUES (?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET
                token_hash = excluded.token_hash,
                created_at = excluded.created_at""";

    private static final String DELETE = """
            DELETE FROM api_tokens WHERE name = ?""";

    private final Jdbc jdbc;

    public JdbcApiTokenRepository(Database database) {
        this.jdbc = new Jdbc(Objects.requireNonNull(database, "database"));
    }

    @Override
    public Optional<ApiToken> findByTokenHash(TokenHash tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        return jdbc.single(FIND_BY_HASH, s -> s.setString(1, tokenHash.hex()), JdbcApiTokenRepository::read);
    }

    @Override
    public List<ApiToken> findAll() {
        return jdbc.list(FIND_ALL, Jdbc.Binder.NONE, JdbcApiTokenRepository::read);
    }

    @Override
    public void save(ApiToken token) {
        Objects.requireNonNull(token, "token");
        jdbc.update(UPSERT, s -> {
            s.setString(1, token.name());
            s.setString(2, token.tokenHash().hex());
            s.setLong(3, Jdbc.millis(token.createdAt()));
        });
    }

    @Override
    public boolean delete(String name) {
        Objects.requireNonNull(name, "name");
        return jdbc.update(DELETE, s -> s.setString(1, name)) > 0;
    }

    private static ApiToken read(ResultSet rows) throws SQLException {
        return new ApiToken(rows.getString("name"), new TokenHash(rows.getString("token_hash")),
                Jdbc.instant(rows.getLong("created_at")));
    }
}
