package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.candypanel.adapter.telegram.BotHarness.Chat;
import io.candypanel.adapter.telegram.botapi.RecordedCall;
import io.candypanel.adapter.telegram.botapi.TelegramBotApi;
import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.in.client.CreateClientCommand;
import io.candypanel.application.port.in.client.CreatedClient;
import io.candypanel.application.port.in.client.DeleteClientCommand;
import io.candypanel.application.port.in.client.GetClientConfigQuery;
import io.candypanel.application.port.in.client.UpdateClientCommand;
import io.candypanel.application.port.in.client.UpdatedClient;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.in.setting.UpdateSettingCommand;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.application.port.in.wginterface.CreateInterfaceCommand;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceCommand;
import io.candypanel.application.port.in.wginterface.DeletedInterface;
import io.candypanel.application.port.in.wginterface.InterfaceChange;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceCommand;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.key.WgKey;
import io.candypanel.domain.key.WgKeyPair;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;
import io.candypanel.domain.wginterface.Mtu;
import io.candypanel.domain.wginterface.WgInterface;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin's /cp_* commands call the same use cases as the HTTP API, with typed, checked arguments. */
class ServerControlTest {
    private final BotHarness harness = BotHarness.started();
    private final Chat admin = harness.admin();
    private final FakeCore core = harness.core;

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void newClientWithInterfaceAndNoteGetsTheConfigAsTextAndFile() {
        Client client = core.newClient("alice", Instant.parse("2026-12-01T00:00:00Z"), new Quota(50L << 30));
        String config = FakeCore.configOf(client);
        when(core.createClient.create(any())).thenReturn(new CreatedClient(client, config, KernelOutcome.applied("ok")));

        admin.send("/cp_new_client alice 2026-12-01 50GB 1 office laptop");
        RecordedCall text = admin.next();
        assertTrue(text.text().startsWith("✅ Client <code>alice</code> created: " + client.address() + " on wg0."), text.text());
        assertTrue(text.text().contains("<pre>" + Html.escape(config) + "</pre>"));
        RecordedCall file = admin.next();
        assertEquals("alice.conf", file.part("document").fileName());
        assertArrayEquals(config.getBytes(StandardCharsets.UTF_8), file.part("document").content());
        verify(core.createClient).create(new CreateClientCommand(new ClientName("alice"), Instant.parse("2026-12-01T00:00:00Z"),
                new Quota(50L << 30), new InterfaceId(1), "office laptop"));
    }

    @Test
    void newClientWithBytesDefaultsToWg0AndTellsWhenWireGuardLags() {
        Client client = core.newClient("bob", Instant.parse("2026-12-01T00:00:00Z"), new Quota(1L << 30));
        when(core.createClient.create(any())).thenReturn(new CreatedClient(client, FakeCore.configOf(client),
                KernelOutcome.failed("wg set failed")));

        admin.send("/cp_new_client bob 2026-12-01T12:30:00Z 1073741824 a note");
        assertTrue(admin.next().text().contains("⚠️ Saved, but WireGuard has not taken the change yet (the next sync retries it): "
                + "wg set failed"));
        verify(core.createClient).create(new CreateClientCommand(new ClientName("bob"), Instant.parse("2026-12-01T12:30:00Z"),
                new Quota(1L << 30), InterfaceId.FIRST, "a note"));
    }

    @Test
    void wrongArgumentsAreExplainedAndNothingIsCalled() {
        admin.send("/cp_new_client alice");
        assertTrue(admin.next().text().startsWith("Usage: <code>/cp_new_client NAME EXPIRES TRAFFIC [WG_ID] [NOTE]</code>"));
        admin.send("/cp_new_client alice next-week 5GB");
        assertEquals("⚠️ The date must be ISO-8601, such as 2026-12-01 or 2026-12-01T00:00:00Z.", admin.next().text());
        admin.send("/cp_new_client alice 2026-12-01 lots");
        assertEquals("⚠️ The traffic must be a number of bytes or of GB such as 50GB (0 = unlimited).", admin.next().text());
        admin.send("/cp_new_client ../etc 2026-12-01 5GB");
        assertTrue(admin.next().text().startsWith("⚠️ The client name must be"));
        admin.send("/cp_edit_client alice colour=blue");
        assertTrue(admin.next().text().startsWith("⚠️ Unknown field 'colour'"));
        verifyNoInteractions(core.createClient, core.updateClient);
    }

    @Test
    void editClientTakesKeyValueFields() {
        Client client = core.newClient("alice", Instant.parse("2026-01-01T00:00:00Z"), new Quota(10L << 30));
        client.disable(DisabledReason.MANUAL);
        when(core.updateClient.update(any())).thenReturn(new UpdatedClient(client, KernelOutcome.applied("ok")));

        admin.send("/cp_edit_client alice traffic=10GB status=false note=moved to the office");
        assertEquals("✅ Client <code>alice</code> updated: valid until 2026-01-01, traffic 10 GiB, disabled.", admin.next().text());
        verify(core.updateClient).update(new UpdateClientCommand(new ClientName("alice"), Optional.empty(),
                Optional.of(new Quota(10L << 30)), Optional.of(false), Optional.of("moved to the office")));

        admin.send("/cp_edit_client alice expires=2026-02-01");
        admin.next();
        verify(core.updateClient).update(new UpdateClientCommand(new ClientName("alice"),
                Optional.of(Instant.parse("2026-02-01T00:00:00Z")), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void deleteAndGetConfigAndAMissingClient() {
        when(core.deleteClient.delete(any())).thenReturn(KernelOutcome.applied("ok"));
        admin.send("/cp_delete_client alice");
        assertEquals("🗑 Client <code>alice</code> deleted.", admin.next().text());
        verify(core.deleteClient).delete(new DeleteClientCommand(new ClientName("alice")));

        when(core.getClientConfig.config(new GetClientConfigQuery(new ClientName("carol")))).thenReturn("[Interface]\nX = <1>\n");
        admin.send("/cp_get_config carol");
        assertEquals("🔑 Config of client <code>carol</code>:\n\n<pre>[Interface]\nX = &lt;1&gt;\n</pre>", admin.next().text());
        assertEquals("carol.conf", admin.next().part("document").fileName());

        when(core.getClientConfig.config(new GetClientConfigQuery(new ClientName("nobody"))))
                .thenThrow(new ClientNotFoundException(new ClientName("nobody")));
        admin.send("/cp_get_config nobody");
        assertEquals("⚠️ There is no such client.", admin.next().text());
    }

    @Test
    void interfaces() {
        WgInterface wg1 = WgInterface.create(new InterfaceId(1), new WgKeyPair(WgKey.ofBytes(new byte[32]), WgKey.ofBytes(new byte[32])),
                new ListenPort(51821), Ipv4Cidr.parse("10.0.1.1/24"), new Mtu(1420));
        when(core.createInterface.create(any())).thenReturn(new InterfaceChange(wg1, KernelOutcome.applied("up")));
        admin.send("/cp_new_interface 10.0.1.1/24 51821");
        assertEquals("✅ Interface <code>wg1</code> created: 10.0.1.1/24, port 51821.", admin.next().text());
        verify(core.createInterface).create(new CreateInterfaceCommand(Ipv4Cidr.parse("10.0.1.1/24"), new ListenPort(51821)));

        when(core.updateInterface.update(any())).thenReturn(new InterfaceChange(wg1, KernelOutcome.applied("ok")));
        admin.send("/cp_edit_interface wg1 port=51900 status=down");
        assertEquals("✅ Interface <code>wg1</code> updated.", admin.next().text());
        verify(core.updateInterface).update(new UpdateInterfaceCommand(new InterfaceId(1), Optional.empty(),
                Optional.of(new ListenPort(51900)), Optional.of(false)));

        when(core.deleteInterface.delete(any())).thenReturn(new DeletedInterface("wg1", 3, KernelOutcome.applied("down")));
        admin.send("/cp_delete_interface 1");
        assertEquals("🗑 Interface <code>wg1</code> deleted with 3 client(s).", admin.next().text());
        verify(core.deleteInterface).delete(new DeleteInterfaceCommand(new InterfaceId(1)));

        admin.send("/cp_new_interface 10.0.1.1/24 port");
        assertEquals("⚠️ The port must be a number from 1 to 65535.", admin.next().text());
    }

    @Test
    void settingsAreChangedWithoutEchoingTheValue() {
        when(core.updateSetting.update(any())).thenReturn(Settings.defaults());
        admin.send("/cp_change_setting telegram_bot_token 123:a-secret-that-must-not-be-echoed");
        RecordedCall answer = admin.next();
        // Telegram keeps chats forever: a setting value (here the bot token itself) is never echoed.
        assertFalse(answer.text().contains("a-secret-that-must-not-be-echoed"), answer.text());

        admin.send("/cp_change_setting dns 1.1.1.1, 8.8.8.8");
        assertEquals("✅ Setting <code>dns</code> changed.", admin.next().text());
        verify(core.updateSetting).update(new UpdateSettingCommand(SettingKey.DNS, "1.1.1.1, 8.8.8.8"));

        admin.send("/cp_change_setting colour blue");
        assertEquals("⚠️ Unknown setting 'colour'.", admin.next().text());
    }

    @Test
    void syncReportsWhatItDid() {
        when(core.sync.sync()).thenReturn(new SyncReport(BotHarness.START, 42, 7, 3, 5L << 30,
                List.of(new SyncReport.DisabledClient("alice", DisabledReason.QUOTA)), 1, List.of(), List.of("wg0: peer add failed")));
        admin.send("/cp_trigger_sync");
        assertEquals("🔄 Sync done in 42 ms: 7 peers read, 3 clients updated, 5 GiB counted, 1 disabled, 1 enabled again.\n"
                + "⚠️ wg0: peer add failed", admin.next().text());
    }

    @Test
    void anUnexpectedFailureIsAnApologyAndTheBotCarriesOn() {
        when(core.sync.sync()).thenThrow(new IllegalStateException("java.sql.SQLException: disk I/O error"));
        admin.send("/cp_trigger_sync");
        String reply = admin.next().text();
        assertEquals("😵 Something went wrong on our side. Please try again later.", reply);
        admin.send("/cp_delete_client");
        assertEquals("Usage: <code>/cp_delete_client NAME</code>", admin.next().text());
        verify(core.deleteClient, never()).delete(any());
    }

    @Test
    void datesAreReadInThePanelsTimeZone() {
        Clock tehran = Clock.fixed(Instant.EPOCH, ZoneId.of("Asia/Tehran"));
        ServerControl control = new ServerControl(core.useCases(),
                new ChatSender(new TelegramBotApi(harness.api.config()), harness.sleeper), new Formats(new BotTexts(), tehran), tehran);
        assertEquals(Instant.parse("2026-11-30T20:30:00Z"), control.instant("2026-12-01"));
        assertEquals(Instant.parse("2026-12-01T08:30:00Z"), control.instant("2026-12-01T12:00:00"));
        assertEquals(Instant.parse("2026-12-01T12:00:00Z"), control.instant("2026-12-01T12:00:00Z"));
        assertEquals(new Quota(3L << 29), ServerControl.quota("1.5gb"));
        assertEquals(new Quota(50L << 30), ServerControl.quota("۵۰ GB"));
        assertEquals(Quota.UNLIMITED, ServerControl.quota("0"));
    }
}
