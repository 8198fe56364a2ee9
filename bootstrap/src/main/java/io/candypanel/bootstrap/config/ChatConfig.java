package io.candypanel.bootstrap.config;

import java.net.URI;
import java.util.Objects;

/**
 * The chat bot's deployment settings. The bot's token, its on/off switch and its admin are panel
 * settings (changed through the API); only where the Bot API server is comes from the configuration.
 */
public record ChatConfig(URI telegramApiUrl) {
    public ChatConfig {
        Objects.requireNonNull(telegramApiUrl, "telegramApiUrl");
    }
}
