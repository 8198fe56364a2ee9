package io.candypanel.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.application.port.out.setting.SettingsChangeListenerPort;
import io.candypanel.bootstrap.chat.ChatRelay;

/** Where the bot's notifications and settings changes go: to the connected chat bot, or nowhere (and callers are told). */
final class ChatModule extends AbstractModule {

    @Provides
    @Singleton
    ChatRelay chatRelay() {
        return new ChatRelay();
    }

    @Provides
    NotificationPort notifications(ChatRelay relay) {
        return relay;
    }

    @Provides
    SettingsChangeListenerPort settingsListener(ChatRelay relay) {
        return relay;
    }
}
