package io.candypanel.bootstrap.config;

/** A configuration problem the operator must fix; its message says how. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
