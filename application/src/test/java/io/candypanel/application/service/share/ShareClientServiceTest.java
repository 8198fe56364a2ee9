package io.candypanel.application.service.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.domain.client.ClientName;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShareClientServiceTest {
    private static final ClientName ALICE = new ClientName("alice");
    private static final ClientName BOB = new ClientName("bob");

    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final ShareClientService service = new ShareClientService(unitOfWork, clients, new SecureRandom());

    @BeforeEach
    void setUp() {
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.2"));
        clients.insert(TestData.enabledClient("bob", 0, "10.0.0.3"));
    }

    @Test
    void aShareTokenIsAtLeast43UrlSafeCharactersOf256RandomBits() {
        String token = service.share(ALICE);

        assertTrue(token.matches("[A-Za-z0-9_-]{43,}"), token);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length, "32 random bytes behind the token");
    }

    @Test
    void theTokenIsStoredOnTheClientAndFindsIt() {
        String token = service.share(ALICE);

        assertEquals(Optional.of(token), clients.stored("alice").orElseThrow().shareToken());
        assertEquals("alice", clients.findByShareToken(token).orElseThrow().name().value());
        assertEquals(Optional.empty(), clients.stored("bob").orElseThrow().shareToken());
        assertEquals(1, unitOfWork.transactions());
    }

    @Test
    void aNewTokenReplacesTheOldOne() {
        String first = service.share(ALICE);
        String second = service.share(ALICE);

        assertNotEquals(first, second);
        assertEquals(Optional.empty(), clients.findByShareToken(first), "the old link stops working");
        assertEquals("alice", clients.findByShareToken(second).orElseThrow().name().value());
        assertEquals(Optional.of(second), clients.stored("alice").orElseThrow().shareToken());
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertTrue(seen.add(service.share(i % 2 == 0 ? ALICE : BOB)), "a repeated token after " + i);
        }
    }

    @Test
    void revokeEndsTheLinkAndLeavesOtherClientsAlone() {
        String aliceToken = service.share(ALICE);
        String bobToken = service.share(BOB);

        service.revoke(ALICE);

        assertEquals(Optional.empty(), clients.stored("alice").orElseThrow().shareToken());
        assertEquals(Optional.empty(), clients.findByShareToken(aliceToken));
        assertEquals("bob", clients.findByShareToken(bobToken).orElseThrow().name().value());
        service.revoke(ALICE);   // revoking twice is harmless
        assertEquals(Optional.empty(), clients.stored("alice").orElseThrow().shareToken());
    }

    @Test
    void sharingAfterARevokeGivesANewWorkingLink() {
        String first = service.share(ALICE);
        service.revoke(ALICE);
        String again = service.share(ALICE);
        assertNotEquals(first, again);
        assertEquals("alice", clients.findByShareToken(again).orElseThrow().name().value());
    }

    @Test
    void anUnknownClientIsNotFoundForShareAndRevoke() {
        ClientName ghost = new ClientName("ghost");
        assertEquals("CLIENT_NOT_FOUND", assertThrows(ClientNotFoundException.class, () -> service.share(ghost)).code());
        assertEquals("CLIENT_NOT_FOUND", assertThrows(ClientNotFoundException.class, () -> service.revoke(ghost)).code());
        assertTrue(clients.findAll().stream().allMatch(c -> c.shareToken().isEmpty()));
    }
}
