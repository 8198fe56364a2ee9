package io.candypanel.application.port.out.auth;

import io.candypanel.domain.auth.ApiToken;
import io.candypanel.domain.auth.TokenHash;
import java.util.List;
import java.util.Optional;

/** Named API tokens, stored only as hashes. */
public interface ApiTokenRepositoryPort {
    Optional<ApiToken> findByTokenHash(TokenHash tokenHash);

    /** All tokens, ordered by name. */
    List<ApiToken> findAll();

    /** Creates the token or replaces the one with the same name. */
    void save(ApiToken token);

    /** Returns false when no token had that name. */
    boolean delete(String name);
}
