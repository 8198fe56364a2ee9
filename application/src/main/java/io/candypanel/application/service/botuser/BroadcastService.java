package io.candypanel.application.service.botuser;

import io.candypanel.application.port.in.botuser.Broadcast;
import io.candypanel.application.port.in.botuser.BroadcastCommand;
import io.candypanel.application.port.in.botuser.BroadcastUseCase;
import io.candypanel.application.port.out.botuser.BotUserRepositoryPort;
import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.domain.botuser.BotUser;
import io.candypanel.domain.botuser.TelegramId;
import java.util.List;
import java.util.Objects;

public final class BroadcastService implements BroadcastUseCase {
    private static final System.Logger LOG = System.getLogger(BroadcastService.class.getName());

    private final BotUserRepositoryPort botUsers;
    private final NotificationPort notifications;

    public BroadcastService(BotUserRepositoryPort botUsers, NotificationPort notifications) {
        this.botUsers = Objects.requireNonNull(botUsers, "botUsers");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
    }

    @Override
    public Broadcast broadcast(BroadcastCommand command) {
        List<TelegramId> recipients = botUsers.findAll().stream().filter(BotUser::canOrder).map(BotUser::telegramId).toList();
        boolean queued;
        try {
            queued = !recipients.isEmpty() && notifications.broadcast(recipients, command.message());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not queue a broadcast to " + recipients.size() + " users: " + e.getMessage());
            queued = false;
        }
        return new Broadcast(recipients, command.message(), queued);
    }
}
