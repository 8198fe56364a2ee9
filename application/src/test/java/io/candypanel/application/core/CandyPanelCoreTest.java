package io.candypanel.application.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryAdminAccountRepository;
import io.candypanel.application.fakes.InMemoryApiTokenRepository;
import io.candypanel.application.fakes.InMemoryAuditRepository;
import io.candypanel.application.fakes.InMemoryBackups;
import io.candypanel.application.fakes.InMemoryBotUserRepository;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryConversationRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemoryNoticeStateRepository;
import io.candypanel.application.fakes.InMemorySessionRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.InMemoryTransactionRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.fakes.RecordingWireGuard;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.in.auth.InstallPanelCommand;
import io.candypanel.application.port.in.auth.IssuedSession;
import io.candypanel.application.port.in.auth.LoginCommand;
import io.candypanel.application.port.in.auth.Principal;
import io.candypanel.application.port.in.client.CreateClientCommand;
import io.candypanel.application.port.in.client.CreatedClient;
import io.candypanel.application.port.in.client.GetClientConfigQuery;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.in.sync.SyncUseCase;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.WgInterface;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CandyPanelCoreTest {
    private final MutableClock clock = new MutableClock(TestData.NOW);
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final RecordingWireGuard wireGuard = new RecordingWireGuard();

    private StoragePorts storage() {
        return new StoragePorts(new DirectUnitOfWork(), clients, new InMemoryInterfaceRepository(clients),
                new InMemorySettingsRepository(), new InMemoryAdminAccountRepository(), new InMemorySessionRepository(),
                new InMemoryApiTokenRepository(), new InMemoryAuditRepository(), new InMemoryBotUserRepository(),
                new InMemoryTransactionRepository(), new InMemoryConversationRepository(), new InMemoryNoticeStateRepository());
    }

    @Test
    void buildingWithoutTheRequiredPortsFailsNamingEveryMissingOne() {
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> CandyPanelCore.builder().build());
        assertTrue(none.getMessage().contains("storage(StoragePorts)"), none.getMessage());
        assertTrue(none.getMessage().contains("wireGuard(WireGuardPort)"), none.getMessage());

        IllegalStateException noKernel = assertThrows(IllegalStateException.class,
                () -> CandyPanelCore.builder().storage(storage()).build());
        assertEquals("CandyPanelCore.Builder is missing required ports: wireGuard(WireGuardPort). Set them before build().",
                noKernel.getMessage());
    }

    @Test
    void storagePortsNameEveryMissingPort() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new StoragePorts(null, clients,
                new InMemoryInterfaceRepository(clients), new InMemorySettingsRepository(), null,
                new InMemorySessionRepository(), new InMemoryApiTokenRepository(), new InMemoryAuditRepository(),
                new InMemoryBotUserRepository(), new InMemoryTransactionRepository(), new InMemoryConversationRepository(),
                null));

        assertEquals("StoragePorts is missing: unitOfWork (UnitOfWorkPort), adminAccount (AdminAccountRepositoryPort), "
                + "noticeStates (NoticeStateRepositoryPort)", e.getMessage());
    }

    @Test
    void everyUseCaseHasExactlyOneAccessorThatAlwaysReturnsTheSameService() throws Exception {
        CandyPanelCore core = CandyPanelCore.builder().storage(storage()).wireGuard(wireGuard)
                .backups(new InMemoryBackups(clock)).clock(clock).build();
        List<Class<?>> useCases = useCaseInterfaces();
        assertTrue(useCases.size() >= 40, "found only " + useCases);

        for (Class<?> useCase : useCases) {
            List<Method> accessors = Arrays.stream(CandyPanelCore.class.getMethods())
                    .filter(m -> m.getReturnType() == useCase && m.getParameterCount() == 0
                            && !Modifier.isStatic(m.getModifiers()))
                    .toList();
            assertEquals(1, accessors.size(), "accessors of " + useCase.getSimpleName() + ": " + accessors);
            Method accessor = accessors.get(0);
            String expectedName = Character.toLowerCase(useCase.getSimpleName().charAt(0))
                    + useCase.getSimpleName().substring(1, useCase.getSimpleName().length() - "UseCase".length());
            assertEquals(expectedName, accessor.getName());
            Object service = accessor.invoke(core);
            assertNotNull(service, accessor.getName());
            assertSame(service, accessor.invoke(core), accessor.getName());
        }
    }

    @Test
    void withoutABackupPortTheBackupUseCaseSaysWhatIsMissing() {
        CandyPanelCore core = CandyPanelCore.builder().storage(storage()).wireGuard(wireGuard).build();

        IllegalStateException e = assertThrows(IllegalStateException.class, core::backup);

        assertTrue(e.getMessage().contains("Builder.backups"), e.getMessage());
        assertFalse(core.hasBackups());
    }

    @Test
    void anEmbedderInstallsLogsInCreatesAClientRendersItsConfigAndBooksItsTrafficInASync() {
        CandyPanelCore core = CandyPanelCore.builder().storage(storage()).wireGuard(wireGuard).clock(clock).build();

        core.installPanel().install(new InstallPanelCommand("vpn.example.com", new ListenPort(51820),
                Ipv4Cidr.parse("10.8.0.1/24"), "1.1.1.1", "admin", "a-long-password", true, Optional.empty()));
        IssuedSession session = core.login().login(new LoginCommand("admin", "a-long-password"));
        CreatedClient alice = core.createClient().create(new CreateClientCommand(new ClientName("alice"),
                TestData.NOW.plus(Duration.ofDays(30)), Quota.UNLIMITED, InterfaceId.FIRST, "first customer"));
        String config = core.getClientConfig().config(new GetClientConfigQuery(new ClientName("alice")));

        assertEquals(Optional.of(new Principal(Principal.Kind.ADMIN_SESSION, "admin")),
                core.authenticate().authenticate(session.token()));
        assertTrue(core.checkInstallation().isInstalled());
        assertEquals(alice.config(), config);
        assertTrue(config.contains("PrivateKey = " + alice.client().keys().privateKey().base64()), config);
        assertTrue(config.contains("Endpoint = vpn.example.com:51820"), config);

        WgInterface wg0 = core.panelOverview().overview().interfaces().get(0);
        Client stored = clients.stored("alice").orElseThrow();
        clock.advance(Duration.ofMinutes(1));
        wireGuard.setSnapshot(TestKernel.snapshot(clock.instant(), TestKernel.running(wg0, TestKernel.peer(stored, 5_000, 70_000))));
        SyncUseCase sync = core.sync();
        SyncReport report = sync.sync();

        assertEquals(75_000, report.bytesCounted());
        assertEquals(new Usage(70_000, 5_000), clients.stored("alice").orElseThrow().usage());
        assertEquals(Optional.of(report), core.panelOverview().overview().dashboard().lastSync(),
                "the overview reads the same sync service that ran");
    }

    /** Every {@code *UseCase} interface of the inbound ports, found in the compiled classes. */
    private static List<Class<?>> useCaseInterfaces() throws IOException, URISyntaxException {
        Path root = Path.of(CandyPanelCore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path portIn = root.resolve("io/candypanel/application/port/in");
        try (Stream<Path> files = Files.walk(portIn)) {
            return files.map(p -> root.relativize(p).toString())
                    .filter(name -> name.endsWith("UseCase.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(CandyPanelCoreTest::load)
                    .filter(Class::isInterface)
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
