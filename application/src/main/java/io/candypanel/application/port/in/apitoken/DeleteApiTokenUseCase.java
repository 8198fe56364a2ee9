package io.candypanel.application.port.in.apitoken;

/** Revokes a named API token. */
public interface DeleteApiTokenUseCase {
    void delete(String name);
}
