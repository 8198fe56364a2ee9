package io.candypanel.application.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.in.client.GetClientConfigQuery;
import io.candypanel.application.port.in.wginterface.InterfaceNotFoundException;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientConfigRenderer;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetClientConfigServiceTest {
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
    private final GetClientConfigService service = new GetClientConfigService(clients, interfaces, settings);

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        settings.saveAll(Map.of(SettingKey.CUSTOM_ENDPOINT, "vpn.example.com"));
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.7"));
    }

    @Test
    void rendersTheStoredClientWithTheCurrentSettings() {
        Client alice = clients.stored("alice").orElseThrow();
        String config = service.config(new GetClientConfigQuery(new ClientName("alice")));
        assertEquals(ClientConfigRenderer.render(alice, wg0, settings.load()), config);
        assertTrue(config.contains("\nAddress = 10.0.0.7/32\n"), config);
        assertTrue(config.contains("\nPrivateKey = " + alice.keys().privateKey().base64() + "\n"), config);
        assertTrue(config.contains("\nPublicKey = " + wg0.keys().publicKey().base64() + "\n"), config);
        assertTrue(config.contains("\nEndpoint = vpn.example.com:51820\n"), config);
    }

    @Test
    void aSettingsChangeIsReflectedInTheNextConfig() {
        settings.saveAll(Map.of(SettingKey.DNS, "9.9.9.9", SettingKey.MTU, "1380", SettingKey.CUSTOM_ENDPOINT, "2001:db8::7"));
        String config = service.config(new GetClientConfigQuery(new ClientName("alice")));
        assertTrue(config.contains("\nDNS = 9.9.9.9\nMTU = 1380\n"), config);
        assertTrue(config.contains("\nEndpoint = [2001:db8::7]:51820\n"), config);
    }

    @Test
    void aDisabledClientStillHasAConfig() {
        clients.insert(TestData.disabledClient("carol", 0, "10.0.0.8", DisabledReason.EXPIRED));
        assertTrue(service.config(new GetClientConfigQuery(new ClientName("carol"))).contains("Address = 10.0.0.8/32"));
    }

    @Test
    void anUnknownClientIsNotFound() {
        ClientNotFoundException e = assertThrows(ClientNotFoundException.class,
                () -> service.config(new GetClientConfigQuery(new ClientName("nobody"))));
        assertEquals("CLIENT_NOT_FOUND", e.code());
    }

    @Test
    void aClientWhoseInterfaceIsGoneReportsTheInterface() {
        clients.insert(TestData.enabledClient("orphan", 5, "10.5.0.2"));
        InterfaceNotFoundException e = assertThrows(InterfaceNotFoundException.class,
                () -> service.config(new GetClientConfigQuery(new ClientName("orphan"))));
        assertEquals("INTERFACE_NOT_FOUND", e.code());
        assertTrue(e.getMessage().contains("wg5"), e.getMessage());
    }
}
