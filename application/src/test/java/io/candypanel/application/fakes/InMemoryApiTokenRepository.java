package io.candypanel.application.fakes;

import io.candypanel.application.port.out.auth.ApiTokenRepositoryPort;
import io.candypanel.domain.auth.ApiToken;
import io.candypanel.domain.auth.TokenHash;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryApiTokenRepository implements ApiTokenRepositoryPort {
    private final Map<String, ApiToken> rows = new TreeMap<>();

    @Override
    public synchronized Optional<ApiToken> findByTokenHash(TokenHash tokenHash) {
        return rows.values().stream().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized List<ApiToken> findAll() {
        return List.copyOf(rows.values());
    }

    @Override
    public synchronized void save(ApiToken token) {
        rows.put(token.name(), token);
    }

    @Override
    public synchronized boolean delete(String name) {
        return rows.remove(name) != null;
    }
}
