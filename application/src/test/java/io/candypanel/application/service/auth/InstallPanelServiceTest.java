package io.candypanel.application.service.auth;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.candypanel.application.fakes.TestKernel.sameInterface;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryAdminAccountRepository;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.in.auth.AlreadyInstalledException;
import io.candypanel.application.port.in.auth.InstallPanelCommand;
import io.candypanel.application.port.in.auth.SetupTokenRequiredException;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.out.auth.SetupTokenPort;
import io.candypanel.application.port.out.kernel.WireGuardPort;
import io.candypanel.application.port.out.kernel.WireGuardPort.KernelOperationException;
import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.key.WgKeyGenerator;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class InstallPanelServiceTest {
    private static final String PASSWORD = "a-long-admin-passphrase";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemoryAdminAccountRepository admins = new InMemoryAdminAccountRepository();
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(new SecureRandom(), 1000);

    @Mock
    private WireGuardPort wireGuard;
    @Mock
    private SetupTokenPort setupToken;

    private InstallPanelService service;

    @BeforeEach
    void setUp() {
        service = new InstallPanelService(unitOfWork, settings, interfaces, admins, hasher, setupToken,
                new WgKeyGenerator(new SecureRandom()), TestKernel.applier(interfaces, clients, settings, unitOfWork, wireGuard, clock));
    }

    private static InstallPanelCommand command(String serverHost, String dns, boolean fromLoopback, Optional<String> token) {
        return new InstallPanelCommand(serverHost, new ListenPort(51820), Ipv4Cidr.parse("10.8.0.1/24"), dns, "admin",
                PASSWORD, fromLoopback, token);
    }

    private static InstallPanelCommand loopback() {
        return command("203.0.113.10", "1.1.1.1,8.8.8.8", true, Optional.empty());
    }

    private void assertNothingStored() {
        assertEquals(Map.of(), settings.rows());
        assertEquals(List.of(), interfaces.findAll());
        assertEquals(Optional.empty(), admins.find());
        assertFalse(settings.load().isInstalled());
    }

    @Test
    void aLoopbackInstallCreatesWg0TheSettingsAndTheAdmin() {
        KernelOutcome outcome = service.install(loopback());

        assertTrue(outcome.applied(), outcome.message());

        WgInterface wg0 = interfaces.findById(InterfaceId.FIRST).orElseThrow();
        assertEquals("wg0", wg0.name());
        assertEquals(Ipv4Cidr.parse("10.8.0.1/24"), wg0.addressRange());
        assertEquals(new ListenPort(51820), wg0.listenPort());
        assertEquals(Mtu.DEFAULT, wg0.mtu());
        assertTrue(wg0.isUp());
        assertEquals(1, interfaces.findAll().size());

        Settings stored = settings.load();
        assertTrue(stored.isInstalled());
        assertEquals("1", settings.rows().get(SettingKey.INSTALLED));
        assertEquals("203.0.113.10", stored.get(SettingKey.SERVER_IP));
        assertEquals("203.0.113.10", stored.get(SettingKey.CUSTOM_ENDPOINT));
        assertEquals("203.0.113.10", stored.endpointHost());
        assertEquals("1.1.1.1, 8.8.8.8", stored.dns(), "stored in normalised form");

        AdminAccount admin = admins.find().orElseThrow();
        assertEquals("admin", admin.username());
        assertNotEquals(PASSWORD, admin.passwordHash().encoded());
        assertFalse(admin.passwordHash().encoded().contains(PASSWORD));
        assertTrue(hasher.matches(PASSWORD, admin.passwordHash()));

        then(setupToken).should().discard();
        then(setupToken).should(never()).matches(any());
        then(wireGuard).should().applyInterface(sameInterface(wg0), eq(List.of()));
        assertEquals(1, unitOfWork.transactions());
    }

    @Test
    void theFirstInterfaceTakesTheMtuSetting() {
        settings.saveAll(Map.of(SettingKey.MTU, "1380"));
        service.install(loopback());
        assertEquals(new Mtu(1380), interfaces.findById(InterfaceId.FIRST).orElseThrow().mtu());
    }

    @Test
    void aHostNameIsAcceptedAsServerAddress() {
        service.install(command("vpn.example.com", "9.9.9.9", true, Optional.empty()));
        assertEquals("vpn.example.com", settings.load().endpointHost());
    }

    @Test
    void aSecondInstallIsRefused() {
        service.install(loopback());
        AdminAccount first = admins.find().orElseThrow();

        AlreadyInstalledException e = assertThrows(AlreadyInstalledException.class,
                () -> service.install(new InstallPanelCommand("198.51.100.1", new ListenPort(51821),
                        Ipv4Cidr.parse("10.9.0.1/24"), "8.8.8.8", "intruder", "other-password", true, Optional.empty())));

        assertEquals("ALREADY_INSTALLED", e.code());
        assertEquals(first, admins.find().orElseThrow(), "the admin account is not replaced");
        assertEquals("203.0.113.10", settings.load().get(SettingKey.SERVER_IP));
        assertEquals(1, interfaces.findAll().size());
        then(wireGuard).should().applyInterface(any(), any());
    }

    @Test
    void aRemoteInstallWithoutTokenIsRefusedAndStoresNothing() {
        SetupTokenRequiredException e = assertThrows(SetupTokenRequiredException.class,
                () -> service.install(command("203.0.113.10", "1.1.1.1", false, Optional.empty())));

        assertEquals("SETUP_TOKEN_REQUIRED", e.code());
        assertNothingStored();
        then(setupToken).should(never()).discard();
        then(wireGuard).shouldHaveNoInteractions();
    }

    @Test
    void aRemoteInstallWithAWrongTokenIsRefusedAndStoresNothing() {
        given(setupToken.matches("guessed")).willReturn(false);

        assertThrows(SetupTokenRequiredException.class,
                () -> service.install(command("203.0.113.10", "1.1.1.1", false, Optional.of("guessed"))));

        assertNothingStored();
        then(setupToken).should(never()).discard();
        then(wireGuard).shouldHaveNoInteractions();
    }

    @Test
    void aRemoteInstallWithTheMatchingTokenWorks() {
        given(setupToken.matches("the-printed-setup-token")).willReturn(true);

        KernelOutcome outcome = service.install(command("203.0.113.10", "1.1.1.1", false,
                Optional.of("the-printed-setup-token")));

        assertTrue(outcome.applied());
        assertTrue(settings.load().isInstalled());
        assertTrue(admins.find().isPresent());
        then(setupToken).should().discard();
    }

    @Test
    void anInvalidServerAddressIsRefusedAndStoresNothing() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> service.install(command("not a host!", "1.1.1.1", true, Optional.empty())));
        assertTrue(e.getMessage().contains("not a host!"), e.getMessage());
        assertNothingStored();
        then(setupToken).should(never()).discard();
        then(wireGuard).shouldHaveNoInteractions();
    }

    @Test
    void anInvalidIpLiteralIsRefused() {
        assertThrows(InvalidValueException.class,
                () -> service.install(command("10.0.0.256", "1.1.1.1", true, Optional.empty())));
        assertNothingStored();
    }

    @Test
    void anInvalidDnsIsRefusedAndStoresNothing() {
        assertThrows(InvalidValueException.class,
                () -> service.install(command("203.0.113.10", "dns.google", true, Optional.empty())));
        assertNothingStored();
        then(wireGuard).shouldHaveNoInteractions();
    }

    @Test
    void aWireGuardFailureDoesNotUndoTheInstall() {
        willThrow(new KernelOperationException("wg-quick up wg0 failed")).given(wireGuard).applyInterface(any(), any());

        KernelOutcome outcome = service.install(loopback());

        assertFalse(outcome.applied());
        assertTrue(outcome.message().contains("wg-quick up wg0 failed"), outcome.message());
        assertTrue(settings.load().isInstalled());
        assertTrue(interfaces.findById(InterfaceId.FIRST).isPresent());
        then(setupToken).should().discard();
    }

    @Test
    void theCommandValidatesTheAdminCredentialsAndHidesThePassword() {
        assertThrows(InvalidValueException.class, () -> new InstallPanelCommand("203.0.113.10", new ListenPort(51820),
                Ipv4Cidr.parse("10.8.0.1/24"), "1.1.1.1", "bad user", PASSWORD, true, Optional.empty()));
        assertThrows(InvalidValueException.class, () -> new InstallPanelCommand("203.0.113.10", new ListenPort(51820),
                Ipv4Cidr.parse("10.8.0.1/24"), "1.1.1.1", "admin", "", true, Optional.empty()));
        InstallPanelCommand command = command("203.0.113.10", "1.1.1.1", false, Optional.of("the-printed-setup-token"));
        assertFalse(command.toString().contains(PASSWORD));
        assertFalse(command.toString().contains("the-printed-setup-token"));
    }
}
