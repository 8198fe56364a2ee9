package io.candypanel.domain.shared;

/** A valid request that the current state forbids (an exhausted address pool, enabling an expired client...). Maps to "conflict". */
public class RuleViolationException extends DomainException {
    private static final long serialVersionUID = 1L;

    public RuleViolationException(String code, String message) {
        super(code, message);
    }
}
