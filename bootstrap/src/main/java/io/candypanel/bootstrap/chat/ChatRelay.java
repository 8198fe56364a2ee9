package io.candypanel.bootstrap.chat;

import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.application.port.out.setting.SettingsChangeListenerPort;
import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.Reminder;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.setting.Settings;
import io.candypanel.domain.transaction.Transaction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the core calls for notifications and settings changes, passed on to the connected chat channel,
 * or to {@link NoChatChannel} while none is. The bot itself drives use cases that need these ports, so
 * it is connected after the injector is built instead of being injected into them (no cycle).
 */
public final class ChatRelay implements NotificationPort, SettingsChangeListenerPort {
    private record Channel(NotificationPort notifications, SettingsChangeListenerPort settings) {
    }

    private static final Channel NONE = new Channel(new NoChatChannel(), settings -> { });

    private volatile Channel channel = NONE;

    /** From now on {@code notifications} and {@code settings} (usually one chat bot) get every call. */
    public void connect(NotificationPort notifications, SettingsChangeListenerPort settings) {
        channel = new Channel(Objects.requireNonNull(notifications, "notifications"), Objects.requireNonNull(settings, "settings"));
    }

    public void disconnect() {
        channel = NONE;
    }

    @Override
    public boolean orderPlaced(Transaction order) {
        return channel.notifications().orderPlaced(order);
    }

    @Override
    public boolean orderApproved(Transaction order, Client client, String config) {
        return channel.notifications().orderApproved(order, client, config);
    }

    @Override
    public boolean orderRejected(Transaction order) {
        return channel.notifications().orderRejected(order);
    }

    @Override
    public boolean supportRequested(TelegramId from, Optional<ClientName> client, ChatText message) {
        return channel.notifications().supportRequested(from, client, message);
    }

    @Override
    public boolean broadcast(List<TelegramId> recipients, ChatText message) {
        return channel.notifications().broadcast(recipients, message);
    }

    @Override
    public boolean remind(TelegramId to, Reminder reminder) {
        return channel.notifications().remind(to, reminder);
    }

    @Override
    public void settingsChanged(Settings settings) {
        channel.settings().settingsChanged(settings);
    }
}
