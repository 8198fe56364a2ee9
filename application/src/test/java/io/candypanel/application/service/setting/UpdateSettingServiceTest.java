package io.candypanel.application.service.setting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryInterfaceRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.port.in.client.GetClientConfigQuery;
import io.candypanel.application.port.in.setting.UpdateSettingCommand;
import io.candypanel.application.service.client.GetClientConfigService;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateSettingServiceTest {
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryInterfaceRepository interfaces = new InMemoryInterfaceRepository(clients);
    private final WgInterface wg0 = TestData.wgInterface(0, "10.0.0.1/24", 51820);
    private final List<Settings> told = new ArrayList<>();
    private final UpdateSettingService service = new UpdateSettingService(unitOfWork, settings, told::add);
    private final GetClientConfigService configs = new GetClientConfigService(clients, interfaces, settings);

    @BeforeEach
    void setUp() {
        settings.saveAll(Map.of(SettingKey.INSTALLED, "1", SettingKey.DNS, "8.8.8.8"));
        interfaces.insert(wg0);
        clients.insert(TestData.enabledClient("alice", 0, "10.0.0.7"));
    }

    private String aliceConfig() {
        return configs.config(new GetClientConfigQuery(new ClientName("alice")));
    }

    @Test
    void savesTheNormalisedValueInOneTransactionAndReturnsTheNewSettings() {
        Settings returned = service.update(UpdateSettingCommand.of("mtu", " 01380 "));

        assertEquals("1380", returned.get(SettingKey.MTU));
        assertEquals(1380, returned.mtu().value());
        assertEquals("1380", settings.rows().get(SettingKey.MTU), "stored normalised");
        assertEquals("1380", settings.load().get(SettingKey.MTU));
        assertEquals(1, unitOfWork.transactions());
        assertEquals(1, told.size());
        assertEquals("1380", told.get(0).get(SettingKey.MTU), "listeners hear the committed settings");
    }

    @Test
    void aFailingListenerDoesNotUndoTheChange() {
        UpdateSettingService withBrokenListener = new UpdateSettingService(unitOfWork, settings, current -> {
            throw new IllegalStateException("bot would not start");
        });

        Settings returned = withBrokenListener.update(UpdateSettingCommand.of("telegram_bot_status", "1"));

        assertEquals("1", returned.get(SettingKey.TELEGRAM_BOT_STATUS));
        assertEquals("1", settings.load().get(SettingKey.TELEGRAM_BOT_STATUS));
    }

    @Test
    void theReturnedSettingsAreTheWholeStoredStateNotJustTheChangedKey() {
        settings.saveAll(Map.of(SettingKey.SESSION_TTL_HOURS, "2"));

        Settings returned = service.update(UpdateSettingCommand.of("dns", "1.1.1.1,9.9.9.9"));

        assertEquals("1.1.1.1, 9.9.9.9", returned.dns());
        assertEquals(2, returned.sessionTtlHours(), "other stored values are in the result");
        assertTrue(returned.isInstalled());
        assertEquals(SettingKey.RESET_TIME.defaultValue(), returned.get(SettingKey.RESET_TIME), "never-stored keys read as defaults");
        assertEquals(settings.load().asMap(), returned.asMap());
    }

    @Test
    void onlyTheChangedKeyIsWritten() {
        Map<SettingKey, String> before = settings.rows();

        service.update(UpdateSettingCommand.of("traffic_reset_day", "15"));

        Map<SettingKey, String> after = settings.rows();
        assertEquals("15", after.get(SettingKey.TRAFFIC_RESET_DAY));
        assertEquals(before.size() + 1, after.size());
        before.forEach((key, value) -> assertEquals(value, after.get(key), key.wireName()));
    }

    @Test
    void aLaterUpdateOfTheSameKeyReplacesTheValue() {
        service.update(UpdateSettingCommand.of("auto_backup", "0"));
        Settings returned = service.update(UpdateSettingCommand.of("auto_backup", "1"));
        assertEquals("1", returned.get(SettingKey.AUTO_BACKUP));
        assertEquals("1", settings.rows().get(SettingKey.AUTO_BACKUP));
    }

    @Test
    void aNewMtuDnsAndEndpointShowInTheNextRenderedConfig() {
        String before = aliceConfig();
        assertTrue(before.contains("\nDNS = 8.8.8.8\nMTU = 1420\n"), before);

        service.update(UpdateSettingCommand.of("mtu", "1380"));
        service.update(UpdateSettingCommand.of("dns", "9.9.9.9, 149.112.112.112"));
        service.update(UpdateSettingCommand.of("custom_endpont", "vpn.example.com"));

        String after = aliceConfig();
        assertTrue(after.contains("\nDNS = 9.9.9.9, 149.112.112.112\nMTU = 1380\n"), after);
        assertTrue(after.contains("\nEndpoint = vpn.example.com:51820\n"), after);
        assertFalse(after.contains("1420"), after);

        service.update(UpdateSettingCommand.of("custom_endpont", "2001:db8::7"));
        assertTrue(aliceConfig().contains("\nEndpoint = [2001:db8::7]:51820\n"), aliceConfig());
    }

    @Test
    void theBotTokenIsStoredInFullButShownMasked() {
        String token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
        Settings returned = service.update(UpdateSettingCommand.of("telegram_bot_token", token));
        assertEquals(token, settings.rows().get(SettingKey.TELEGRAM_BOT_TOKEN));
        assertEquals("****Dsaw", returned.adminView().get("telegram_bot_token"));
        assertFalse(returned.adminView().toString().contains("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"));
    }
}
