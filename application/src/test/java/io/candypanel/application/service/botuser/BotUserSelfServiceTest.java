package io.candypanel.application.service.botuser;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.InMemoryBotUserRepository;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.RecordingNotificationPort;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.port.in.botuser.AccountStatus;
import io.candypanel.application.port.in.botuser.AccountStatusQuery;
import io.candypanel.application.port.in.botuser.BotAdminCheck;
import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.botuser.Broadcast;
import io.candypanel.application.port.in.botuser.BroadcastCommand;
import io.candypanel.application.port.in.botuser.CallSupportCommand;
import io.candypanel.application.port.in.botuser.GetLicenseQuery;
import io.candypanel.application.port.in.botuser.License;
import io.candypanel.application.port.in.botuser.NoActiveLicenseException;
import io.candypanel.application.port.in.botuser.SupportCall;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientConfigRenderer;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.shared.RuleViolationException;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The use cases a bot user drives for themselves (license, status, support) and the admin's read-side ones. */
class BotUserSelfServiceTest {
    private static final TelegramId USER = new TelegramId(42);
    private static final TelegramId ADMIN = new TelegramId(987654321L);

    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final InMemoryBotUserRepository botUsers = new InMemoryBotUserRepository();
    private final RecordingNotificationPort notifications = new RecordingNotificationPort();
    private final WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);

    private final GetLicenseService license = new GetLicenseService(botUsers, clients, interfaces, settings);
    private final AccountStatusService status = new AccountStatusService(botUsers, clients);
    private final CallSupportService support = new CallSupportService(botUsers, settings, notifications);
    private final CheckBotAdminService checkAdmin = new CheckBotAdminService(settings);
    private final ListBotUsersService listUsers = new ListBotUsersService(botUsers);
    private final BroadcastService broadcast = new BroadcastService(botUsers, notifications);

    @BeforeEach
    void setUp() {
        interfaces.insert(wg0);
        settings.saveAll(Map.of(SettingKey.CUSTOM_ENDPOINT, "vpn.example.com", SettingKey.INSTALLED, "1",
                SettingKey.TELEGRAM_BOT_ADMIN_ID, ADMIN.toString()));
        botUsers.insert(BotUser.create(USER, NOW));
    }

    private Client linkUserToANewClient() {
        Client client = TestData.enabledClient("tguser_42", 0, "10.0.0.2");
        clients.insert(client);
        BotUser user = botUsers.stored(42).orElseThrow();
        user.linkClient(client.name());
        botUsers.update(user);
        return client;
    }

    @Test
    void theLicenseIsTheLinkedClientsConfig() {
        Client client = linkUserToANewClient();

        License found = license.license(new GetLicenseQuery(USER));

        assertEquals(client.name(), found.client().name());
        assertEquals(ClientConfigRenderer.render(client, wg0, settings.load()), found.config());
        assertTrue(found.config().contains("PrivateKey = " + client.keys().privateKey().base64()));
        assertFalse(found.toString().contains(client.keys().privateKey().base64()), "a license's toString holds no key");
    }

    @Test
    void noPurchaseOrADeletedClientIsNoActiveLicense() {
        assertEquals("NO_ACTIVE_LICENSE",
                assertThrows(NoActiveLicenseException.class, () -> license.license(new GetLicenseQuery(USER))).code());
        Client client = linkUserToANewClient();
        clients.delete(client.name());

        assertThrows(NoActiveLicenseException.class, () -> license.license(new GetLicenseQuery(USER)));
        assertThrows(BotUserNotFoundException.class, () -> license.license(new GetLicenseQuery(new TelegramId(7))));
    }

    @Test
    void aBannedUserGetsNoLicense() {
        linkUserToANewClient();
        BotUser user = botUsers.stored(42).orElseThrow();
        user.ban();
        botUsers.update(user);

        assertEquals("USER_BANNED",
                assertThrows(RuleViolationException.class, () -> license.license(new GetLicenseQuery(USER))).code());
    }

    @Test
    void theAccountStatusCarriesTheLinkedClientOrSaysItIsMissing() {
        AccountStatus fresh = status.status(new AccountStatusQuery(USER));
        assertTrue(fresh.client().isEmpty());
        assertFalse(fresh.clientMissing());

        Client client = linkUserToANewClient();
        AccountStatus linked = status.status(new AccountStatusQuery(USER));
        assertEquals(client.name(), linked.client().orElseThrow().name());
        assertFalse(linked.clientMissing());

        clients.delete(client.name());
        AccountStatus gone = status.status(new AccountStatusQuery(USER));
        assertTrue(gone.client().isEmpty());
        assertTrue(gone.clientMissing());
        assertThrows(BotUserNotFoundException.class, () -> status.status(new AccountStatusQuery(new TelegramId(7))));
    }

    @Test
    void aSupportMessageGoesToTheAdminWithTheUsersClientName() {
        linkUserToANewClient();

        SupportCall call = support.call(new CallSupportCommand(USER, new ChatText("My internet is very slow.")));

        assertTrue(call.delivered());
        assertEquals(ADMIN, call.admin());
        assertEquals("Support request from tguser_42 (ID: 42):\n\nMy internet is very slow.", call.text());
        RecordingNotificationPort.SupportRequest told = notifications.support().get(0);
        assertEquals(USER, told.from());
        assertEquals(Optional.of(new ClientName("tguser_42")), told.client());
        assertEquals("My internet is very slow.", told.message().value());
    }

    @Test
    void supportWithoutAChannelIsNotDeliveredAndWithoutAnAdminIsUnavailable() {
        notifications.disconnect();
        SupportCall call = support.call(new CallSupportCommand(USER, new ChatText("hello")));
        assertFalse(call.delivered());
        assertEquals("Support request from User 42 (ID: 42):\n\nhello", call.text());

        notifications.failWith(new IllegalStateException("telegram unreachable"));
        assertFalse(support.call(new CallSupportCommand(USER, new ChatText("hello"))).delivered());

        settings.saveAll(Map.of(SettingKey.TELEGRAM_BOT_ADMIN_ID, "0"));
        assertEquals("SUPPORT_UNAVAILABLE", assertThrows(RuleViolationException.class,
                () -> support.call(new CallSupportCommand(USER, new ChatText("hello")))).code());
        assertThrows(BotUserNotFoundException.class,
                () -> support.call(new CallSupportCommand(new TelegramId(7), new ChatText("hello"))));
    }

    @Test
    void onlyTheConfiguredIdIsAdminAndNobodyIsWhenItIsUnset() {
        assertEquals(new BotAdminCheck(true, Optional.of(ADMIN)), checkAdmin.check(ADMIN));
        assertEquals(new BotAdminCheck(false, Optional.of(ADMIN)), checkAdmin.check(USER));

        settings.saveAll(Map.of(SettingKey.TELEGRAM_BOT_ADMIN_ID, "0"));
        assertEquals(new BotAdminCheck(false, Optional.empty()), checkAdmin.check(ADMIN));
    }

    @Test
    void usersAreListedInRegistrationOrder() {
        botUsers.insert(BotUser.create(new TelegramId(7), NOW.plusSeconds(5)));
        botUsers.insert(BotUser.create(new TelegramId(99), NOW.minusSeconds(5)));

        assertEquals(List.of(99L, 42L, 7L), listUsers.list().stream().map(u -> u.telegramId().value()).toList());
    }

    @Test
    void aBroadcastGoesToEveryUserWhoIsNotBanned() {
        botUsers.insert(BotUser.create(new TelegramId(7), NOW.plusSeconds(5)));
        BotUser banned = BotUser.create(new TelegramId(8), NOW.plusSeconds(6));
        banned.ban();
        botUsers.insert(banned);

        Broadcast sent = broadcast.broadcast(new BroadcastCommand(new ChatText("Maintenance at 2 AM UTC.")));

        assertEquals(List.of(USER, new TelegramId(7)), sent.recipients());
        assertTrue(sent.queued());
        assertEquals(List.of(USER, new TelegramId(7)), notifications.broadcasts().get(0).recipients());
        assertEquals("Maintenance at 2 AM UTC.", notifications.broadcasts().get(0).message().value());
    }

    @Test
    void aBroadcastWithoutAChannelIsNotQueued() {
        notifications.disconnect();

        Broadcast sent = broadcast.broadcast(new BroadcastCommand(new ChatText("hello")));

        assertEquals(List.of(USER), sent.recipients());
        assertFalse(sent.queued());
    }
}
