package io.candypanel.domain.shared;

/** A value that does not satisfy its syntax rule (a name, an address, a range...). Maps to "bad request". */
public class InvalidValueException extends DomainException {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super("VALIDATION_FAILED", message);
    }

    public InvalidValueException(String code, String message) {
        super(code, message);
    }
}
