package io.candypanel.domain.client;

import static io.candypanel.domain.client.TestClients.IN_30_DAYS;
import static io.candypanel.domain.client.TestClients.KEYS;
import static io.candypanel.domain.client.TestClients.NOW;
import static io.candypanel.domain.client.TestClients.newClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin's "reset traffic" and the client's secret share link. */
class ClientResetAndShareTest {
    private static final String TOKEN_A = "Ab3_-xYz0123456789abcdefghijklmnopqrstuvwxy";   // 43 chars, as 32 random bytes give
    private static final String TOKEN_B = "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ";

    private static Client disabledOverQuota(Instant expiresAt) {
        Client client = Client.restore(new ClientName("carol"), InterfaceId.FIRST, KEYS.newKeyPair(), KEYS.newPresharedKey(),
                Ipv4Address.parse("10.0.0.4"), NOW.minusSeconds(3600), expiresAt, new Quota(1000), new Usage(900, 300),
                new KernelCounters(300, 900), "", false, DisabledReason.QUOTA, null, null, false, null);
        assertTrue(client.isOverQuota());
        return client;
    }

    // --- resetUsage(now) --------------------------------------------------------------------

    @Test
    void resetUsageOfAnEnabledClientZeroesTheUsageAndKeepsTheKernelReading() {
        Client client = newClient("alice", new Quota(1000));
        client.recordCounters(new KernelCounters(400, 500));

        assertFalse(client.resetUsage(NOW), "an enabled client is not 're-enabled'");

        assertEquals(Usage.NONE, client.usage());
        assertEquals(new KernelCounters(400, 500), client.lastCounters(),
                "the kernel reading stays, so the next reading counts only traffic after the reset");
        assertTrue(client.isEnabled());
        client.recordCounters(new KernelCounters(450, 600));
        assertEquals(new Usage(100, 50), client.usage());
    }

    @Test
    void resetUsageBringsBackAClientDisabledOnlyForItsQuota() {
        Client client = disabledOverQuota(IN_30_DAYS);

        assertTrue(client.resetUsage(NOW));

        assertTrue(client.isEnabled());
        assertEquals(Optional.empty(), client.disabledReason());
        assertEquals(Usage.NONE, client.usage());
        assertFalse(client.isOverQuota());
    }

    @Test
    void resetUsageOfAQuotaDisabledClientThatHasSinceExpiredKeepsItDisabled() {
        Client client = disabledOverQuota(NOW);   // expired at this very instant

        assertFalse(client.resetUsage(NOW));

        assertFalse(client.isEnabled());
        assertEquals(Optional.of(DisabledReason.QUOTA), client.disabledReason());
        assertEquals(Usage.NONE, client.usage(), "the usage is reset all the same");
    }

    @ParameterizedTest
    @EnumSource(value = DisabledReason.class, names = "QUOTA", mode = EnumSource.Mode.EXCLUDE)
    void resetUsageNeverBringsBackAClientDisabledForAnotherReason(DisabledReason reason) {
        Client client = newClient("alice", new Quota(1000));
        client.recordCounters(new KernelCounters(2000, 0));
        client.disable(reason);

        assertFalse(client.resetUsage(NOW));

        assertFalse(client.isEnabled());
        assertEquals(Optional.of(reason), client.disabledReason());
        assertEquals(Usage.NONE, client.usage());
    }

    // --- shareWith / revokeShare ------------------------------------------------------------

    @Test
    void shareWithSetsTheTokenAndANewOneReplacesTheOld() {
        Client client = newClient("alice", Quota.UNLIMITED);
        client.shareWith(TOKEN_A);
        assertEquals(Optional.of(TOKEN_A), client.shareToken());

        client.shareWith(TOKEN_B);
        assertEquals(Optional.of(TOKEN_B), client.shareToken());
    }

    @Test
    void revokeShareRemovesTheTokenAndIsHarmlessWithoutOne() {
        Client client = newClient("alice", Quota.UNLIMITED);
        client.shareWith(TOKEN_A);
        client.revokeShare();
        assertEquals(Optional.empty(), client.shareToken());
        client.revokeShare();
        assertEquals(Optional.empty(), client.shareToken());
    }

    @Test
    void shareTokensAreTwentyTwoToOneHundredTwentyEightCharacters() {
        Client client = newClient("alice", Quota.UNLIMITED);
        client.shareWith("a".repeat(22));
        assertEquals(Optional.of("a".repeat(22)), client.shareToken());
        client.shareWith("b".repeat(128));
        assertEquals(Optional.of("b".repeat(128)), client.shareToken());
        assertThrows(IllegalArgumentException.class, () -> client.shareWith("c".repeat(21)));
        assertThrows(IllegalArgumentException.class, () -> client.shareWith("c".repeat(129)));
        assertEquals(Optional.of("b".repeat(128)), client.shareToken(), "a refused token leaves the current one");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Ab3+xYz0123456789abcdefghijk", "Ab3/xYz0123456789abcdefghijk", "Ab3xYz0123456789abcdefghijk=",
            "Ab3 xYz0123456789abcdefghijk", "Ab3xYz0123456789abcdefghijk\n", "../../../../../../etc/passwd",
            "Ab3xYz0123456789abcdefgh\u00e9ijk", "Ab3xYz0123456789abcdefgh%2Fijk"})
    void shareTokensThatAreNotUrlSafeAreRefused(String token) {
        Client client = newClient("alice", Quota.UNLIMITED);
        client.shareWith(TOKEN_A);
        assertThrows(IllegalArgumentException.class, () -> client.shareWith(token));
        assertEquals(Optional.of(TOKEN_A), client.shareToken());
    }
}
