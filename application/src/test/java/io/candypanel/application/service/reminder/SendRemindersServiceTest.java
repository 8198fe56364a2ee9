package io.candypanel.application.service.reminder;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryBotUserRepository;
import io.candypanel.application.fakes.InMemoryClientRepository;
import io.candypanel.application.fakes.InMemoryNoticeStateRepository;
import io.candypanel.application.fakes.InMemorySettingsRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.fakes.RecordingNotificationPort;
import io.candypanel.application.fakes.TestData;
import io.candypanel.application.port.in.reminder.RemindersSent;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.Reminder;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.setting.SettingKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SendRemindersServiceTest {
    private static final long GIB = 1L << 30;

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryBotUserRepository botUsers = new InMemoryBotUserRepository();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryNoticeStateRepository notices = new InMemoryNoticeStateRepository();
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final RecordingNotificationPort notifications = new RecordingNotificationPort();
    private final SendRemindersService service = new SendRemindersService(new DirectUnitOfWork(), botUsers, clients, notices,
            settings, notifications, clock);

    private void userWith(long telegramId, Client client) {
        clients.insert(client);
        BotUser user = BotUser.create(new TelegramId(telegramId), NOW);
        user.linkClient(client.name());
        botUsers.insert(user);
    }

    private static Client client(String name, String address, long quota, long used, Duration leftToLive) {
        return TestData.client(name, 0, address, NOW.plus(leftToLive), new Quota(quota), new Usage(used, 0), true, null, false);
    }

    private List<Reminder.Kind> sentTo(long telegramId) {
        return notifications.reminders().stream().filter(r -> r.to().value() == telegramId).map(r -> r.reminder().kind()).toList();
    }

    @Test
    void eachUserIsToldOncePerOccasionInOneBatchWrite() {
        userWith(1, client("heavy", "10.0.0.2", 10 * GIB, 9 * GIB, Duration.ofDays(100)));
        userWith(2, client("leaving", "10.0.0.3", 0, 0, Duration.ofDays(2)));
        userWith(3, client("calm", "10.0.0.4", 10 * GIB, GIB, Duration.ofDays(100)));
        Client banned = TestData.disabledClient("banned", 0, "10.0.0.5", DisabledReason.BANNED);
        userWith(4, banned);
        botUsers.insert(BotUser.create(new TelegramId(5), NOW));

        assertEquals(new RemindersSent(3, 3), service.sendReminders());
        assertEquals(List.of(Reminder.Kind.QUOTA_ALMOST_USED), sentTo(1));
        assertEquals(List.of(Reminder.Kind.EXPIRES_SOON), sentTo(2));
        assertEquals(List.of(), sentTo(3));
        assertEquals(List.of(Reminder.Kind.CLIENT_DISABLED), sentTo(4));
        assertEquals(1, notices.batches());

        assertEquals(new RemindersSent(0, 0), service.sendReminders(), "nothing is said twice");
        assertEquals(1, notices.batches(), "and nothing is written when nothing changed");
    }

    @Test
    void aReminderNoChannelTookFallsDueAgain() {
        userWith(1, client("heavy", "10.0.0.2", 10 * GIB, 9 * GIB, Duration.ofDays(100)));
        notifications.disconnect();

        assertEquals(new RemindersSent(1, 0), service.sendReminders());
        assertEquals(0, notices.batches());

        notifications.reconnect();
        assertEquals(new RemindersSent(1, 1), service.sendReminders());
        assertEquals(List.of(Reminder.Kind.QUOTA_ALMOST_USED), sentTo(1));
    }

    @Test
    void theThresholdsComeFromTheSettings() {
        userWith(1, client("half", "10.0.0.2", 10 * GIB, 5 * GIB, Duration.ofDays(6)));
        settings.saveAll(Map.of(SettingKey.REMINDER_QUOTA_PERCENT, "50", SettingKey.REMINDER_DAYS_BEFORE_EXPIRY, "7"));

        service.sendReminders();

        assertEquals(List.of(Reminder.Kind.QUOTA_ALMOST_USED, Reminder.Kind.EXPIRES_SOON), sentTo(1));
        assertTrue(notices.stored(1).orElseThrow().quotaReminded());
        assertTrue(notices.stored(1).orElseThrow().expiryReminded());
    }
}
