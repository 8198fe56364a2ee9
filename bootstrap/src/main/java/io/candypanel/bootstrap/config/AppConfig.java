package io.candypanel.bootstrap.config;

import io.candypanel.adapter.http.HttpConfig;
import io.candypanel.adapter.persistence.PersistenceConfig;
import io.candypanel.adapter.wireguard.WireGuardConfig;
import java.nio.file.Path;
import java.util.Objects;

/** The whole validated configuration: one record per adapter, built once at start. */
public record AppConfig(Path dataDirectory, HttpConfig http, PersistenceConfig persistence, WireGuardConfig wireGuard,
                        ChatConfig chat) {
    public AppConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(persistence, "persistence");
        Objects.requireNonNull(wireGuard, "wireGuard");
        Objects.requireNonNull(chat, "chat");
    }
}
