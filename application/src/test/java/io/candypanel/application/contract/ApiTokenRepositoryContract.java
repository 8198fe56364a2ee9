package io.candypanel.application.contract;

import static io.candypanel.application.contract.ContractData.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.out.auth.ApiTokenRepositoryPort;
import io.candypanel.domain.auth.ApiToken;
import io.candypanel.domain.auth.TokenHash;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code ApiTokenRepositoryPort}: tokens are listed by name and found by hash; saving
 * a name again replaces its token; a hash belongs to one name; delete says whether there was one.
 */
public abstract class ApiTokenRepositoryContract extends StorageContract {
    private ApiTokenRepositoryPort tokens;

    @BeforeEach
    public final void repository() {
        tokens = ports().apiTokens();
    }

    @Test
    public void tokensRoundTripOrderedByNameAndAreFoundByHash() {
        ApiToken zeta = new ApiToken("zeta-bot", TokenHash.of("z".repeat(40)), T0);
        ApiToken alpha = new ApiToken("alpha-bot", TokenHash.of("a".repeat(40)), T0.plusSeconds(1));
        tokens.save(zeta);
        tokens.save(alpha);

        assertEquals(List.of(alpha, zeta), tokens.findAll());
        assertEquals(Optional.of(zeta), tokens.findByTokenHash(TokenHash.of("z".repeat(40))));
        assertEquals(Optional.empty(), tokens.findByTokenHash(TokenHash.of("x".repeat(40))));
    }

    @Test
    public void savingANameAgainReplacesItsToken() {
        tokens.save(new ApiToken("bot", TokenHash.of("old".repeat(12)), T0));
        ApiToken renewed = new ApiToken("bot", TokenHash.of("new".repeat(12)), T0.plusSeconds(60));

        tokens.save(renewed);

        assertEquals(List.of(renewed), tokens.findAll());
        assertEquals(Optional.empty(), tokens.findByTokenHash(TokenHash.of("old".repeat(12))));
    }

    @Test
    public void deleteSaysWhetherThereWasSuchAToken() {
        tokens.save(new ApiToken("bot", TokenHash.of("b".repeat(40)), T0));

        assertTrue(tokens.delete("bot"));
        assertFalse(tokens.delete("bot"));
        assertEquals(List.of(), tokens.findAll());
    }

    @Test
    public void twoNamesCannotShareATokenHash() {
        ApiToken first = new ApiToken("first", TokenHash.of("same".repeat(10)), T0);
        tokens.save(first);

        assertThrows(RuntimeException.class, () -> tokens.save(new ApiToken("second", TokenHash.of("same".repeat(10)), T0)));

        assertEquals(List.of(first), tokens.findAll());
    }
}
