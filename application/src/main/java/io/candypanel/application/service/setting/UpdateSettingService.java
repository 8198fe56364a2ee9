package io.candypanel.application.service.setting;

import io.candypanel.application.port.in.setting.UpdateSettingCommand;
import io.candypanel.application.port.in.setting.UpdateSettingUseCase;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.setting.Settings;
import java.util.Map;
import java.util.Objects;

/** Configs are rendered from the settings on every request, so a new mtu, dns or endpoint shows in every config from now on. */
public final class UpdateSettingService implements UpdateSettingUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final SettingsRepositoryPort settings;

    public UpdateSettingService(UnitOfWorkPort unitOfWork, SettingsRepositoryPort settings) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Settings update(UpdateSettingCommand command) {
        return unitOfWork.inTransaction(() -> {
            settings.saveAll(Map.of(command.key(), command.value()));
            return settings.load();
        });
    }
}
