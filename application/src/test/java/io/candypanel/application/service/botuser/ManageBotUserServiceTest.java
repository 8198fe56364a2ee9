package io.candypanel.application.service.botuser;

import static io.candypanel.application.fakes.TestData.IN_30_DAYS;
import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryBotUserRepository;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.RecordingWireGuard;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.fakes.TestKernel;
import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.botuser.ManageBotUserCommand;
import io.candypanel.application.port.in.botuser.ManagedBotUser;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.BotUserStatus;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.wginterface.WgInterface;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManageBotUserServiceTest {
    private static final long GIB = 1L << 30;
    private static final TelegramId USER = new TelegramId(42);

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final InMemoryBotUserRepository botUsers = new InMemoryBotUserRepository();
    private final RecordingWireGuard wireGuard = new RecordingWireGuard();
    private final WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
    private ManageBotUserService service;

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        service = new ManageBotUserService(unitOfWork, botUsers, clients,
                TestKernel.applier(interfaces, clients, settings, unitOfWork, wireGuard, clock), clock);
    }

    private void userLinkedTo(Client client, boolean banned) {
        clients.insert(client);
        BotUser user = BotUser.create(USER, NOW);
        user.linkClient(client.name());
        if (banned) {
            user.ban();
        }
        botUsers.insert(user);
    }

    private Client stored() {
        return clients.stored("mine").orElseThrow();
    }

    private List<String> kernelChanges() {
        return wireGuard.changes().stream().map(RecordingWireGuard.Call::operation).toList();
    }

    @Test
    void banningDisablesTheLinkedClientAndRemovesItsPeerAfterBookingTraffic() {
        Client client = TestData.enabledClient("mine", 0, "10.0.0.2");
        userLinkedTo(client, false);

        ManagedBotUser result = service.manage(ManageBotUserCommand.ban(USER));

        assertTrue(result.user().isBanned());
        assertEquals(BotUserStatus.BANNED, botUsers.stored(42).orElseThrow().status());
        assertFalse(stored().isEnabled());
        assertEquals(DisabledReason.BANNED, stored().disabledReason().orElseThrow());
        List<String> operations = wireGuard.calls().stream().map(RecordingWireGuard.Call::operation).toList();
        assertEquals(RecordingWireGuard.READ_ALL, operations.get(0));
        assertEquals(List.of(RecordingWireGuard.REMOVE_PEER), kernelChanges());
        assertEquals(client.keys().publicKey(), wireGuard.calls(RecordingWireGuard.REMOVE_PEER).get(0).peerKey());
        assertTrue(result.kernel().applied());
    }

    @Test
    void banningAUserWithoutAClientOnlyBansTheUser() {
        botUsers.insert(BotUser.create(USER, NOW));

        ManagedBotUser result = service.manage(ManageBotUserCommand.ban(USER));

        assertTrue(result.user().isBanned());
        assertTrue(result.client().isEmpty());
        assertTrue(kernelChanges().isEmpty());
    }

    @Test
    void banningKeepsTheReasonOfAnAlreadyDisabledClient() {
        userLinkedTo(TestData.disabledClient("mine", 0, "10.0.0.2", DisabledReason.MANUAL), false);

        service.manage(ManageBotUserCommand.ban(USER));

        assertEquals(DisabledReason.MANUAL, stored().disabledReason().orElseThrow());
        assertTrue(kernelChanges().isEmpty());
    }

    @Test
    void unbanningReEnablesTheClientTheBanDisabled() {
        userLinkedTo(TestData.disabledClient("mine", 0, "10.0.0.2", DisabledReason.BANNED), true);

        ManagedBotUser result = service.manage(ManageBotUserCommand.unban(USER));

        assertFalse(result.user().isBanned());
        assertTrue(stored().isEnabled());
        assertEquals(List.of(RecordingWireGuard.ADD_PEER), kernelChanges());
    }

    @Test
    void unbanningLeavesAnExpiredClientDisabledAsExpired() {
        userLinkedTo(TestData.client("mine", 0, "10.0.0.2", NOW.minus(Duration.ofDays(1)), Quota.UNLIMITED, Usage.NONE,
                false, DisabledReason.BANNED, false), true);

        service.manage(ManageBotUserCommand.unban(USER));

        assertEquals(BotUserStatus.ACTIVE, botUsers.stored(42).orElseThrow().status());
        assertFalse(stored().isEnabled());
        assertEquals(DisabledReason.EXPIRED, stored().disabledReason().orElseThrow());
        assertTrue(kernelChanges().isEmpty());
    }

    @Test
    void unbanningLeavesAClientOverQuotaDisabledAsOverQuota() {
        userLinkedTo(TestData.client("mine", 0, "10.0.0.2", IN_30_DAYS, new Quota(GIB), new Usage(2 * GIB, 0),
                false, DisabledReason.BANNED, false), true);

        service.manage(ManageBotUserCommand.unban(USER));

        assertFalse(stored().isEnabled());
        assertEquals(DisabledReason.QUOTA, stored().disabledReason().orElseThrow());
        assertTrue(kernelChanges().isEmpty());
    }

    @Test
    void unbanningDoesNotEnableAClientTheAdminDisabled() {
        userLinkedTo(TestData.disabledClient("mine", 0, "10.0.0.2", DisabledReason.MANUAL), true);

        service.manage(ManageBotUserCommand.unban(USER));

        assertFalse(stored().isEnabled());
        assertTrue(kernelChanges().isEmpty());
    }

    @Test
    void updatingTrafficSetsTheQuotaAndTheGbBoughtAndReEnablesAClientOverQuota() {
        userLinkedTo(TestData.client("mine", 0, "10.0.0.2", IN_30_DAYS, new Quota(GIB), new Usage(2 * GIB, 0),
                false, DisabledReason.QUOTA, false), false);

        ManagedBotUser result = service.manage(ManageBotUserCommand.updateTraffic(USER, new BigDecimal("2.5")));

        assertEquals(new Quota(5 * GIB / 2), stored().quota());
        assertTrue(stored().isEnabled());
        assertEquals(2560, botUsers.stored(42).orElseThrow().trafficBoughtMib());
        assertEquals(new BigDecimal("2.5"), result.user().trafficBoughtGb());
        assertEquals(List.of(RecordingWireGuard.ADD_PEER), kernelChanges());
    }

    @Test
    void updatingTrafficOfAUserWithoutAClientSetsOnlyTheCounter() {
        botUsers.insert(BotUser.create(USER, NOW));

        service.manage(ManageBotUserCommand.updateTraffic(USER, new BigDecimal("3")));

        assertEquals(3 * 1024, botUsers.stored(42).orElseThrow().trafficBoughtMib());
        assertEquals(0, clients.count());
    }

    @Test
    void updatingTimeSetsTheExpiryFromNowAndTheDaysBought() {
        userLinkedTo(TestData.client("mine", 0, "10.0.0.2", NOW.minus(Duration.ofDays(2)), Quota.UNLIMITED, Usage.NONE,
                false, DisabledReason.EXPIRED, false), false);

        service.manage(ManageBotUserCommand.updateTime(USER, 10));

        assertEquals(NOW.plus(Duration.ofDays(10)), stored().expiresAt());
        assertTrue(stored().isEnabled());
        assertEquals(10, botUsers.stored(42).orElseThrow().daysBought());
        assertEquals(List.of(RecordingWireGuard.ADD_PEER), kernelChanges());
    }

    @Test
    void updatingTimeNeverReEnablesABannedUsersClient() {
        userLinkedTo(TestData.client("mine", 0, "10.0.0.2", NOW.minus(Duration.ofDays(2)), Quota.UNLIMITED, Usage.NONE,
                false, DisabledReason.EXPIRED, false), true);

        service.manage(ManageBotUserCommand.updateTime(USER, 10));

        assertEquals(NOW.plus(Duration.ofDays(10)), stored().expiresAt());
        assertFalse(stored().isEnabled());
        assertTrue(botUsers.stored(42).orElseThrow().isBanned());
        assertTrue(kernelChanges().isEmpty());
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThrows(BotUserNotFoundException.class, () -> service.manage(ManageBotUserCommand.ban(USER)));
        assertThrows(BotUserNotFoundException.class, () -> service.manage(ManageBotUserCommand.unban(USER)));
        assertThrows(BotUserNotFoundException.class, () -> service.manage(ManageBotUserCommand.updateTraffic(USER, BigDecimal.ONE)));
        assertThrows(BotUserNotFoundException.class, () -> service.manage(ManageBotUserCommand.updateTime(USER, 1)));
    }

    @Test
    void commandsRefuseBadValues() {
        assertThrows(IllegalArgumentException.class, () -> ManageBotUserCommand.updateTraffic(USER, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> ManageBotUserCommand.updateTraffic(USER, new BigDecimal("-1")));
        assertThrows(IllegalArgumentException.class, () -> ManageBotUserCommand.updateTraffic(USER, new BigDecimal("10001")));
        assertThrows(IllegalArgumentException.class, () -> ManageBotUserCommand.updateTraffic(USER, new BigDecimal("0.0001")));
        assertThrows(NullPointerException.class, () -> ManageBotUserCommand.updateTraffic(USER, null));
        assertThrows(IllegalArgumentException.class, () -> ManageBotUserCommand.updateTime(USER, 0));
        assertThrows(IllegalArgumentException.class, () -> ManageBotUserCommand.updateTime(USER, 36_501));
        assertThrows(NullPointerException.class, () -> ManageBotUserCommand.updateTime(null, 1));
    }
}
