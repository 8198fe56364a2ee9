package io.candypanel.application.port.in.setting;

import io.candypanel.domain.setting.Settings;

/** Changes one setting after validating it; unknown and panel-maintained keys are refused. */
public interface UpdateSettingUseCase {
    Settings update(UpdateSettingCommand command);
}
