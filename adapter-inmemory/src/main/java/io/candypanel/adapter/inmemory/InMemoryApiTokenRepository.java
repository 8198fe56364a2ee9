package io.candypanel.adapter.inmemory;

import io.candypanel.application.port.out.auth.ApiTokenRepositoryPort;
import io.candypanel.domain.auth.ApiToken;
import io.candypanel.domain.auth.TokenHash;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Named API tokens by name, each token hash used by one name only. */
final class InMemoryApiTokenRepository implements ApiTokenRepositoryPort {
    private final Store store;

    InMemoryApiTokenRepository(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Optional<ApiToken> findByTokenHash(TokenHash tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        return store.read(Tables.API_TOKENS).values().stream().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public List<ApiToken> findAll() {
        return List.copyOf(store.read(Tables.API_TOKENS).values());
    }

    @Override
    public void save(ApiToken token) {
        Objects.requireNonNull(token, "token");
        store.inTransaction(() -> {
            Map<String, ApiToken> rows = store.write(Tables.API_TOKENS);
            for (ApiToken other : rows.values()) {
                if (!other.name().equals(token.name()) && other.tokenHash().equals(token.tokenHash())) {
                    throw new InMemoryConstraintException("UNIQUE constraint failed: api_tokens.token_hash");
                }
            }
            rows.put(token.name(), token);
            return null;
        });
    }

    @Override
    public boolean delete(String name) {
        Objects.requireNonNull(name, "name");
        return store.inTransaction(() -> store.read(Tables.API_TOKENS).containsKey(name)
                && store.write(Tables.API_TOKENS).remove(name) != null);
    }
}
