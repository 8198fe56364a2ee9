package io.candypanel.application.service.reminder;

import io.candypanel.application.port.in.reminder.RemindersSent;
import io.candypanel.application.port.in.reminder.SendRemindersUseCase;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.application.port.out.botuser.NoticeStateRepositoryPort;
import io.candypanel.application.port.out.client.ClientRepositoryPort;
import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.NoticeState;
import io.candypanel.domain.botuser.Reminder;
import io.candypanel.domain.botuser.ReminderPolicy;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Three queries whatever the number of users (users, clients, notice states), the decisions in memory,
 * then one batch write of the states that changed. Only reminders a channel took are recorded as told,
 * so one that was not delivered (no bot connected, Telegram down) falls due again at the next run.
 */
public final class SendRemindersService implements SendRemindersUseCase {
    private static final System.Logger LOG = System.getLogger(SendRemindersService.class.getName());

    private final UnitOfWorkPort unitOfWork;
    private final BotUserRepositoryPort botUsers;
    private final ClientRepositoryPort clients;
    private final NoticeStateRepositoryPort notices;
    private final SettingsRepositoryPort settings;
    private final NotificationPort notifications;
    private final Clock clock;

    public SendRemindersService(UnitOfWorkPort unitOfWork, BotUserRepositoryPort botUsers, ClientRepositoryPort clients,
                                NoticeStateRepositoryPort notices, SettingsRepositoryPort settings,
                                NotificationPort notifications, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.botUsers = Objects.requireNonNull(botUsers, "botUsers");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RemindersSent sendReminders() {
        Instant now = clock.instant();
        ReminderPolicy policy = ReminderPolicy.of(settings.load());
        List<BotUser> users = botUsers.findAll();
        if (users.stream().allMatch(u -> u.clientName().isEmpty())) {
            return new RemindersSent(0, 0);
        }
        Map<ClientName, Client> byName = clients.findAll().stream().collect(Collectors.toMap(Client::name, Function.identity()));
        Map<TelegramId, NoticeState> stored = new HashMap<>();
        notices.findAll().forEach(state -> stored.put(state.telegramId(), state));

        int due = 0;
        int delivered = 0;
        List<NoticeState> changed = new ArrayList<>();
        for (BotUser user : users) {
            Client client = user.clientName().map(byName::get).orElse(null);
            if (client == null) {
                continue;
            }
            NoticeState before = stored.getOrDefault(user.telegramId(), NoticeState.none(user.telegramId()));
            NoticeState.Check check = before.check(client, policy, now);
            NoticeState after = check.settled();
            for (Reminder reminder : check.due()) {
                due++;
                if (deliver(user.telegramId(), reminder)) {
                    delivered++;
                    after = after.told(reminder);
                }
            }
            if (!after.equals(before)) {
                changed.add(after);
            }
        }
        if (!changed.isEmpty()) {
            unitOfWork.run(() -> notices.saveAll(changed));
        }
        return new RemindersSent(due, delivered);
    }

    private boolean deliver(TelegramId to, Reminder reminder) {
        try {
            return notifications.remind(to, reminder);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not send a " + reminder.kind() + " reminder to user " + to + ": "
                    + e.getMessage());
            return false;
        }
    }
}
