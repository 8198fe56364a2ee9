package io.candypanel.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.candypanel.application.port.out.notification.NotificationPort;
import io.candypanel.application.port.out.setting.SettingsChangeListenerPort;
import io.candypanel.bootstrap.chat.NoChatChannel;

/** Where the bot's notifications go. Until a chat adapter is configured, nowhere (and callers are told). */
final class ChatModule extends AbstractModule {

    @Provides
    @Singleton
    NotificationPort notifications() {
        return new NoChatChannel();
    }

    /** Nothing follows the settings until a chat adapter does. */
    @Provides
    @Singleton
    SettingsChangeListenerPort settingsListener() {
        return settings -> { };
    }
}
