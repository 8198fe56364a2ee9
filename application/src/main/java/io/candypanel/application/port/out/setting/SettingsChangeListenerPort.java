package io.candypanel.application.port.out.setting;

import io.candypanel.domain.setting.Settings;

/**
 * Told the current settings after a change committed, and once at start-up, so that adapters that
 * depend on them (the chat bot: token, on/off, admin) follow without a restart. Must return quickly
 * and not throw; what it starts runs on its own threads.
 */
public interface SettingsChangeListenerPort {
    void settingsChanged(Settings settings);
}
