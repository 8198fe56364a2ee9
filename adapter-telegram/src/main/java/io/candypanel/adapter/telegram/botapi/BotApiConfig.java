package io.candypanel.adapter.telegram.botapi;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link TelegramBotApi} talks to the Bot API.
 *
 * @param baseUrl        scheme, host and port (and an optional path prefix) in front of
 *                       {@code /bot<token>/<method>}; {@link #DEFAULT_BASE_URL} in production, a local
 *                       Bot API server or a test fake otherwise
 * @param token          the bot's token
 * @param connectTimeout how long opening a connection may take
 * @param requestTimeout how long any call may take; a long poll gets its poll timeout on top
 */
public record BotApiConfig(URI baseUrl, BotToken token, Duration connectTimeout, Duration requestTimeout) {
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.telegram.org");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    public BotApiConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        String scheme = baseUrl.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("The Bot API base URL must be an http(s) URL: " + baseUrl);
        }
        if (baseUrl.getHost() == null || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("The Bot API base URL needs a host and no query or fragment: " + baseUrl);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
    }

    /** The official Bot API with the default timeouts. */
    public static BotApiConfig official(BotToken token) {
        return new BotApiConfig(DEFAULT_BASE_URL, token, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /** Another Bot API server (a self-hosted one, an emulator, a test fake) with the default timeouts. */
    public static BotApiConfig at(URI baseUrl, BotToken token) {
        return new BotApiConfig(baseUrl, token, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /** {@code <base>/bot<token>/<method>}; the result contains the token, so it must never be logged. */
    URI methodUri(String method) {
        String base = baseUrl.toString();
        String withoutSlash = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(withoutSlash + "/bot" + token.value() + "/" + method);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
