package io.candypanel.adapter.http;

import java.util.Objects;

/**
 * Where the panel's HTTP API listens. Bootstrap builds it from the configuration file.
 *
 * @param bindAddress   the local address to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port          the TCP port; 0 lets the operating system pick a free one (tests)
 * @param metricsPublic whether {@code GET /metrics} answers without a bearer token (for a scraper on a
 *                      trusted network); off by default, since the metrics reveal client counts and traffic
 */
public record HttpConfig(String bindAddress, int port, boolean metricsPublic) {
    /** The original panel's port, kept so that existing bookmarks and scripts still work. */
    public static final int DEFAULT_PORT = 3446;
    public static final String DEFAULT_BIND_ADDRESS = "0.0.0.0";

    public HttpConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (bindAddress.isBlank()) {
            throw new IllegalArgumentException("the HTTP bind address must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the HTTP port must be between 0 and 65535, got " + port);
        }
    }

    /** With {@code /metrics} behind a bearer token. */
    public HttpConfig(String bindAddress, int port) {
        this(bindAddress, port, false);
    }

    public static HttpConfig defaults() {
        return new HttpConfig(DEFAULT_BIND_ADDRESS, DEFAULT_PORT);
    }
}
