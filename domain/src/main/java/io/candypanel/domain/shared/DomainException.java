package io.candypanel.domain.shared;

import java.util.Objects;

/**
 * A broken business rule or an invalid value. Every subclass has a stable, machine-readable
 * {@link #code()} that adapters expose to callers; the message is a human-readable sentence.
 */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    protected DomainException(String code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
    }

    public final String code() {
        return code;
    }
}
