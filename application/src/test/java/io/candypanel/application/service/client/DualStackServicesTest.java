package io.candypanel.application.service.client;

import static io.candypanel.application.fakes.TestData.IN_30_DAYS;
import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.RecordingWireGuard;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.in.client.CreateClientCommand;
import io.candypanel.application.port.in.client.CreatedClient;
import io.candypanel.application.port.in.client.DeleteClientCommand;
import io.candypanel.application.port.in.client.UpdateClientCommand;
import io.candypanel.application.port.in.wginterface.CreateInterfaceCommand;
import io.candypanel.application.port.in.wginterface.InterfaceRangeOverlapsException;
import io.candypanel.application.service.kernel.KernelApplier;
import io.candypanel.application.service.wginterface.CreateInterfaceService;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.WgInterface;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clients of a dual-stack interface get the lowest free IPv6 address too; IPv6 ranges of interfaces never overlap. */
class DualStackServicesTest {
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final RecordingWireGuard wireGuard = new RecordingWireGuard();
    private KernelApplier kernel;
    private CreateClientService create;

    @BeforeEach
    void setUp() {
        WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
        wg0.assignIpv6Range(Ipv6Cidr.parse("fd42:42:42::1/64"));
        interfaces.insert(wg0);
        interfaces.insert(TestData.wgInterface(1, "10.0.1.1/24", 51821));
        settings.saveAll(Map.of(SettingKey.CUSTOM_ENDPOINT, "vpn.example.com", SettingKey.INSTALLED, "1",
                SettingKey.IPV6_DNS, "2606:4700:4700::1111"));
        kernel = TestKernel.applier(interfaces, clients, settings, unitOfWork, wireGuard, clock);
        create = new CreateClientService(unitOfWork, clients, interfaces, settings, TestData.KEYS, kernel, clock);
    }

    private CreatedClient client(String name, int interfaceId) {
        return create.create(new CreateClientCommand(new ClientName(name), IN_30_DAYS, Quota.UNLIMITED,
                new InterfaceId(interfaceId), ""));
    }

    @Test
    void clientsOfADualStackInterfaceGetTheLowestFreeIpv6AddressAndKeepIt() {
        CreatedClient alice = client("alice", 0);
        client("bob", 0);
        CreatedClient carol = client("carol", 1);

        assertEquals(Optional.of(Ipv6Address.parse("fd42:42:42::2")), alice.client().ipv6Address());
        assertEquals(Optional.of(Ipv6Address.parse("fd42:42:42::3")), clients.stored("bob").orElseThrow().ipv6Address());
        assertEquals(Optional.empty(), carol.client().ipv6Address(), "wg1 is IPv4 only");
        assertTrue(alice.config().contains("Address = 10.0.0.2/32, fd42:42:42::2/128\n"), alice.config());
        assertTrue(alice.config().contains(", 2606:4700:4700::1111\n"), alice.config());

        new DeleteClientService(unitOfWork, clients, kernel).delete(new DeleteClientCommand(new ClientName("alice")));
        assertEquals(Optional.of(Ipv6Address.parse("fd42:42:42::2")), client("dave", 0).client().ipv6Address(),
                "a freed address is handed out again");

        UpdateClientService update = new UpdateClientService(unitOfWork, clients, kernel, clock);
        update.update(enabled("bob", false));
        update.update(enabled("bob", true));
        assertEquals(Optional.of(Ipv6Address.parse("fd42:42:42::3")), clients.stored("bob").orElseThrow().ipv6Address(),
                "kept when disabled and enabled");
    }

    private static UpdateClientCommand enabled(String name, boolean enabled) {
        return new UpdateClientCommand(new ClientName(name), Optional.empty(), Optional.empty(), Optional.of(enabled),
                Optional.empty());
    }

    @Test
    void anInterfaceGetsItsIpv6RangeAndMayNotOverlapAnother() {
        CreateInterfaceService interfacesService = new CreateInterfaceService(unitOfWork, interfaces, settings, TestData.KEYS, kernel);

        interfacesService.create(new CreateInterfaceCommand(Ipv4Cidr.parse("10.0.2.1/24"), new ListenPort(51822),
                Optional.of(Ipv6Cidr.parse("fd42:42:43::1/64"))));
        assertEquals("fd42:42:43::1/64", interfaces.findById(new InterfaceId(2)).orElseThrow().ipv6Range().orElseThrow().toString());

        assertThrows(InterfaceRangeOverlapsException.class, () -> interfacesService.create(new CreateInterfaceCommand(
                Ipv4Cidr.parse("10.0.3.1/24"), new ListenPort(51823), Optional.of(Ipv6Cidr.parse("fd42:42:42::100:1/120")))));
        assertEquals(3, interfaces.findAll().size(), "the refused interface was not stored");
    }
}
