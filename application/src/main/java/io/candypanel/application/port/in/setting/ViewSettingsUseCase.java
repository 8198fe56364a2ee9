package io.candypanel.application.port.in.setting;

/** Reads every setting (secrets masked) and the API token names, without anything else of the panel. */
public interface ViewSettingsUseCase {
    SettingsView view();
}
