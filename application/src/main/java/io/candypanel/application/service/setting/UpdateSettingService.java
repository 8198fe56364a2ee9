package io.candypanel.application.service.setting;

import io.candypanel.application.port.in.setting.UpdateSettingCommand;
import io.candypanel.application.port.in.setting.UpdateSettingUseCase;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.setting.SettingsChangeListenerPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.setting.Settings;
import java.util.Map;
import java.util.Objects;

/**
 * Configs are rendered from the settings on every request, so a new mtu, dns or endpoint shows in every
 * config from now on; adapters that hold on to settings (the chat bot) are told after the commit.
 */
public final class UpdateSettingService implements UpdateSettingUseCase {
    private static final System.Logger LOG = System.getLogger(UpdateSettingService.class.getName());

    private final UnitOfWorkPort unitOfWork;
    private final SettingsRepositoryPort settings;
    private final SettingsChangeListenerPort listener;

    public UpdateSettingService(UnitOfWorkPort unitOfWork, SettingsRepositoryPort settings, SettingsChangeListenerPort listener) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public Settings update(UpdateSettingCommand command) {
        Settings updated = unitOfWork.inTransaction(() -> {
            settings.saveAll(Map.of(command.key(), command.value()));
            return settings.load();
        });
        try {
            listener.settingsChanged(updated);
        } catch (RuntimeException e) {
            // The setting is saved; the listener retries on its own terms (e.g. the bot at the next change).
            LOG.log(System.Logger.Level.WARNING, "A settings listener failed after " + command.key().wireName()
                    + " changed: " + e.getMessage());
        }
        return updated;
    }
}
