package io.candypanel.application.service.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.port.in.share.SharedClient;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientConfigRenderer;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.wginterface.WgInterface;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ViewSharedClientServiceTest {
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
    private final ShareClientService share = new ShareClientService(new DirectUnitOfWork(), clients, new SecureRandom());
    private final ViewSharedClientService view = new ViewSharedClientService(clients, interfaces, settings);

    private String aliceToken;

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        settings.saveAll(Map.of(SettingKey.CUSTOM_ENDPOINT, "vpn.example.com"));
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.7"));
        clients.insert(TestData.enabledClient("bob", 0, "10.0.0.8"));
        aliceToken = share.share(new ClientName("alice"));
    }

    @Test
    void aValidTokenShowsItsClientWithTheRenderedConfig() {
        SharedClient shared = view.view(aliceToken).orElseThrow();

        Client alice = clients.stored("alice").orElseThrow();
        assertEquals("alice", shared.client().name().value());
        assertEquals(ClientConfigRenderer.render(alice, wg0, settings.load()), shared.config());
        assertTrue(shared.config().contains("\nAddress = 10.0.0.7/32\n"), shared.config());
        assertTrue(shared.config().contains("\nPrivateKey = " + alice.keys().privateKey().base64() + "\n"));
        assertTrue(shared.config().contains("\nEndpoint = vpn.example.com:51820\n"), shared.config());
    }

    @Test
    void theConfigFollowsTheCurrentSettings() {
        settings.saveAll(Map.of(SettingKey.MTU, "1380", SettingKey.DNS, "9.9.9.9"));
        String config = view.view(aliceToken).orElseThrow().config();
        assertTrue(config.contains("\nDNS = 9.9.9.9\nMTU = 1380\n"), config);
    }

    @Test
    void anUnknownTokenShowsNothing() {
        assertEquals(Optional.empty(), view.view("A".repeat(43)));
        String almost = (aliceToken.charAt(0) == 'A' ? 'B' : 'A') + aliceToken.substring(1);
        assertEquals(Optional.empty(), view.view(almost));
        assertEquals(Optional.empty(), view.view(aliceToken + "x"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "short", "../../../../etc/passwd", "abc/def/ghi/jkl/mno/pqr/stu", "abc+def=ghijklmnopqrstuvwxyz",
            "%2e%2e%2fabcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyz\u00e9", "abcdefghijklmnopqrstuvwxyz\n",
            "' OR '1'='1' --abcdefghijklmnop"})
    void aMalformedTokenShowsNothingAndIsNotEvenLookedUp(String token) {
        assertEquals(Optional.empty(), view.view(token));

        ClientRepositoryPort repository = mock(ClientRepositoryPort.class);
        assertEquals(Optional.empty(), new ViewSharedClientService(repository, interfaces, settings).view(token));
        then(repository).shouldHaveNoInteractions();
    }

    @Test
    void aTooLongTokenShowsNothingAndIsNotLookedUp() {
        assertEquals(Optional.empty(), view.view("a".repeat(129)));
        assertEquals(Optional.empty(), view.view("a".repeat(100_000)));

        ClientRepositoryPort repository = mock(ClientRepositoryPort.class);
        assertEquals(Optional.empty(), new ViewSharedClientService(repository, interfaces, settings).view("a".repeat(129)));
        then(repository).shouldHaveNoInteractions();
    }

    @Test
    void aWhitespaceWrappedTokenIsNotAccepted() {
        assertEquals(Optional.empty(), view.view(" " + aliceToken));
        assertEquals(Optional.empty(), view.view(aliceToken + "\n"));
    }

    @Test
    void aRevokedTokenShowsNothing() {
        share.revoke(new ClientName("alice"));
        assertEquals(Optional.empty(), view.view(aliceToken));
    }

    @Test
    void aReplacedTokenShowsNothingAndTheNewOneWorks() {
        String renewed = share.share(new ClientName("alice"));
        assertEquals(Optional.empty(), view.view(aliceToken));
        assertEquals("alice", view.view(renewed).orElseThrow().client().name().value());
    }

    @Test
    void eachTokenShowsOnlyItsOwnClient() {
        String bobToken = share.share(new ClientName("bob"));
        assertEquals("bob", view.view(bobToken).orElseThrow().client().name().value());
        assertFalse(view.view(bobToken).orElseThrow().config().contains("10.0.0.7"));
    }

    @Test
    void aDeletedClientsTokenShowsNothing() {
        clients.delete(new ClientName("alice"));
        assertEquals(Optional.empty(), view.view(aliceToken));
    }

    @Test
    void aDisabledClientIsStillShownWithItsStatus() {
        Client alice = clients.stored("alice").orElseThrow();
        alice.disable(DisabledReason.EXPIRED);
        clients.update(alice);

        SharedClient shared = view.view(aliceToken).orElseThrow();
        assertFalse(shared.client().isEnabled());
        assertEquals(Optional.of(DisabledReason.EXPIRED), shared.client().disabledReason());
    }
}
