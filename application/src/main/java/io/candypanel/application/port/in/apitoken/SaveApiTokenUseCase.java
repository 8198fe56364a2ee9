package io.candypanel.application.port.in.apitoken;

/** Creates a named API token or replaces the one with that name; only its hash is kept. */
public interface SaveApiTokenUseCase {
    void save(SaveApiTokenCommand command);
}
