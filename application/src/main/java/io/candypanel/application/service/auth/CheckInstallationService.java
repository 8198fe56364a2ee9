package io.candypanel.application.service.auth;

import io.candypanel.application.port.in.auth.CheckInstallationUseCase;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import java.util.Objects;

public final class CheckInstallationService implements CheckInstallationUseCase {
    private final SettingsRepositoryPort settings;

    public CheckInstallationService(SettingsRepositoryPort settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public boolean isInstalled() {
        return settings.load().isInstalled();
    }
}
