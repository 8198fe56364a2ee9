package io.candypanel.application.service.setting;

import io.candypanel.application.port.in.setting.SettingsView;
import io.candypanel.application.port.in.setting.ViewSettingsUseCase;
import io.candypanel.application.port.out.UnitOfWorkPort;
import io.candypanel.application.port.out.auth.ApiTokenRepositoryPort;
import io.candypanel.application.port.out.setting.SettingsRepositoryPort;
import io.candypanel.domain.auth.ApiToken;
import java.util.Objects;

/**
 * Masks through {@code Settings.adminView()}, the same view {@code /api/data} shows, so that a secret is
 * hidden alike wherever settings are read.
 */
public final class ViewSettingsService implements ViewSettingsUseCase {
    private final UnitOfWorkPort unitOfWork;
    private final SettingsRepositoryPort settings;
    private final ApiTokenRepositoryPort apiTokens;

    public ViewSettingsService(UnitOfWorkPort unitOfWork, SettingsRepositoryPort settings, ApiTokenRepositoryPort apiTokens) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.apiTokens = Objects.requireNonNull(apiTokens, "apiTokens");
    }

    @Override
    public SettingsView view() {
        return unitOfWork.inTransaction(() -> new SettingsView(settings.load().adminView(),
                apiTokens.findAll().stream().map(ApiToken::name).toList()));
    }
}
